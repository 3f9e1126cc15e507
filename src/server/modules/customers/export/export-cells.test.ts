import { describe, expect, it } from 'vitest';
import { escapeFormula, safeCell } from './export-cells';
import { contentDisposition, exportFileName } from './export-file';

describe('export cells', () => {
  it('prefixes a quote to text a spreadsheet would read as a formula', () => {
    for (const text of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\t=1+2', '\r=1+2'])
      expect(escapeFormula(text), JSON.stringify(text)).toBe(`'${text}`);
    for (const text of ['张三', 'a=b', '1-2', ' =1', "'quoted"]) expect(escapeFormula(text)).toBe(text);
  });

  it('keeps numbers from numeric columns as numbers, negatives included, and empties as empty', () => {
    expect(safeCell(-2)).toBe(-2);
    expect(safeCell(0.5)).toBe(0.5);
    expect(safeCell(Number.NaN)).toBeNull();
    expect(safeCell('-2')).toBe("'-2");
    expect(safeCell('')).toBeNull();
    expect(safeCell(null)).toBeNull();
  });
});

describe('export file names', () => {
  it('names the file by day and segment, with an ASCII fallback and an RFC 5987 UTF-8 name', () => {
    expect(exportFileName('2026-11-26', 'csv', null)).toBe('customers-2026-11-26.csv');
    expect(exportFileName('2026-11-26', 'xlsx', '老客户/VIP')).toBe('customers-老客户 VIP-2026-11-26.xlsx');
    expect(contentDisposition('customers-2026-11-26.csv', 'x.csv')).toBe(
      `attachment; filename="customers-2026-11-26.csv"; filename*=UTF-8''customers-2026-11-26.csv`,
    );
    expect(contentDisposition("customers-老客户's (1)-2026-11-26.csv", 'customers-2026-11-26.csv')).toBe(
      `attachment; filename="customers-2026-11-26.csv"; filename*=UTF-8''customers-%E8%80%81%E5%AE%A2%E6%88%B7%27s%20%281%29-2026-11-26.csv`,
    );
  });
});
