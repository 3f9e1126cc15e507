import { safeCell, tableCells, type ExportCell, type ExportTable } from './export-cells';

const csvField = (value: ExportCell): string => {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV text of a chart's table: UTF-8 with a BOM and CRLF, so Excel opens Chinese correctly. */
export const csvText = (table: ExportTable): string => {
  const header = table.columns.map((column) => csvField(safeCell(column.title)));
  const lines = [header, ...tableCells(table).map((row) => row.map(csvField))];
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
};
