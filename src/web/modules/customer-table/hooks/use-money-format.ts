import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/api/me.api';

/** Formats integer cents in the organisation's currency and the current language. */
export const useMoneyFormat = () => {
  const { i18n } = useTranslation();
  const { data: me } = useMe();
  const currency = me?.org.currency ?? 'CNY';
  return useMemo(() => {
    const format = new Intl.NumberFormat(i18n.language, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
    });
    const symbol = format.formatToParts(0).find((part) => part.type === 'currency')?.value ?? currency;
    return { currency, symbol, format: (cents: number) => format.format(cents / 100) };
  }, [i18n.language, currency]);
};
