/** How many minor units a currency has: 2 for CNY (分), 0 for JPY. */
export const minorUnitDigits = (currency: string): number => {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
};

/** Integer minor units (cents) → a major-unit number: 12345 CNY → 123.45. */
export const fromMinorUnits = (cents: number, currency: string): number =>
  cents / 10 ** minorUnitDigits(currency);

/** A major-unit amount → integer minor units, rounded: 123.456 CNY → 12346. */
export const toMinorUnits = (amount: number, currency: string): number =>
  Math.round(amount * 10 ** minorUnitDigits(currency));

/** Money stored in minor units, formatted for the language: ¥1,234.50 / CN¥1,234.50. */
export const formatMoney = (cents: number, currency: string, language: string): string => {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency }).format(
      fromMinorUnits(cents, currency),
    );
  } catch {
    return `${fromMinorUnits(cents, currency)} ${currency}`;
  }
};

/** The currency's narrow symbol in a language: ¥ for CNY, $ for USD; the code when there is none. */
export const currencySymbol = (currency: string, language: string): string => {
  try {
    return (
      new Intl.NumberFormat(language, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
        .formatToParts(0)
        .find((part) => part.type === 'currency')?.value ?? currency
    );
  } catch {
    return currency;
  }
};
