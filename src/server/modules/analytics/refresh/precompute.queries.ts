import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import type { BreakdownRow } from '../dashboard/breakdowns.queries';
import type { allKpiWindows } from '../dashboard/kpi-windows';
import type { SegmentMembers } from './segment-members.queries';
import type { SliceTally } from './slices';
import type { TopCustomer } from './top-customers';
import type { SliceTransitions } from './transitions.queries';

type Column = readonly [name: string, type: string];

/** Inserts `rows` (one array per column) for the organisation in one statement, as arrays unnested in SQL. */
const insertColumns = (
  tx: Transaction<DB>,
  table: string,
  orgId: string,
  columns: readonly Column[],
  values: readonly unknown[][],
) =>
  sql`INSERT INTO ${sql.table(table)} (org_id, ${sql.join(columns.map(([name]) => sql.ref(name)))})
      SELECT ${orgId}::uuid, * FROM unnest(${sql.join(values.map((v, i) => sql`${v}::${sql.raw(columns[i]![1])}[]`))})`.execute(
    tx,
  );

/** Rows of objects as one array per column. */
const byColumn = <T extends object>(rows: readonly T[], columns: readonly Column[]) =>
  columns.map(([name]) => rows.map((r) => (r as Record<string, unknown>)[name]));

const tables = ['analytics_periods', 'analytics_windows', 'analytics_cohorts', 'analytics_breakdowns'];

/** What one slice (0: everyone) contributes to the precomputed tables. */
export type SliceFigures = { sliceNo: number; tally: SliceTally; breakdowns: BreakdownRow[] };

type Context = {
  orgId: string;
  windows: ReturnType<typeof allKpiWindows>;
  slices: readonly SliceFigures[];
  /** Per slice (not 0): predicted CLV count and sum, for the average CLV card. */
  clv: ReadonlyMap<number, { customers: number; sumCents: number }>;
  transitions: readonly SliceTransitions[];
  top: readonly TopCustomer[];
  /** The segments whose slices these are, with the filters they were selected by. */
  segments: readonly Pick<SegmentMembers, 'id' | 'filter'>[];
};

/**
 * Replaces the organisation's precomputed dashboard — the whole organisation (slice 0), every
 * slice, and the list of segments precomputed — in one transaction: readers see the old figures
 * or the new, and never slice numbers of one refresh with figures of another.
 */
export const storeDashboard = (db: Kysely<DB>, c: Context) =>
  db.transaction().execute(async (tx) => {
    for (const table of [
      ...tables,
      'analytics_slices',
      'analytics_transitions',
      'analytics_top_customers',
      'analytics_segments',
    ])
      await sql`DELETE FROM ${sql.table(table)} WHERE org_id = ${c.orgId}`.execute(tx);
    const perSlice = <T extends object>(f: (s: SliceFigures) => T[]) =>
      c.slices.flatMap((s) => f(s).map((row) => ({ ...row, slice_no: s.sliceNo })));
    const store = async (table: string, columns: readonly Column[], rows: object[]) => {
      const all: readonly Column[] = [['slice_no', 'int'], ...columns];
      if (rows.length > 0) await insertColumns(tx, table, c.orgId, all, byColumn(rows, all));
    };
    await store(
      'analytics_slices',
      [
        ['owner_id', 'uuid'],
        ['team_id', 'uuid'],
        ['preferred_channel', 'text'],
        ['segment_id', 'uuid'],
        ['clv_customers', 'int'],
        ['clv_sum_cents', 'bigint'],
      ],
      c.slices
        .filter((s) => s.sliceNo > 0)
        .map((s) => ({
          slice_no: s.sliceNo,
          owner_id: s.tally.key.ownerId,
          team_id: s.tally.key.teamId,
          preferred_channel: s.tally.key.channel,
          segment_id: s.tally.key.segmentId,
          clv_customers: c.clv.get(s.sliceNo)?.customers ?? 0,
          clv_sum_cents: c.clv.get(s.sliceNo)?.sumCents ?? 0,
        })),
    );
    const periodColumns: Column[] = [
      ['period', 'text'],
      ['start', 'date'],
      ['active', 'int'],
      ['new_customers', 'int'],
      ['transactions', 'int'],
      ['revenue_cents', 'bigint'],
      ['churned', 'int'],
      ['churn_base', 'int'],
    ];
    await store(
      'analytics_periods',
      periodColumns,
      perSlice((s) => [
        ...s.tally.dashboard.months.rows().map((r) => ({ ...r, period: 'month' })),
        ...s.tally.dashboard.quarters.rows().map((r) => ({ ...r, period: 'quarter' })),
      ]),
    );
    await store(
      'analytics_windows',
      [
        ['days', 'int'],
        ['previous', 'boolean'],
        ['customers', 'int'],
        ['active', 'int'],
        ['new_customers', 'int'],
        ['revenue_cents', 'bigint'],
        ['repeaters', 'int'],
        ['churned', 'int'],
        ['churn_base', 'int'],
      ],
      perSlice((s) =>
        s.tally.dashboard.kpis.figures().map((f, i) => ({
          ...f,
          customers: s.tally.customers[i]!,
          days: c.windows[i]!.days,
          previous: c.windows[i]!.previous,
        })),
      ),
    );
    await store(
      'analytics_cohorts',
      [
        ['cohort', 'date'],
        ['month_offset', 'int'],
        ['size', 'int'],
        ['repeaters', 'int'],
        ['active', 'int'],
        ['revenue_cents', 'bigint'],
      ],
      perSlice((s) => s.tally.dashboard.cohorts.rows()),
    );
    await store(
      'analytics_breakdowns',
      [
        ['chart', 'text'],
        ['key', 'text'],
        ['customers', 'int'],
        ['revenue_cents', 'bigint'],
        ['clv_cents', 'bigint'],
      ],
      perSlice((s) => s.breakdowns),
    );
    await store(
      'analytics_transitions',
      [
        ['days', 'int'],
        ['from_stage', 'text'],
        ['to_stage', 'text'],
        ['customers', 'int'],
      ],
      c.transitions.map((t) => ({ ...t, slice_no: t.sliceNo })),
    );
    await store(
      'analytics_top_customers',
      [
        ['list', 'text'],
        ['customer_id', 'uuid'],
        ['value_cents', 'bigint'],
      ],
      c.top.map((t) => ({
        slice_no: t.sliceNo,
        list: t.list,
        customer_id: t.customerId,
        value_cents: t.valueCents,
      })),
    );
    if (c.segments.length > 0)
      await tx
        .insertInto('analytics_segments')
        .values(
          c.segments.map((s) => ({ org_id: c.orgId, segment_id: s.id, filter: JSON.stringify(s.filter) })),
        )
        .execute();
  });
