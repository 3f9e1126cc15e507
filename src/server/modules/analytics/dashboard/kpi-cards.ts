import { sql } from 'kysely';
import { formatDay, parseDay } from '../../../../shared/analytics/day-number';
import type { kpiKeys } from '../../../../shared/contracts/analytics';
import type { FilterNode } from '../../../../shared/filter/filter';
import { runAsOf } from '../refresh/model-runs.queries';
import { between, boughtSince, gte, repeatBuyers, within } from './click-filters';
import { storedSlices, type DashboardContext } from './dashboard-context';
import { storedAverageClv, storedWindows, type WindowRow } from './slice-figures.queries';
import { dayWindow, kpiWindows } from './kpi-windows';
import { liveTally } from './live-tally';
import { customersCreatedBy } from '../tally/customer-days.queries';

type Card = {
  key: (typeof kpiKeys)[number];
  value: number | null;
  previous: number | null;
  change: number | null;
  filter: FilterNode | null;
};

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const card = (
  key: Card['key'],
  value: number | null,
  previous: number | null,
  filter: FilterNode | null,
): Card => ({
  key,
  value,
  previous,
  change: value !== null && previous !== null && previous !== 0 ? (value - previous) / previous : null,
  filter,
});

/** The windows' figures over the caller's customers, computed now. */
const liveWindows = async (
  c: DashboardContext & { asOf: string },
  windows: { from: string; to: string }[],
) => {
  const [tally, customers] = await Promise.all([
    liveTally(c, windows.map(dayWindow)),
    customersCreatedBy(
      c.db,
      c.scope,
      windows.map((w) => w.to),
      c.timeZone,
    ),
  ]);
  return tally.kpis.figures().map((f, i): WindowRow => ({ ...f, customers: customers[i]! }));
};

/** Average predicted CLV now, and (organisation-wide) as the refresh `days` earlier left it. */
const averageClv = async (c: DashboardContext, days: number): Promise<[number | null, number | null]> => {
  if (c.scope.orgWide) {
    const before = await runAsOf(c.db, c.scope.orgId, formatDay(parseDay(c.asOf!)! - days));
    return [c.run?.average_clv_cents ?? null, before?.average_clv_cents ?? null];
  }
  const slices = storedSlices(c);
  if (slices) return [await storedAverageClv(c.db, slices), null];
  const { rows } = await sql<{ avg: number | null }>`
    SELECT round(avg(s.predicted_clv_cents))::bigint AS avg FROM ${c.scope.scored}`.execute(c.db);
  return [rows[0]?.avg ?? null, null];
};

/**
 * The KPI cards for a window of `days` ending on the refresh day, each with the previous
 * window's value, the relative change, and the filter tree of the customers behind the value.
 */
export const kpiCards = async (c: DashboardContext, days: number) => {
  if (!c.asOf) return { asOf: null, days, from: null, previousFrom: null, cards: [] };
  const w = kpiWindows(c.asOf, days);
  const slices = storedSlices(c);
  const [[now, before], [clv, clvBefore]] = await Promise.all([
    slices ? storedWindows(c.db, slices, days) : liveWindows({ ...c, asOf: c.asOf }, [w.current, w.previous]),
    averageClv(c, days),
  ]);
  const n = c.settings.churn.inactiveDays;
  const from = parseDay(w.current.from)!;
  const base = c.scope.base;
  const active = within(base, boughtSince(w.current.from));
  const pick = (row: WindowRow | undefined, f: (r: WindowRow) => number | null) => (row ? f(row) : null);
  const both = (f: (r: WindowRow) => number | null) => [pick(now, f), pick(before, f)] as const;
  return {
    asOf: c.asOf,
    days,
    from: w.current.from,
    previousFrom: w.previous.from,
    cards: [
      card('customers', ...both((r) => r.customers), within(base)),
      card('active', ...both((r) => r.active), active),
      card('new', ...both((r) => r.new_customers), within(base, gte('first_purchase_on', w.current.from))),
      card('revenue', ...both((r) => r.revenue_cents), active),
      card(
        'repeat_rate',
        ...both((r) => ratio(r.repeaters, r.active)),
        within(base, boughtSince(w.current.from), repeatBuyers()),
      ),
      card(
        'churn_rate',
        ...both((r) => ratio(r.churned, r.churn_base)),
        within(base, between('last_purchase_on', formatDay(from - n), formatDay(parseDay(c.asOf)! - n))),
      ),
      card('average_clv', clv, clvBefore, within(base, { field: 'predicted_clv', op: 'is_not_empty' })),
    ],
  };
};
