/** One cell of an exported chart: text, a number, or empty. */
export type ExportCell = string | number | null;

/** A chart's data as a flat table: translated column titles, one row per bar, slice or cell. */
export type ExportTable = {
  /** The file name without extension, e.g. `rfm-grid-2026-11-26`. */
  fileName: string;
  columns: { key: string; title: string }[];
  rows: Record<string, ExportCell>[];
};

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): =, +, -
 * and @, and tab or carriage return, which some spreadsheets skip before looking for them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The cell as written to CSV and Excel. Text (a customer's or owner's name) gets a leading
 * quote when it would start a formula; numbers stay numbers, so a spreadsheet can sum them.
 */
export const safeCell = (value: ExportCell | undefined): ExportCell => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === null || value === undefined || value === '') return null;
  return FORMULA_START.test(value) ? `'${value}` : value;
};

/** The table's rows as arrays of safe cells, in column order. */
export const tableCells = (table: ExportTable): ExportCell[][] =>
  table.rows.map((row) => table.columns.map((column) => safeCell(row[column.key])));
