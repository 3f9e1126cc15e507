import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderImportField } from '../../../../shared/contracts/order-imports';

/** Order fields as a translated list: "Order ID, SKU and Quantity" / "订单号、商品编码和数量". */
export const useFieldNames = () => {
  const { t, i18n } = useTranslation();
  return useCallback(
    (fields: readonly OrderImportField[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
      new Intl.ListFormat(i18n.language, { type }).format(fields.map((f) => t(`orderImport.fields.${f}`))),
    [t, i18n.language],
  );
};
