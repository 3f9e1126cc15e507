import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { breakdownRows } from '../dashboard/breakdowns.queries';
import { orgScope } from '../dashboard/dashboard-scope';
import { allKpiWindows } from '../dashboard/kpi-windows';
import { customersCreatedBy } from '../tally/customer-days.queries';
import type { createDashboardTally } from '../tally/dashboard-tally';

type Table = 'analytics_periods' | 'analytics_windows' | 'analytics_cohorts' | 'analytics_breakdowns';

/** Replaces one precomputed table's rows for the organisation in one short transaction: readers see the old figures or the new. */
const replace = (db: Kysely<DB>, table: Table, orgId: string, rows: object[]) =>
  db.transaction().execute(async (tx) => {
    await tx.deleteFrom(table).where('org_id', '=', orgId).execute();
    for (let i = 0; i < rows.length; i += 1000)
      await tx
        .insertInto(table)
        .values(rows.slice(i, i + 1000).map((r) => ({ ...r, org_id: orgId })) as never)
        .execute();
  });

type Context = {
  orgId: string;
  asOf: string;
  timeZone: string;
  clvEdges: number[];
  tally: ReturnType<typeof createDashboardTally>;
};

/**
 * Stores the organisation-wide dashboard: the tallies of every buyer's purchase days (the
 * same code answers filtered views live), customers per KPI window, and the breakdowns of the
 * scores just written (grouping sets, with the memory DESIGN.md measured for big aggregations).
 */
export const storeDashboard = async (db: Kysely<DB>, c: Context) => {
  const scope = orgScope(c.orgId);
  await replace(db, 'analytics_periods', c.orgId, [
    ...c.tally.months.rows().map((r) => ({ ...r, period: 'month' })),
    ...c.tally.quarters.rows().map((r) => ({ ...r, period: 'quarter' })),
  ]);
  const windows = allKpiWindows(c.asOf);
  const customers = await customersCreatedBy(
    db,
    scope,
    windows.map((w) => w.window.to),
    c.timeZone,
  );
  await replace(
    db,
    'analytics_windows',
    c.orgId,
    c.tally.kpis.figures().map((f, i) => ({
      ...f,
      customers: customers[i]!,
      days: windows[i]!.days,
      previous: windows[i]!.previous,
    })),
  );
  await replace(db, 'analytics_cohorts', c.orgId, c.tally.cohorts.rows());
  const breakdowns = await db.transaction().execute(async (tx) => {
    await sql`SET LOCAL work_mem = '256MB'`.execute(tx);
    return breakdownRows(tx, scope, c.clvEdges);
  });
  await replace(db, 'analytics_breakdowns', c.orgId, breakdowns);
};
