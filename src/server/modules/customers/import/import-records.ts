import { pipeline, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { AppError } from '../../../../shared/errors';

export type ImportFormat = 'csv' | 'xlsx';
export type FileShape = { format: ImportFormat; encoding: string; delimiter: string };
/** One record of the file; `line` is the row number a spreadsheet shows (header = 1). */
export type SourceRecord = { line: number; cells: string[] };

const isZip = (head: Buffer) => head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
const isOldExcel = (head: Buffer) =>
  head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;

/** Comma unless the header line has more semicolons or tabs (European Excel, .txt exports). */
const detectDelimiter = (firstLine: string): string => {
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
};

/**
 * The file's format and text encoding, from its first bytes: a zip is .xlsx; text that is not
 * valid UTF-8 is GB18030 (what Chinese Excel writes as "CSV"; a superset of GBK and GB2312).
 */
export const detectShape = (head: Buffer, utf8: boolean, bom: boolean): FileShape => {
  if (isOldExcel(head))
    throw new AppError(
      'INVALID_INPUT',
      'This is an old Excel .xls file; save it as .xlsx or CSV and upload that.',
    );
  if (isZip(head)) return { format: 'xlsx', encoding: 'utf-8', delimiter: ',' };
  const encoding = utf8 ? (bom ? 'utf-8-bom' : 'utf-8') : 'gb18030';
  const text = utf8 ? head.toString('utf8') : iconv.decode(head, 'gb18030');
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return { format: 'csv', encoding, delimiter: detectDelimiter(firstLine) };
};

/** Records numbered as a spreadsheet numbers rows (a quoted multi-line cell is still one row). */
async function* csvRecords(source: Readable, shape: FileShape): AsyncGenerator<SourceRecord> {
  const parser = parse({
    bom: true,
    delimiter: shape.delimiter,
    relax_column_count: true,
    relax_quotes: true,
  });
  const done = (error?: Error | null) => {
    if (error) parser.destroy(error);
  };
  if (shape.encoding === 'gb18030') pipeline(source, iconv.decodeStream('gb18030'), parser, done);
  else pipeline(source, parser, done);
  let line = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) yield { line: ++line, cells };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('INVALID_INPUT', `The CSV file cannot be read: ${(error as Error).message}`);
  } finally {
    source.destroy();
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An Excel cell as the text a person sees; formulas keep their `=` so the formula check catches them. */
export const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number')
    return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? ''
      : `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return v.richText.map((r: { text?: string }) => r.text ?? '').join('');
    if (typeof v.formula === 'string') return `=${v.formula}`;
    if (typeof v.sharedFormula === 'string') return `=${v.sharedFormula}`;
    if ('text' in v) return cellText(v.text);
    if ('result' in v) return cellText(v.result);
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
};

async function* xlsxRecords(source: Readable): AsyncGenerator<SourceRecord> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        yield { line: row.number, cells: values.slice(1).map(cellText) };
      }
      return; // only the first worksheet is imported
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('INVALID_INPUT', `The Excel file cannot be read: ${(error as Error).message}`);
  } finally {
    source.destroy();
  }
}

/**
 * Every non-blank record of the file in order, header first, streamed: memory stays flat
 * however many rows the file has. Throws INVALID_INPUT when the file cannot be parsed.
 */
export async function* readRecords(source: Readable, shape: FileShape): AsyncGenerator<SourceRecord> {
  const records = shape.format === 'xlsx' ? xlsxRecords(source) : csvRecords(source, shape);
  for await (const record of records) {
    if (record.cells.some((c) => c.trim() !== '')) yield record;
  }
}

/**
 * Header names made usable as mapping keys: trimmed, blanks named by position, repeats
 * numbered ("电话", "电话 (2)").
 */
export const uniqueHeaders = (cells: string[]): string[] => {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = cell.replace(/^\uFEFF/, '').trim() || `Column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
};
