import type { OrderImportProblem } from '../../../../shared/contracts/order-imports';

/** A line of the report: the reason already in the reader's language. */
type ReportRow = Pick<OrderImportProblem, 'line' | 'column' | 'reason' | 'value'>;

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

const cell = (value: string | number | null): string => {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // A value from the uploaded file must arrive as text, never run as a formula.
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The problem report as CSV text: a header row (translated by the caller), then line, column,
 * reason and value per problem. UTF-8 with a BOM and CRLF, so Excel opens Chinese correctly.
 */
export const problemsCsv = (
  header: readonly [string, string, string, string],
  problems: readonly ReportRow[],
): string => {
  const rows = [
    header.map(cell),
    ...problems.map((p) => [cell(p.line), cell(p.column), cell(p.reason), cell(p.value)]),
  ];
  return `\uFEFF${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
};
