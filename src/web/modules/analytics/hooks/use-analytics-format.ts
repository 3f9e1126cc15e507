import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgMoney } from '../../products/hooks/use-org-money';

/** Numbers as the dashboard shows them, in the current language and the organisation's currency. */
export const useAnalyticsFormat = () => {
  const { i18n } = useTranslation();
  const money = useOrgMoney();
  return useMemo(() => {
    const language = i18n.language;
    const zh = language === 'zh-CN';
    const percentFormat = (digits: number) =>
      new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: digits });
    const compact = new Intl.NumberFormat(language, {
      style: 'currency',
      currency: money.currency,
      currencyDisplay: 'narrowSymbol',
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    const whole = new Intl.NumberFormat(language, {
      style: 'currency',
      currency: money.currency,
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: 0,
    });
    return {
      currency: money.currency,
      count: (n: number) => n.toLocaleString(language),
      /** A share 0…1 as a percentage: 0.1234 → 12.3%. */
      percent: (ratio: number, digits = 1) => percentFormat(digits).format(ratio),
      money: money.format,
      /** Money rounded to whole units, for big figures: ¥9,878. */
      wholeMoney: (cents: number) => whole.format(money.toMajor(cents)),
      /** Short money for axes and tight cells: ¥12.3K / ¥1.2万; whole units below ten thousand. */
      compactMoney: (cents: number) => {
        const major = money.toMajor(cents);
        return compact.format(Math.abs(major) < 10_000 ? Math.round(major) : major);
      },
      toMajor: money.toMajor,
      toMinor: money.toMinor,
      decimal: (n: number, digits = 3) =>
        n.toLocaleString(language, { maximumFractionDigits: digits, minimumFractionDigits: 0 }),
      /** `2026-11` → Nov 2026 / 2026年11月. */
      month: (yearMonth: string) => dayjs(`${yearMonth}-01`).format(zh ? 'YYYY年M月' : 'MMM YYYY'),
      /** `2026-11-26` in the language's date order. */
      day: (isoDay: string) => dayjs(isoDay).format(zh ? 'YYYY年M月D日' : 'D MMM YYYY'),
    };
  }, [i18n.language, money]);
};

export type AnalyticsFormat = ReturnType<typeof useAnalyticsFormat>;
