import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../../test/support/test-kehu';
import { insertOrgWithOwner } from '../../../../../test/factories/accounts';
import { insertCustomer } from '../../../../../test/factories/customers';
import { csvOf } from '../../../../../test/factories/imports';
import { insertProduct } from '../../../../../test/factories/orders';
import { orderImportProblemCodes } from '../../../../shared/contracts/import-problems';
import type {
  OrderImport,
  OrderImportProblem,
  OrderImportStart,
} from '../../../../shared/contracts/order-imports';
import type { Customer } from '../../../../shared/contracts/customers';
import { runOrderImport } from './order-import-runner';

const header = [
  'InvoiceNo',
  'StockCode',
  'Description',
  'Quantity',
  'InvoiceDate',
  'UnitPrice',
  'CustomerID',
];

const uploadOrders = async (kehu: Kehu, session: Session, csv: string) => {
  const res = await kehu.app.inject({
    method: 'POST',
    url: '/api/v1/order-imports?fileName=orders.csv',
    payload: csv,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'text/csv' },
  });
  if (res.statusCode !== 200) throw new Error(`upload failed ${res.statusCode}: ${res.body}`);
  return res.json<{ import: OrderImport; suggestions: Record<string, string | null> }>();
};

const runOrders = async (kehu: Kehu, session: Session, csv: string, start: Partial<OrderImportStart>) => {
  const { import: upload, suggestions } = await uploadOrders(kehu, session, csv);
  const started = await call(kehu, session, 'POST', `/api/v1/order-imports/${upload.id}/start`, {
    mapping: suggestions,
    ...start,
  });
  if (started.statusCode !== 200) throw new Error(`start failed ${started.statusCode}: ${started.body}`);
  await kehu.runner.drain();
  const done = (await call(kehu, session, 'GET', `/api/v1/order-imports/${upload.id}`)).json<OrderImport>();
  const problems = (await call(kehu, session, 'GET', `/api/v1/order-imports/${upload.id}/problems`)).json()
    .data;
  return { done, problems: problems as OrderImportProblem[] };
};

