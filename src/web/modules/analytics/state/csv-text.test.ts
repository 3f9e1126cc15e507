import { describe, expect, it } from 'vitest';
import { csvText } from './csv-text';
import { safeCell, type ExportTable } from './export-cells';

const table: ExportTable = {
  fileName: 'at-risk-2026-11-26',
  columns: [
    { key: 'name', title: '客户' },
    { key: 'owner', title: 'Owner' },
    { key: 'clv', title: 'Predicted CLV (CNY)' },
  ],
  rows: [
    { name: '=HYPERLINK("http://x")', owner: 'Li, Wei', clv: -12.5 },
    { name: '王建国', owner: null, clv: 1234.56 },
  ],
};

describe('chart export', () => {
  it('writes CSV with a BOM, CRLF, quoted commas and quotes, in column order', () => {
    expect(csvText(table)).toBe(
      '\uFEFF客户,Owner,Predicted CLV (CNY)\r\n' +
        '"\'=HYPERLINK(""http://x"")","Li, Wei",-12.5\r\n' +
        '王建国,,1234.56\r\n',
    );
  });

  it('escapes text that a spreadsheet would run as a formula, but keeps numbers as numbers', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd'])
      expect(safeCell(text)).toBe(`'${text}`);
    expect(safeCell(-3)).toBe(-3);
    expect(safeCell(Number.NaN)).toBeNull();
    expect(safeCell('')).toBeNull();
    expect(safeCell('Champions')).toBe('Champions');
  });
});
