import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  currencySymbol,
  formatMoney,
  fromMinorUnits,
  minorUnitDigits,
  toMinorUnits,
} from '../../../ui/format-money';
import { useSignedInMe } from '../../auth/api/me.api';

/**
 * Money in the organisation's currency: formatting of stored minor units, and the conversions a
 * major-unit input (¥128.00) needs to send minor units (12800) and back.
 */
export const useOrgMoney = () => {
  const { i18n } = useTranslation();
  const { currency } = useSignedInMe().org;
  return useMemo(
    () => ({
      currency,
      symbol: currencySymbol(currency, i18n.language),
      digits: minorUnitDigits(currency),
      format: (cents: number) => formatMoney(cents, currency, i18n.language),
      toMajor: (cents: number) => fromMinorUnits(cents, currency),
      toMinor: (amount: number) => toMinorUnits(amount, currency),
    }),
    [currency, i18n.language],
  );
};
