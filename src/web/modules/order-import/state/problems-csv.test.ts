import { describe, expect, it } from 'vitest';
import { problemsCsv } from './problems-csv';

const header = ['Line', 'Column', 'Reason', 'Value'] as const;

describe('problemsCsv', () => {
  it('writes a BOM, the header and one CRLF-ended row per problem, quoting commas and quotes', () => {
    const text = problemsCsv(header, [
      { line: 7, column: 'CustomerID', reason: 'names no customer', value: null },
      { line: 9, column: 'Description', reason: 'too long, "really"', value: 'A, B' },
    ]);
    expect(text).toBe(
      '\uFEFFLine,Column,Reason,Value\r\n' +
        '7,CustomerID,names no customer,\r\n' +
        '9,Description,"too long, ""really""","A, B"\r\n',
    );
  });

  it('turns values a spreadsheet would run as formulas into text', () => {
    const text = problemsCsv(header, [
      { line: 2, column: 'Quantity', reason: 'negative outside a refund', value: '-3' },
      { line: 3, column: 'Description', reason: 'x', value: '=HYPERLINK("http://evil.example")' },
      { line: 4, column: null, reason: 'x', value: '@SUM(A1)' },
    ]);
    const rows = text.split('\r\n');
    expect(rows[1]).toBe("2,Quantity,negative outside a refund,'-3");
    expect(rows[2]).toBe('3,Description,x,"\'=HYPERLINK(""http://evil.example"")"');
    expect(rows[3]).toBe("4,,x,'@SUM(A1)");
  });
});
