import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDay } from '../../../shared/analytics/day-number';
import { buildCohorts } from '../../../shared/analytics/cohorts';
import { addPurchase, type PurchaseHistory } from '../../../shared/analytics/transactions';
import type { Customer } from '../../../shared/contracts/customers';
import type { Kehu } from '../../kehu';
import { databaseKinds } from '../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../test/support/test-kehu';
import { insertOrgWithOwner } from '../../../../test/factories/accounts';
import {
  analytics,
  buildShop,
  dayBefore,
  namesBehind,
  refreshNow,
  shop,
  today,
} from './analytics-shop.test-support';

type Card = {
  key: string;
  value: number | null;
  previous: number | null;
  change: number | null;
  filter: unknown;
};
type Cell = { key: string; customers: number; revenueCents: number; filter: unknown };
type PeriodRow = {
  period: string;
  revenueCents: number;
  newCustomers: number;
  churned: number;
  active: number;
};

describe.each(databaseKinds)('customer analytics on %s', (kind) => {
  let kehu: Kehu;
  let owner: Session;
  let ids: Record<string, string>;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
    owner = await insertOrgWithOwner(kehu);
    ids = await buildShop(kehu, owner, shop);
    await refreshNow(kehu, owner);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  const scoresOf = async (name: string) =>
    (await call(kehu, owner, 'GET', `/api/v1/customers/${ids[name]}`)).json<Customer>().scores;

  it('scores RFM, segment, tier and lifecycle stage as worked by hand', async () => {
    // R (recency 6, 1, 192, 106, 30 days) → Ann 4, Bo 5, Chen 1, Dai 2, Eve 3; F (purchase days
    // 4, 1, 2, 2, 2 — Dai's two orders on one day are one purchase, ties by id) → 5, 1, 2, 3, 4;
    // M (400, 50, 160, 110, 300 yuan; the cancelled order counts for nothing) → 5, 1, 3, 2, 4.
    const expected = {
      Ann: ['455', 'Champions', 'high', 'active', 40000, 4],
      Bo: ['511', 'New', 'low', 'new', 5000, 1],
      Chen: ['123', 'At Risk', 'low', 'churned', 16000, 2],
      Dai: ['232', 'Need Attention', 'low', 'at_risk', 11000, 2],
      Eve: ['344', 'Loyal', 'medium', 'won_back', 30000, 2],
    };
    for (const [name, [code, segment, tier, stage, cents, days]] of Object.entries(expected)) {
      const s = await scoresOf(name);
      expect(s, name).toMatchObject({
        rfm: { code, segment },
        valueTier: tier,
        lifecycleStage: stage,
        historicalClvCents: cents,
        purchaseDays: days,
        // Four repeat buyers are too few for BG/NBD: no P(alive) or predicted CLV, not made-up numbers.
        pAlive: null,
        predictedClvCents: null,
        valueAtRiskCents: null,
      });
    }
    expect(await scoresOf('Ann')).toMatchObject({
      firstPurchaseOn: dayBefore(120),
      lastPurchaseOn: dayBefore(6),
    });
    expect(await scoresOf('Fang')).toMatchObject({ rfm: null, lifecycleStage: 'prospect', purchaseDays: 0 });
  });

  it('sorts and pages the customer table by scores', async () => {
    const page = async (sort: string, cursor?: string) =>
      (
        await call(
          kehu,
          owner,
          'GET',
          `/api/v1/customers?limit=4&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).json<{ data: { name: string }[]; nextCursor: string | null }>();
    const first = await page('-historical_clv');
    expect(first.data.map((c) => c.name)).toEqual(['Ann', 'Eve', 'Chen', 'Dai']);
    expect((await page('-historical_clv', first.nextCursor!)).data.map((c) => c.name)).toEqual([
      'Bo',
      'Fang',
    ]);
    const byDay = await page('last_purchase_on');
    expect(byDay.data.map((c) => c.name)).toEqual(['Chen', 'Dai', 'Eve', 'Ann']);
  });

  it('says plainly why the models cannot be fitted on so few customers', async () => {
    const { run } = await analytics<{ run: { bgnbd: unknown; gammaGamma: { reason: string } } }>(
      kehu,
      owner,
      'model',
    );
    expect(run).toMatchObject({
      status: 'succeeded',
      asOf: today(),
      customers: 6,
      buyers: 5,
      repeatCustomers: 4,
    });
    expect(run.bgnbd).toEqual({
      ok: false,
      reason: 'cannot fit the BG/NBD model: only 4 customers bought more than once (it needs at least 10)',
      note: { code: 'too_few_repeat_customers', params: { model: 'BG/NBD', customers: 4, needed: 10 } },
      params: null,
      standardErrors: null,
      logLik: null,
      customers: null,
    });
    expect(run.gammaGamma.reason).toMatch(/^cannot fit the Gamma-Gamma model: only 4 repeat customers/);
    const fit = await analytics<{ reason: string; note: unknown; rows: unknown[] }>(
      kehu,
      owner,
      'fit-quality',
    );
    expect(fit.reason).toMatch(/cannot fit the BG\/NBD model/);
    expect(fit.note).toMatchObject({
      code: 'calibration_fit_failed',
      cause: { code: 'too_few_repeat_customers' },
    });
    expect(fit.rows).toEqual([]);
    const clv = await analytics<{ reason: string; buckets: unknown[] }>(kehu, owner, 'clv');
    expect(clv.reason).toMatch(/could not be fitted/);
    expect(clv.buckets).toEqual([]);
  });

  it('shows the KPI cards of the last 30 days against the 30 before, each opening its customers', async () => {
    const kpis = await analytics<{ cards: Card[]; from: string }>(kehu, owner, 'kpis?days=30');
    expect(kpis.from).toBe(dayBefore(29));
    const card = (key: string) => kpis.cards.find((c) => c.key === key)!;
    // Now: Ann and Bo bought (Eve's purchase 30 days ago is in the window before).
    expect(card('customers')).toMatchObject({ value: 6, previous: 0, change: null });
    expect(card('active')).toMatchObject({ value: 2, previous: 2, change: 0 });
    expect(card('new')).toMatchObject({ value: 1, previous: 0 });
    expect(card('revenue')).toMatchObject({ value: 25000, previous: 20000, change: 0.25 });
    expect(card('repeat_rate')).toMatchObject({ value: 0.5, previous: 1, change: -0.5 });
    // Chen's last purchase, 192 days ago, turned 180 days old in the window; all five could churn.
    expect(card('churn_rate')).toMatchObject({ value: 0.2, previous: 0 });
    expect(card('average_clv')).toMatchObject({ value: null });
    expect(await namesBehind(kehu, owner, card('active').filter)).toEqual(['Ann', 'Bo']);
    expect(await namesBehind(kehu, owner, card('new').filter)).toEqual(['Bo']);
    expect(await namesBehind(kehu, owner, card('repeat_rate').filter)).toEqual(['Ann']);
    expect(await namesBehind(kehu, owner, card('churn_rate').filter)).toEqual(['Chen']);
    expect(await namesBehind(kehu, owner, card('customers').filter)).toHaveLength(6);
  });

  it('fills the RFM grid, segments, tiers and stages, and a grid cell opens exactly its customers', async () => {
    const grid = await analytics<{ cells: (Cell & { r: number; f: number })[] }>(kehu, owner, 'rfm-grid');
    expect(grid.cells).toHaveLength(25);
    const filled = grid.cells
      .filter((c) => c.customers > 0)
      .map((c) => [c.r, c.f, c.customers, c.revenueCents]);
    expect(filled.sort()).toEqual(
      [
        [1, 2, 1, 16000],
        [2, 3, 1, 11000],
        [3, 4, 1, 30000],
        [4, 5, 1, 40000],
        [5, 1, 1, 5000],
      ].sort(),
    );
    for (const [r, f, name] of [
      [1, 2, 'Chen'],
      [4, 5, 'Ann'],
      [3, 3, null],
    ] as const) {
      const cell = grid.cells.find((c) => c.r === r && c.f === f)!;
      expect(await namesBehind(kehu, owner, cell.filter)).toEqual(name ? [name] : []);
    }
    const b = await analytics<{ segments: Cell[]; tiers: Cell[]; stages: Cell[] }>(kehu, owner, 'breakdowns');
    const counts = (cells: Cell[]) =>
      Object.fromEntries(cells.filter((c) => c.customers).map((c) => [c.key, c.customers]));
    expect(counts(b.segments)).toEqual({ Champions: 1, New: 1, 'At Risk': 1, 'Need Attention': 1, Loyal: 1 });
    expect(counts(b.tiers)).toEqual({ high: 1, medium: 1, low: 3 });
    expect(counts(b.stages)).toEqual({ prospect: 1, new: 1, active: 1, at_risk: 1, churned: 1, won_back: 1 });
    expect(b.tiers.find((c) => c.key === 'low')!.revenueCents).toBe(5000 + 16000 + 11000);
    expect(await namesBehind(kehu, owner, b.tiers.find((c) => c.key === 'low')!.filter)).toEqual([
      'Bo',
      'Chen',
      'Dai',
    ]);
    expect(await namesBehind(kehu, owner, b.stages.find((c) => c.key === 'won_back')!.filter)).toEqual([
      'Eve',
    ]);
  });

  it('counts revenue, new customers and churn per month and quarter', async () => {
    const trend = await analytics<{ months: PeriodRow[] }>(kehu, owner, 'trend?months=120');
    expect(trend.months[0]!.period).toBe(dayBefore(800).slice(0, 7));
    expect(trend.months.at(-1)!.period).toBe(today().slice(0, 7));
    const sum = (rows: PeriodRow[], f: (r: PeriodRow) => number) => rows.reduce((s, r) => s + f(r), 0);
    expect(sum(trend.months, (r) => r.revenueCents)).toBe(102000);
    expect(sum(trend.months, (r) => r.newCustomers)).toBe(5);
    const thisMonth = today().slice(0, 7);
    const boughtThisMonth = Object.entries(shop).filter(([, ps]) =>
      ps.some((p) => !p.status && dayBefore(p.daysAgo).startsWith(thisMonth)),
    );
    expect(trend.months.at(-1)!.active).toBe(boughtThisMonth.length);
    const churn = await analytics<{ months: PeriodRow[]; quarters: PeriodRow[] }>(
      kehu,
      owner,
      'churn?months=120',
    );
    // Eve went 180 days without buying 620 days ago, Chen 12 days ago; nobody else did.
    const churned = (rows: PeriodRow[]) =>
      rows.filter((r) => r.churned > 0).map((r) => [r.period, r.churned]);
    expect(churned(churn.months)).toEqual([
      [dayBefore(620).slice(0, 7), 1],
      [dayBefore(12).slice(0, 7), 1],
    ]);
    expect(sum(churn.quarters, (r) => r.churned)).toBe(2);
    const chenMonth = churn.months.find((r) => r.period === dayBefore(12).slice(0, 7)) as PeriodRow & {
      churnedFilter: unknown;
    };
    expect(await namesBehind(kehu, owner, chenMonth.churnedFilter)).toEqual(['Chen']);
  });

  it('builds the cohort heat map the shared cohort maths builds from the same purchases', async () => {
    const history: PurchaseHistory = new Map();
    for (const [name, purchases] of Object.entries(shop))
      for (const p of purchases)
        if (!p.status) addPurchase(history, name, parseDay(dayBefore(p.daysAgo))!, p.cents);
    const expected = buildCohorts(history, 'month');
    const { cohorts } = await analytics<{
      cohorts: {
        cohort: string;
        size: number;
        repeatRate: number;
        cells: { active: number; revenueCents: number; filter: unknown }[];
      }[];
    }>(kehu, owner, 'cohorts?months=120');
    expect(cohorts.map((c) => [c.cohort, c.size, c.repeatRate])).toEqual(
      expected.map((c) => [c.cohort, c.size, c.repeatRate]),
    );
    for (const [i, c] of expected.entries()) {
      const cells = cohorts[i]!.cells.slice(0, c.active.length);
      expect(cells.map((x) => x.active)).toEqual(c.active);
      expect(cells.map((x) => x.revenueCents)).toEqual(c.revenue);
    }
    const eve = cohorts.find((c) => c.cohort === dayBefore(800).slice(0, 7))!;
    const back = eve.cells.find((x) => x.active > 0 && x !== eve.cells[0])!;
    expect(await namesBehind(kehu, owner, back.filter)).toEqual(['Eve']);
  });

  it('lists churned customers worth winning back, and none at risk without a fitted model', async () => {
    const winBack = await analytics<{ data: { name: string }[]; filter: unknown }>(kehu, owner, 'win-back');
    expect(winBack.data.map((c) => c.name)).toEqual(['Chen']);
    expect(await namesBehind(kehu, owner, winBack.filter)).toEqual(['Chen']);
    const atRisk = await analytics<{ data: unknown[] }>(kehu, owner, 'at-risk');
    expect(atRisk.data).toEqual([]);
  });

  it('starts a refresh on demand, once while one is waiting, and reports its progress', async () => {
    const first = await call(kehu, owner, 'POST', '/api/v1/analytics/refresh');
    expect(first.statusCode, first.body).toBe(200);
    const second = await call(kehu, owner, 'POST', '/api/v1/analytics/refresh');
    expect(second.json().jobId).toBe(first.json().jobId);
    await kehu.runner.drain();
    const jobs = (await call(kehu, owner, 'GET', '/api/v1/jobs?limit=200')).json<{
      data: { id: string }[];
    }>();
    expect(jobs.data.find((j) => j.id === first.json().jobId)).toMatchObject({
      status: 'succeeded',
      progress: { done: 100, total: 100, message: 'done' },
    });
  });
});