describe.each(databaseKinds)('order import on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  const file = csvOf([
    header,
    ['5001', 'TEA-1', 'Green tea', 2, '2026-01-05 10:00:00', '12.50', 'C-7'],
    ['5001', 'CUP-1', 'Cup', 1, '2026-01-05 10:00:00', '3.00', 'C-7'],
    ['5002', 'TEA-1', 'Green tea', 4, '2026-02-01 09:30', '12.50', 'C-8'],
    ['C5003', 'TEA-1', 'Green tea', -1, '2026-02-03 12:00', '12.50', 'C-7'],
    ['C5004', 'CUP-1', 'Cup', -1, '2026-02-04 12:00', '3.00', 'C-8'],
    ['5005', 'TEA-1', 'Green tea', -3, '2026-02-05 12:00', '12.50', 'C-8'],
    ['5006', 'TEA-1', 'Green tea', 1, '2026-02-31 12:00', '12.50', 'C-8'],
    ['5007', 'TEA-1', 'Green tea', 1, '2026-02-07 12:00', '12.50', ''],
  ]);

  it('loads nothing when rows are bad, then loads the good ones on request, turning returns into refunds', async () => {
    const owner = await insertOrgWithOwner(kehu);
    await insertProduct(kehu, owner, { sku: 'TEA-1', name: '绿茶', listPriceCents: 1250 });
    const strict = await runOrders(kehu, owner, file, { createCustomers: true, createProducts: true });
    expect(strict.done).toMatchObject({ status: 'failed_validation', createdCount: 0, errorCount: 3 });
    expect(strict.problems.map((p) => p.line)).toEqual([7, 8, 9]);
    expect(strict.problems.map((p) => p.reason).join(' | ')).toMatch(
      /negative outside a refund.*not a date.*names no customer/,
    );
    expect(strict.problems).toMatchObject([
      { line: 7, column: 'Quantity', code: 'negative_quantity', params: {} },
      { line: 8, column: 'InvoiceDate', code: 'bad_time', params: {} },
      { line: 9, column: null, code: 'no_customer_ref', params: {} },
    ]);
    expect((await call(kehu, owner, 'GET', '/api/v1/orders')).json().data).toHaveLength(0);

    const loose = await runOrders(kehu, owner, file, {
      createCustomers: true,
      createProducts: true,
      loadGoodRowsOnly: true,
    });
    expect(loose.done).toMatchObject({ status: 'done', createdCount: 2, updatedCount: 1, errorCount: 4 });
    expect(loose.problems.find((p) => p.line === 6)).toMatchObject({
      reason: expect.stringMatching(/no earlier purchase of in Kehu/),
      code: 'return_unmatched',
      params: { quantity: 1, sku: 'CUP-1' },
    });
    for (const p of loose.problems) expect(orderImportProblemCodes).toContain(p.code);
    const customers = (await call(kehu, owner, 'GET', '/api/v1/customers?q=C-7')).json<{ data: Customer[] }>()
      .data;
    expect(customers).toHaveLength(1);
    expect(customers[0]!.rollups).toMatchObject({ orderCount: 1, revenueCents: 2 * 1250 + 300 - 1250 });
    // The import queued a rescoring, which the drain ran: the new customer has scores.
    expect(customers[0]!.scores).toMatchObject({
      purchaseDays: 1,
      historicalClvCents: 2 * 1250 + 300 - 1250,
    });
    const again = await runOrders(kehu, owner, file, {
      createCustomers: true,
      createProducts: true,
      loadGoodRowsOnly: true,
    });
    expect(again.done).toMatchObject({ status: 'done', createdCount: 0, updatedCount: 0, skippedCount: 3 });
    const after = (await call(kehu, owner, 'GET', '/api/v1/customers?q=C-7')).json<{ data: Customer[] }>()
      .data;
    expect(after[0]!.rollups.revenueCents).toBe(2 * 1250 + 300 - 1250);
    expect((await call(kehu, owner, 'GET', '/api/v1/orders')).json().data).toHaveLength(2);
  });

  it('matches existing customers by id and refuses unknown ones unless asked to create them', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const known = await insertCustomer(kehu, owner, { externalId: 'C-7' });
    const csv = csvOf([header, ['6001', 'NEW-1', 'Gift box', 1, '2026-01-05 10:00', '80', 'C-7']]);
    const noProducts = await runOrders(kehu, owner, csv, {});
    expect(noProducts.problems[0]).toMatchObject({
      column: 'sku',
      value: 'NEW-1',
      reason: expect.stringMatching(/not a product of this organisation/),
      code: 'unknown_product',
    });
    const ok = await runOrders(kehu, owner, csv, { createProducts: true });
    expect(ok.done).toMatchObject({ status: 'done', createdCount: 1 });
    const order = (await call(kehu, owner, 'GET', '/api/v1/orders')).json().data[0];
    expect(order).toMatchObject({
      customerId: known.id,
      totalCents: 8000,
      orderedAt: '2026-01-05T02:00:00.000Z',
    });
    const bad = await call(kehu, owner, 'POST', `/api/v1/order-imports/${order.id}/start`, { mapping: {} });
    expect(bad.statusCode).toBe(404);
  });

  it('resumes after a stop part-way without loading any order twice', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const rows = Array.from({ length: 60 }, (_, i) => [
      String(7000 + Math.floor(i / 2)),
      `SKU-${i % 5}`,
      `Item ${i % 5}`,
      1 + (i % 3),
      '2026-03-01 08:00',
      '1.00',
      `K-${Math.floor(i / 2) % 7}`,
    ]);
    const { import: upload, suggestions } = await uploadOrders(kehu, owner, csvOf([header, ...rows]));
    await call(kehu, owner, 'POST', `/api/v1/order-imports/${upload.id}/start`, {
      mapping: suggestions,
      createCustomers: true,
      createProducts: true,
    });
    const stop = new AbortController();
    let batches = 0;
    const partial = await runOrderImport(kehu.deps, owner.me.org.id, upload.id, {
      batchRows: 8,
      signal: stop.signal,
      onProgress: (p) => {
        if (p.status === 'loading' && ++batches === 2) stop.abort();
      },
    });
    expect(partial.status).toBe('loading');
    expect(partial.processed_rows).toBeGreaterThan(0);
    expect(partial.processed_rows).toBeLessThan(60);
    await kehu.runner.drain();
    const done = (await call(kehu, owner, 'GET', `/api/v1/order-imports/${upload.id}`)).json<OrderImport>();
    expect(done).toMatchObject({ status: 'done', processedRows: 60 });
    const orders = (await call(kehu, owner, 'GET', '/api/v1/orders?limit=200')).json().data;
    expect(orders).toHaveLength(30);
    const totals = (await call(kehu, owner, 'GET', '/api/v1/customers?limit=50')).json<{ data: Customer[] }>()
      .data;
    expect(totals.reduce((s, c) => s + c.rollups.revenueCents, 0)).toBe(
      rows.reduce((s, r) => s + Number(r[3]) * 100, 0),
    );
  });
});
