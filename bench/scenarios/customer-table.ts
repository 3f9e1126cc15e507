import { sql } from 'kysely';
import { systemActor } from '../../src/server/platform/actor';
import { compileFilter } from '../../src/server/platform/filter/compile-filter';
import { customerFieldRegistry } from '../../src/server/modules/customers/customer-fields';
import { listCustomerRows } from '../../src/server/modules/customers/customers.queries';
import { searchCustomerRows } from '../../src/server/modules/customers/search/search.queries';
import { visibleCustomers } from '../../src/server/modules/customers/visibility';
import { measureLoop, type Row, type Target } from '../harness';
import { apiGet, CUSTOMERS, seededCustomers } from './seeded-customers';

const CONCURRENCY = 4;
const SECONDS = 8;
const cities = ['上海市', '北京市', '广州市', '深圳市', '杭州市', '成都市'];
const categories = ['vip', 'prospect', 'existing'];

/**
 * The customer table and search at scale: a page with a two-field filter and a sort, and the
 * search box by name, two-character name, pinyin, initials and phone fragment. Each API figure
 * is paired with the same page query run straight on the database (no HTTP, session or JSON).
 */
export const customerTable = async (target: Target): Promise<Row[]> => {
  const s = await seededCustomers(target);
  const rows: Row[] = [];
  const label = `${(CUSTOMERS / 1e6).toFixed(CUSTOMERS >= 1e6 ? 0 : 1)}M customers`;
  let n = 0;
  const next = () => n++;
  const filterFor = (i: number) => ({
    and: [
      { field: 'city', op: 'eq', value: cities[i % cities.length] },
      { field: 'category', op: 'eq', value: categories[i % categories.length] },
    ],
  });
  const api = await measureLoop(CONCURRENCY, SECONDS, async () => {
    const filter = encodeURIComponent(JSON.stringify(filterFor(next())));
    await apiGet(target, s, `/api/v1/customers?filter=${filter}&sort=-created_at&limit=50`);
  });
  const registry = customerFieldRegistry([]);
  const actor = { ...systemActor(s.orgId), role: 'owner' as const };
  const raw = await measureLoop(CONCURRENCY, SECONDS, async () => {
    await listCustomerRows(s.db, s.orgId, {
      where: [
        visibleCustomers(actor),
        sql<boolean>`c.merged_into IS NULL`,
        sql<boolean>`c.deleted_at IS NULL`,
        compileFilter(filterFor(next()), registry),
      ],
      order: [
        { expression: sql`c.created_at`, descending: true, kind: 'time', nullable: false },
        { expression: sql`c.id`, descending: true, kind: 'id', nullable: false },
      ],
      after: undefined,
      limit: 50,
    });
  });
  const scenario = `customer table, city + category filter, newest first (${label})`;
  rows.push(
    { scenario, database: target.kind, variant: `API, ${CONCURRENCY} clients`, measurement: api },
    {
      scenario,
      database: target.kind,
      variant: `raw SQL page query, ${CONCURRENCY} clients`,
      measurement: raw,
    },
  );

  const searches: [string, string[]][] = [
    ['name', ['张伟', '王芳', '李娜', '刘强']],
    ['two-character name', ['建国', '志强', '海燕', '晓明']],
    ['pinyin', ['zhangwei', 'wang fang', 'lina', 'ouyangjianguo']],
    ['initials', ['zw', 'wf', 'ln', 'lq']],
    ['phone fragment', ['0012345', '1390004', '139 0020 1234', '+86 139 0088']],
  ];
  for (const [kind, queries] of searches) {
    const apiSearch = await measureLoop(CONCURRENCY, SECONDS / 2, async () => {
      const q = queries[next() % queries.length]!;
      await apiGet(target, s, `/api/v1/customers/search?q=${encodeURIComponent(q)}&limit=10`);
    });
    const rawSearch = await measureLoop(CONCURRENCY, SECONDS / 2, async () => {
      await searchCustomerRows(s.db, actor, queries[next() % queries.length]!, 10);
    });
    const scenario = `search by ${kind} (${label})`;
    rows.push(
      { scenario, database: target.kind, variant: `API, ${CONCURRENCY} clients`, measurement: apiSearch },
      {
        scenario,
        database: target.kind,
        variant: `raw SQL search query, ${CONCURRENCY} clients`,
        measurement: rawSearch,
      },
    );
  }
  rows[0]!.note = `seeding ${CUSTOMERS.toLocaleString('en')} customers with rollups took ${s.seedSeconds.toFixed(0)} s on ${target.kind}`;
  return rows;
};
