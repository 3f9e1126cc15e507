/** A cell of an export: text, a number (numeric columns only) or empty. */
export type Cell = string | number | null;

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): =, +, -
 * and @, and tab or carriage return, which some spreadsheets skip before looking for them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a single quote, so `=HYPERLINK(…)` arrives as text and is never run. */
export const escapeFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/**
 * The cell as written to CSV and Excel alike. Text is escaped; numbers are not: they come only
 * from numeric columns (orders, revenue, number and money fields), where `-2` is minus two and a
 * spreadsheet reads it as a number, never as a formula. Text that merely looks like a number
 * (a `-2` typed into a text field) is still escaped.
 */
export const safeCell = (value: Cell): Cell => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value === null || value === '' ? null : escapeFormula(value);
};

/** `2026-11-26`: today's date in the organisation's time zone, for file names. */
export const dayIn = (timeZone: string, at = new Date()): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    at,
  );

/** Integer cents as a decimal amount, so a spreadsheet can sum it. */
export const centsToAmount = (cents: number | string | null): number | null =>
  cents === null ? null : Number(cents) / 100;
