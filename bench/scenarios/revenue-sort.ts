import { loadavg } from 'node:os';
import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import type { DB } from '../../src/server/db/schema';
import { systemActor } from '../../src/server/platform/actor';
import { listCustomerRows } from '../../src/server/modules/customers/customers.queries';
import { selectionConditions, sortColumns } from '../../src/server/modules/customers/customer-list.service';
import { measureLoop, type Row, type Target } from '../harness';
import { spreadRollups } from '../seed/seed-orders';
import { apiGet, CUSTOMERS, seededCustomers } from './seeded-customers';

const CONCURRENCY = 4;
const SECONDS = 8;
const cities = ['上海市', '北京市', '广州市', '深圳市', '杭州市', '成都市'];

type PlanNode = { 'Node Type': string; 'Index Name'?: string; Plans?: PlanNode[] };

const joins = new Set(['Limit', 'Nested Loop', 'Materialize']);

/** The plan's scans and sorts, depth first: "Index Scan customer_rollups_revenue, Index Scan customers_pkey, …". */
const planOutline = (node: PlanNode): string[] => [
  ...(joins.has(node['Node Type'])
    ? []
    : [`${node['Node Type']}${node['Index Name'] ? ` ${node['Index Name']}` : ''}`]),
  ...(node.Plans ?? []).flatMap(planOutline),
];

/**
 * The customer table sorted by revenue (highest first) at 1M customers, whole table and with a
 * city filter: the API's first page of 50 against the same page query straight on the database.
 * The seeded rollups are first given a realistic spread of revenue (few ties, a long tail), and
 * each raw query's plan is recorded.
 */
export const revenueSort = async (target: Target): Promise<Row[]> => {
  const s = await seededCustomers(target);
  const spreadSeconds = await spreadRollups(s.pool, s.orgId);
  const load = loadavg()[0]!.toFixed(1);
  const label = `${(CUSTOMERS / 1e6).toFixed(CUSTOMERS >= 1e6 ? 0 : 1)}M customers`;
  const actor = { ...systemActor(s.orgId), role: 'owner' as const };
  let captured: CompiledQuery | undefined;
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: s.pool }),
    log: (event) => {
      captured = event.query;
    },
  });
  const order = await sortColumns(db, s.orgId, '-revenue');
  const variants: { name: string; filterFor: (i: number) => unknown }[] = [
    { name: 'all customers', filterFor: () => undefined },
    {
      name: 'city filter',
      filterFor: (i) => ({ field: 'city', op: 'eq', value: cities[i % cities.length] }),
    },
  ];
  const rows: Row[] = [];
  let n = 0;
  for (const variant of variants) {
    const pages = await Promise.all(
      cities.map(async (_, i) => {
        const where = await selectionConditions(db, actor, { filter: variant.filterFor(i) });
        return { where, filter: variant.filterFor(i) };
      }),
    );
    const api = await measureLoop(CONCURRENCY, SECONDS, async () => {
      const filter = pages[n++ % pages.length]!.filter;
      const query = filter ? `&filter=${encodeURIComponent(JSON.stringify(filter))}` : '';
      await apiGet(target, s, `/api/v1/customers?sort=-revenue&limit=50${query}`);
    });
    const raw = await measureLoop(CONCURRENCY, SECONDS, async () => {
      const { where } = pages[n++ % pages.length]!;
      await listCustomerRows(s.db, s.orgId, { where, order, after: undefined, limit: 50 });
    });
    await listCustomerRows(db, s.orgId, { where: pages[0]!.where, order, after: undefined, limit: 50 });
    const { rows: explained } = await s.pool.query(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${captured!.sql}`,
      captured!.parameters as unknown[],
    );
    const plan = (explained[0] as { 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] })[
      'QUERY PLAN'
    ][0];
    const scenario = `customer table sorted by revenue, ${variant.name}, first page of 50 (${label})`;
    rows.push(
      {
        scenario,
        database: target.kind,
        variant: `API, ${CONCURRENCY} clients`,
        measurement: api,
        note: `load average ${load} at start`,
      },
      {
        scenario,
        database: target.kind,
        variant: `raw SQL page query, ${CONCURRENCY} clients`,
        measurement: raw,
        note: `plan: ${planOutline(plan.Plan).join(', ')}; ${plan['Execution Time'].toFixed(1)} ms alone`,
      },
    );
  }
  rows[0]!.note += `; rollups spread over the seeded customers in ${spreadSeconds.toFixed(0)} s (a third never ordered, geometric order counts, log-normal order values)`;
  return rows;
};
