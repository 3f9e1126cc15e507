import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../../../../../test/factories/accounts';
import { insertProduct } from '../../../../../test/factories/orders';
import type { Product } from '../../../../shared/contracts/products';

const importCsv = (kehu: Kehu, session: Session, csv: string) =>
  kehu.app.inject({
    method: 'POST',
    url: '/api/v1/products/import',
    payload: csv,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'text/csv' },
  });

describe.each(databaseKinds)('product catalogue on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  it('imports a catalogue by SKU with category paths, refuses a file with bad rows whole, and exports it back', async () => {
    const owner = await insertOrgWithOwner(kehu);
    await insertProduct(kehu, owner, { sku: 'LJ-01', name: 'Old name', listPriceCents: 100 });
    const bad = await importCsv(
      kehu,
      owner,
      'sku,name,price\nA-1,=HYPERLINK("x"),1\nB 2,Cup,1\nC-3,Tea,abc\n',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/3 problem\(s\); nothing was imported/);
    expect(bad.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual([
      'line 2.name',
      'line 3.sku',
      'line 4.list_price',
    ]);
    const good = await importCsv(
      kehu,
      owner,
      '\uFEFF货号,名称,分类,价格,启用\nLJ-01,西湖龙井,茶叶 / 绿茶,128.00,是\nCUP-1,青瓷杯,茶具,30,否\nBX-9,礼盒,茶叶 / 绿茶,88.5,\n',
    );
    expect(good.json()).toEqual({ created: 2, updated: 1 });
    const list = (await call(kehu, owner, 'GET', '/api/v1/products')).json<{ data: Product[] }>().data;
    expect(list.map((p) => [p.sku, p.name, p.categoryPath.join('/'), p.listPriceCents, p.active])).toEqual([
      ['BX-9', '礼盒', '茶叶/绿茶', 8850, true],
      ['CUP-1', '青瓷杯', '茶具', 3000, false],
      ['LJ-01', '西湖龙井', '茶叶/绿茶', 12800, true],
    ]);
    const categories = (await call(kehu, owner, 'GET', '/api/v1/product-categories')).json().data;
    expect(categories).toHaveLength(3);
    const exported = await call(kehu, owner, 'GET', '/api/v1/products/export');
    expect(exported.headers['content-type']).toMatch(/text\/csv/);
    expect(exported.body).toContain('LJ-01,西湖龙井,茶叶 / 绿茶,128.00,true');
    const again = await importCsv(kehu, owner, exported.body);
    expect(again.json()).toEqual({ created: 0, updated: 3 });
    const sales = await insertMember(kehu, owner, 'sales');
    expect((await importCsv(kehu, sales, 'sku,name\nX-1,X\n')).statusCode).toBe(403);
    const stranger = await insertOrgWithOwner(kehu);
    expect((await call(kehu, stranger, 'GET', '/api/v1/products/export')).body).not.toContain('LJ-01');
  });
});
