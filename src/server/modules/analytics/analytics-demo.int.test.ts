import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DashboardQuerySchema, type DashboardQuery } from '../../../shared/contracts/analytics';
import { DEMO_BGNBD, DEMO_GAMMA_GAMMA } from '../../../shared/demo/purchase-process';
import type { Role } from '../../../shared/permissions';
import type { Kehu } from '../../kehu';
import type { Actor } from '../../platform/actor';
import { databaseKinds } from '../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../test/support/test-kehu';
import { insertOrgWithOwner } from '../../../../test/factories/accounts';
import { loadDemoData } from '../demo/index';
import { analytics, dayBefore, refreshNow } from './analytics-shop.test-support';
import { createDashboardService } from './dashboard/dashboard.service';

type Fitted = {
  ok: boolean;
  reason: string | null;
  params: Record<string, number>;
  standardErrors: Record<string, number>;
};

type Person = { id: string; role: string; team_id: string | null; name: string };

const personActor = (orgId: string, p: Person): Actor => ({
  type: 'user',
  orgId,
  userId: p.id,
  apiKeyId: null,
  teamId: p.team_id,
  role: p.role as Role,
  name: p.name,
  requestId: null,
  ip: null,
});

/** Every dashboard answer that precomputed figures feed, by name. */
const dashboardCharts = (kehu: Kehu) => {
  const dashboard = createDashboardService(kehu.deps);
  return Object.entries({
    kpis30: dashboard.kpis,
    kpis365: (a: Actor, q: DashboardQuery) => dashboard.kpis(a, { ...q, days: '365' }),
    trend: dashboard.trend,
    churn: dashboard.churn,
    breakdowns: dashboard.breakdowns,
    breakdowns90: (a: Actor, q: DashboardQuery) => dashboard.breakdowns(a, { ...q, days: '90' }),
    rfmGrid: dashboard.rfmGrid,
    clv: dashboard.clv,
    cohorts: dashboard.cohorts,
    atRisk: (a: Actor, q: DashboardQuery) => dashboard.atRisk(a, { ...q, limit: 200 }),
    winBack: (a: Actor, q: DashboardQuery) => dashboard.winBack(a, { ...q, limit: 200 }),
  });
};

/** An answer's numbers, without click-through filters and the average CLV of an earlier refresh. */
const figures = (answer: unknown) => {
  const f = JSON.parse(
    JSON.stringify(answer, (key, value) => (/filter$/i.test(key) ? undefined : value)),
  ) as {
    cards?: { key: string; previous: unknown; change: unknown }[];
  };
  // The average CLV of an earlier period comes from an earlier refresh, kept only for everyone.
  for (const card of f.cards ?? []) if (card.key === 'average_clv') card.previous = card.change = null;
  return f;
};

/**
 * Every person's own view of the dashboard (the owner, managers and sales), and the owner's
 * view filtered by each person and by each channel.
 */
const dashboardViews = async (kehu: Kehu, orgId: string, ownerId: string) => {
  const db = kehu.deps.db;
  const people = await db
    .selectFrom('users')
    .select(['id', 'role', 'team_id', 'name'])
    .where('org_id', '=', orgId)
    .execute();
  const channels = await db
    .selectFrom('customer_rollups')
    .select('preferred_channel')
    .distinct()
    .where('org_id', '=', orgId)
    .execute();
  expect(new Set(people.map((p) => p.role))).toEqual(new Set(['owner', 'manager', 'sales']));
  expect(channels.length).toBeGreaterThan(1);
  const boss = personActor(
    orgId,
    people.find((p) => p.id === ownerId)!,
  );
  const views: [Actor, Partial<DashboardQuery>][] = [
    ...people.map((p): [Actor, Partial<DashboardQuery>] => [personActor(orgId, p), {}]),
    ...people.map((p): [Actor, Partial<DashboardQuery>] => [boss, { owner: p.id }]),
    ...channels.flatMap((c): [Actor, Partial<DashboardQuery>][] =>
      c.preferred_channel ? [[boss, { channel: c.preferred_channel }]] : [],
    ),
  ];
  return views;
};

