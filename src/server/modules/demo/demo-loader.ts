import { sql, type Kysely } from 'kysely';
import { AppError } from '../../../shared/errors';
import type { DemoSummary } from '../../../shared/demo/demo.contract';
import { priceScale } from '../../../shared/demo/demo-catalogue';
import { demoExternalId, generateDemoCustomer } from '../../../shared/demo/demo-customer';
import { defaultChannelKeys } from '../../../shared/demo/demo-orders';
import type { DB } from '../../db/schema';
import { systemActor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { refitRecommendations } from '../orders/index';
import { writeDemoBatch, type BatchContext } from './demo-batch.queries';
import { ensureOwners } from './demo-owners.queries';
import {
  activeChannels,
  activePicklistKeys,
  ensureCategories,
  ensureProducts,
  orgFacts,
} from './demo-setup.queries';

export type DemoLoadOptions = {
  customers: number;
  seed: number;
  /** Orders are dated before this day ('YYYY-MM-DD'); default: today in the organisation's time zone. */
  asOf?: string;
  batchSize?: number;
  /** Who asked, for the audit log. */
  requestedBy?: string;
};

/** Customers per transaction: big enough for few round trips, small enough to keep each one short. */
export const DEMO_BATCH = 2000;
/**
 * The first batch is smaller: it runs before any statistics know the organisation, when a
 * second organisation's rows are joined by nested loops (quadratic in the batch). Measured on
 * PostgreSQL, a 3,000-customer load into a second organisation took 17 s this way, 50 s with
 * a full first batch.
 */
const FIRST_BATCH = 500;

/**
 * Fresh planner statistics for the tables a load grows. Until they count the organisation's
 * new rows, PostgreSQL estimates it has none and the rollup and recommendation statements
 * join its orders by nested loops over the whole organisation: quadratic, minutes instead of
 * seconds. Analysing `customers` also makes each connection re-plan its cached foreign-key
 * checks, which may have been planned as sequential scans while the table was small. During
 * the load only the join columns are analysed (a third of the cost); at the end everything,
 * for the customer table's filters, since PGlite has no autovacuum to catch up on its own.
 */
const analyze = (db: Kysely<DB>, full: boolean) =>
  full
    ? sql`ANALYZE customers, customer_rollups, orders, order_lines, customer_products`.execute(db)
    : sql`ANALYZE customers (org_id, id), customer_rollups (org_id, customer_id),
        orders (org_id, customer_id, status), order_lines (org_id, order_id),
        customer_products (org_id, customer_id, product_id)`.execute(db);

/**
 * How many customers of this seed the organisation already has: loads are written in index
 * order, one committed batch at a time, so the highest external id tells where to go on.
 */
const loadedSoFar = async (db: Kysely<DB>, orgId: string, seed: number): Promise<number> => {
  const { rows } = await sql<{ last: string | null }>`
    SELECT max(external_id) AS last FROM customers
    WHERE org_id = ${orgId} AND external_id LIKE ${`demo-${seed}-%`} AND deleted_at IS NULL`.execute(db);
  const last = rows[0]?.last;
  return last ? Number(last.slice(last.lastIndexOf('-') + 1)) : 0;
};

const prepare = (db: Kysely<DB>, orgId: string, facts: NonNullable<Awaited<ReturnType<typeof orgFacts>>>) =>
  db.transaction().execute(async (tx) => {
    const scale = priceScale(facts.currency);
    const categories = await ensureCategories(tx, orgId, facts.language);
    return {
      products: await ensureProducts(tx, orgId, categories, facts.language, scale),
      owners: await ensureOwners(tx, orgId, facts.language),
      channels: await activeChannels(tx, orgId, defaultChannelKeys),
      sources: await activePicklistKeys(tx, orgId, 'source'),
      categories: await activePicklistKeys(tx, orgId, 'category'),
      scale,
    };
  });

/**
 * Fills an organisation with demo customers `0 … customers − 1` of a seed, with products,
 * owners and orders (see src/shared/demo). Resumable and idempotent: customers of the seed
 * already there are kept and the load goes on after them, so a retried job or a second run
 * with a larger count adds only what is missing. Each batch commits with its rollups
 * current; the recommendation model is refitted at the end. Stops between batches when
 * `signal` aborts. Throws NOT_FOUND for an unknown organisation.
 */
export const loadDemoData = async (
  db: Kysely<DB>,
  orgId: string,
  options: DemoLoadOptions,
  onProgress: (done: number, total: number) => Promise<void> | void = () => undefined,
  signal?: AbortSignal,
): Promise<DemoSummary> => {
  const started = Date.now();
  const facts = await orgFacts(db, orgId);
  if (!facts) throw new AppError('NOT_FOUND', `Organisation ${orgId} not found`);
  const setup = await prepare(db, orgId, facts);
  const ctx: BatchContext = {
    orgId,
    timeZone: facts.timeZone,
    currency: facts.currency,
    asOf: options.asOf ?? facts.today,
    owners: setup.owners,
    products: setup.products,
    sources: setup.sources,
    categories: setup.categories,
  };
  const generation = { channels: setup.channels, scale: setup.scale, language: facts.language };
  const skipped = Math.min(options.customers, await loadedSoFar(db, orgId, options.seed));
  const batch = options.batchSize ?? DEMO_BATCH;
  const totals = { customers: 0, orders: 0, lines: 0, revenueCents: 0 };
  // After the first batch, then each time the load has grown fourfold: a handful of ANALYZEs per load.
  let analyzeAt = 1;
  await onProgress(skipped, options.customers);
  for (let from = skipped; from < options.customers && !signal?.aborted;) {
    const to = Math.min(
      options.customers,
      from + (totals.customers === 0 ? Math.min(batch, FIRST_BATCH) : batch),
    );
    const customers = Array.from({ length: to - from }, (_, i) =>
      generateDemoCustomer(options.seed, from + i, generation),
    );
    const written = await db.transaction().execute((tx) => writeDemoBatch(tx, ctx, customers));
    totals.customers += customers.length;
    totals.orders += written.orders;
    totals.lines += written.lines;
    totals.revenueCents += written.revenueCents;
    if (totals.customers >= analyzeAt && to < options.customers) {
      await analyze(db, false);
      analyzeAt = totals.customers * 4;
    }
    await onProgress(to, options.customers);
    from = to;
  }
  if (totals.customers > 0 && !signal?.aborted) {
    await analyze(db, true);
    await db.transaction().execute((tx) => refitRecommendations(tx, orgId));
    await writeAudit(db, systemActor(orgId, options.requestedBy ?? 'kehu demo'), {
      action: 'demo.load',
      entityType: 'org',
      entityId: orgId,
      changes: {
        demoCustomers: { from: skipped, to: skipped + totals.customers },
        seed: { from: null, to: options.seed },
        lastExternalId: { from: null, to: demoExternalId(options.seed, skipped + totals.customers - 1) },
      },
    });
  }
  return {
    seed: options.seed,
    ...totals,
    skipped,
    products: setup.products.size,
    owners: setup.owners.length,
    seconds: (Date.now() - started) / 1000,
  };
};
