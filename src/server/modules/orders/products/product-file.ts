import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Product } from '../../../../shared/contracts/products';
import { escapeFormula as safe } from '../../customers/index';

/** The catalogue file: one product per row; the category as its path from the root, `茶叶 / 绿茶`. */
export const productFileHeaders = ['sku', 'name', 'category', 'list_price', 'active'] as const;

const headerWords: Record<(typeof productFileHeaders)[number], string[]> = {
  sku: ['sku', 'stockcode', 'code', '货号', '商品编码', '编码'],
  name: ['name', 'description', 'product', '名称', '商品名称', '品名'],
  category: ['category', '分类', '类目', '类别'],
  list_price: ['list_price', 'listprice', 'price', 'unitprice', '价格', '单价', '标价'],
  active: ['active', 'enabled', '启用', '在售'],
};

export type ProductFileRow = {
  line: number;
  sku: string;
  name: string;
  categoryPath: string[];
  listPriceCents: number;
  active: boolean;
};
export type FileProblem = { line: number; column: string; reason: string };

export const productsCsv = (products: readonly Product[], header: boolean): string =>
  stringify(
    [
      ...(header ? [[...productFileHeaders]] : []),
      ...products.map((p) => [
        safe(p.sku),
        safe(p.name),
        safe(p.categoryPath.join(' / ')),
        (p.listPriceCents / 100).toFixed(2),
        p.active ? 'true' : 'false',
      ]),
    ],
    { record_delimiter: 'windows' },
  );

/**
 * Reads a catalogue file: every row is checked and every problem reported with its line and
 * column; the caller writes nothing unless the list is empty.
 */
export const readProductFile = (text: string): { rows: ProductFileRow[]; problems: FileProblem[] } => {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      rows: [],
      problems: [{ line, column: 'file', reason: `is not readable CSV: ${(error as Error).message}` }],
    };
  }
  const problems: FileProblem[] = [];
  const head = (records[0] ?? []).map((h) => h.trim().toLowerCase().replace(/\s/g, ''));
  const column = Object.fromEntries(
    productFileHeaders.map((f) => [f, head.findIndex((h) => headerWords[f].includes(h))]),
  ) as Record<(typeof productFileHeaders)[number], number>;
  for (const f of ['sku', 'name'] as const)
    if (column[f] < 0)
      problems.push({ line: 1, column: f, reason: `no column for ${f} (headers: ${head.join(', ')})` });
  if (problems.length > 0) return { rows: [], problems };
  const seen = new Map<string, number>();
  const rows = records.slice(1).flatMap((cells, i): ProductFileRow[] => {
    const line = i + 2;
    const cell = (f: (typeof productFileHeaders)[number]) =>
      column[f] >= 0 ? (cells[column[f]] ?? '').trim() : '';
    const before = problems.length;
    const sku = cell('sku');
    if (!sku || sku.length > 64 || /[\s,;]/.test(sku))
      problems.push({
        line,
        column: 'sku',
        reason: 'must be 1–64 characters without spaces, commas or semicolons',
      });
    else if (seen.has(sku.toLowerCase()))
      problems.push({
        line,
        column: 'sku',
        reason: `repeats the SKU of line ${seen.get(sku.toLowerCase())}`,
      });
    seen.set(sku.toLowerCase(), line);
    const name = cell('name');
    if (!name || name.length > 200)
      problems.push({ line, column: 'name', reason: 'must be 1–200 characters' });
    if (/^[=+@]/.test(name) || /^[=+\-@]/.test(sku))
      problems.push({
        line,
        column: 'name',
        reason: 'must not start like a spreadsheet formula (=, +, - or @)',
      });
    const priceText = cell('list_price').replace(/[,¥$€£元\s]/g, '') || '0';
    const price = /^\d+(\.\d{1,2})?$/.test(priceText) ? Math.round(Number(priceText) * 100) : NaN;
    if (!Number.isSafeInteger(price) || price > 2_147_483_647)
      problems.push({
        line,
        column: 'list_price',
        reason: 'must be a price of 0 or more with at most 2 decimals',
      });
    const activeText = cell('active').toLowerCase();
    const active = !['false', 'no', '0', '否', '停用', 'n'].includes(activeText);
    const categoryPath = cell('category')
      .split(/\s*[/>]\s*/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (categoryPath.some((p) => p.length > 100))
      problems.push({
        line,
        column: 'category',
        reason: 'each category name must be at most 100 characters',
      });
    return problems.length > before ? [] : [{ line, sku, name, categoryPath, listPriceCents: price, active }];
  });
  return { rows, problems };
};