const CUSTOMERS = 5_000;

describe.each(databaseKinds)('analytics on demo data on %s', (kind) => {
  let kehu: Kehu;
  let owner: Session;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
    owner = await insertOrgWithOwner(kehu);
    await loadDemoData(kehu.deps.db, owner.me.org.id, { customers: CUSTOMERS, seed: 1 });
    await refreshNow(kehu, owner);
  }, 300_000);
  afterAll(async () => {
    await kehu?.stop();
  });

  /**
   * The demo shop draws purchases from BG/NBD and spend from Gamma-Gamma with known parameters
   * (src/shared/demo/purchase-process.ts). Refitted on 5,000 demo customers, every parameter
   * must come back within 3 standard errors of the truth plus 10% of it — the 10% allowing for
   * what the demo adds on the way (purchase times rounded to days, same-day purchases merged,
   * spend rounded to cents and floored at ¥1).
   */
  it('recovers the demo generator’s BG/NBD and Gamma-Gamma parameters', async () => {
    const { run } = await analytics<{ run: { bgnbd: Fitted; gammaGamma: Fitted; buyers: number } }>(
      kehu,
      owner,
      'model',
    );
    expect(run.buyers).toBeGreaterThan(CUSTOMERS * 0.8);
    const check = (fit: Fitted, truth: Record<string, number>, scale: Record<string, number> = {}) => {
      expect(fit.reason).toBeNull();
      for (const [name, value] of Object.entries(truth)) {
        const expected = value * (scale[name] ?? 1);
        const tolerance = 3 * fit.standardErrors[name]! + 0.1 * expected;
        expect(
          Math.abs(fit.params[name]! - expected),
          `${name} = ${fit.params[name]} (truth ${expected})`,
        ).toBeLessThanOrEqual(tolerance);
      }
    };
    check(run.bgnbd, DEMO_BGNBD);
    // The organisation's currency is CNY: spend is in fen (minor units), so γ is 100 × the yuan value.
    check(run.gammaGamma, DEMO_GAMMA_GAMMA, { gamma: 100 });
  });

  it('predicts holdout purchases close to what the demo customers then made', async () => {
    const fit = await analytics<{
      reason: string | null;
      rows: { customers: number; actual: number; predicted: number }[];
    }>(kehu, owner, 'fit-quality');
    expect(fit.reason).toBeNull();
    const total = (f: (r: { customers: number; actual: number; predicted: number }) => number) =>
      fit.rows.reduce((s, r) => s + r.customers * f(r), 0);
    const [actual, predicted] = [total((r) => r.actual), total((r) => r.predicted)];
    expect(Math.abs(predicted - actual) / actual).toBeLessThan(0.15);
  });

  /**
   * Viewers read the figures the refresh precomputed for everyone, or sums of its slices when
   * they see only some customers or filter by owner or channel; the same views with a segment of
   * everyone are computed on the fly. Both must give the same numbers, for every person's own
   * view (owner, managers, sales) and every owner and channel filter.
   */
  it('gives every person, owner and channel exactly the figures computed on the fly', async () => {
    const orgId = owner.me.org.id;
    // A second refresh two months on moves customers between stages, so transitions count too.
    await refreshNow(kehu, owner, dayBefore(-60));
    const { transitions } = await analytics<{ transitions: unknown[] }>(kehu, owner, 'breakdowns?days=90');
    expect(transitions.length).toBeGreaterThan(0);
    const everyone = await call(kehu, owner, 'POST', '/api/v1/segments', {
      name: 'Everyone',
      filter: { field: 'name', op: 'is_not_empty' },
    });
    const segmentId = everyone.json<{ id: string }>().id;
    const views = await dashboardViews(kehu, orgId, owner.me.user.id);
    const charts = dashboardCharts(kehu);
    for (const [actor, filters] of views)
      for (const [chart, answer] of charts) {
        const q = DashboardQuerySchema.parse({ months: 120, ...filters });
        const precomputed = await answer(actor, q);
        const live = await answer(actor, { ...q, segmentId });
        expect(figures(live), `${chart} for ${actor.role} ${actor.name} ${JSON.stringify(filters)}`).toEqual(
          figures(precomputed),
        );
      }
  });
  /**
   * The refresh precomputes every saved segment slice by slice, as it does the organisation.
   * Each view of a precomputed segment must equal the same view of an identical segment saved
   * after the refresh, which is computed on the fly; a segment edited since is computed on the
   * fly until the next refresh.
   */
  it('precomputes saved segments to exactly the figures computed on the fly', async () => {
    const orgId = owner.me.org.id;
    const db = kehu.deps.db;
    const save = async (name: string, filter: object) =>
      (await call(kehu, owner, 'POST', '/api/v1/segments', { name, filter })).json<{ id: string }>().id;
    const filters = {
      valuable: { field: 'rfm_segment', op: 'in', value: ['Champions', 'Loyal', 'At Risk'] },
      prospects: { field: 'lifecycle_stage_scored', op: 'eq', value: 'prospect' },
      nobody: { field: 'name', op: 'eq', value: 'Nobody at all' },
    };
    const saved: Record<string, string> = {};
    for (const [name, filter] of Object.entries(filters)) saved[name] = await save(name, filter);
    await refreshNow(kehu, owner, dayBefore(-60));
    const stored = await db
      .selectFrom('analytics_segments')
      .select('segment_id')
      .where('org_id', '=', orgId)
      .execute();
    expect(stored.map((r) => r.segment_id)).toEqual(expect.arrayContaining(Object.values(saved)));
    const twins: Record<string, string> = {};
    for (const [name, filter] of Object.entries(filters)) twins[name] = await save(`${name} (live)`, filter);
    const views = await dashboardViews(kehu, orgId, owner.me.user.id);
    const charts = dashboardCharts(kehu);
    const compare = async (segmentId: string, twinId: string, label: string) => {
      for (const [actor, filters] of views)
        for (const [chart, answer] of charts) {
          const q = DashboardQuerySchema.parse({ months: 120, ...filters });
          const precomputed = await answer(actor, { ...q, segmentId });
          const live = await answer(actor, { ...q, segmentId: twinId });
          expect(
            figures(precomputed),
            `${label}: ${chart} for ${actor.role} ${actor.name} ${JSON.stringify(filters)}`,
          ).toEqual(figures(live));
        }
    };
    for (const name of Object.keys(filters)) await compare(saved[name]!, twins[name]!, name);

    // The answers come from the stored figures: change them, and the answer changes.
    const customers = async (segmentId: string) => {
      const { cards } = await analytics<{ cards: { key: string; value: number }[] }>(
        kehu,
        owner,
        `kpis?days=30&segmentId=${segmentId}`,
      );
      return cards.find((c) => c.key === 'customers')!.value;
    };
    const { numUpdatedRows } = await db
      .updateTable('analytics_windows')
      .set((eb) => ({ customers: eb('customers', '+', 1000) }))
      .where('org_id', '=', orgId)
      .where('days', '=', 30)
      .where('previous', '=', false)
      .where('slice_no', 'in', (eb) =>
        eb
          .selectFrom('analytics_slices')
          .select('slice_no')
          .where('org_id', '=', orgId)
          .where('segment_id', '=', saved.valuable!),
      )
      .executeTakeFirstOrThrow();
    expect(Number(numUpdatedRows)).toBeGreaterThan(0);
    expect(await customers(saved.valuable!)).toBe(
      (await customers(twins.valuable!)) + 1000 * Number(numUpdatedRows),
    );

    // Edited since the refresh, the segment is computed on the fly by its new filter.
    const edit = await call(kehu, owner, 'PATCH', `/api/v1/segments/${saved.valuable}`, {
      filter: filters.prospects,
      version: 1,
    });
    expect(edit.statusCode).toBe(200);
    await compare(saved.valuable!, twins.prospects!, 'edited');
  });
});
