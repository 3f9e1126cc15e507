import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../kehu';
import { databaseKinds } from '../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../../../../test/factories/accounts';
import { analytics, buildShop, namesBehind, refreshNow, shop } from './analytics-shop.test-support';

type Card = { key: string; value: number | null; filter: unknown };

/** Every number of an answer, without the click-through filters (which name the dashboard's filters). */
const figures = (answer: unknown): unknown =>
  JSON.parse(JSON.stringify(answer, (key, value) => (/filter$/i.test(key) ? undefined : value)));

const charts = [
  'kpis?days=30',
  'kpis?days=365',
  'trend?months=120',
  'churn?months=120',
  'breakdowns',
  'rfm-grid',
  'clv',
  'cohorts?months=120',
  'at-risk',
  'win-back',
];

describe.each(databaseKinds)('analytics visibility on %s', (kind) => {
  let kehu: Kehu;
  let owner: Session;
  let sales: Session;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
    owner = await insertOrgWithOwner(kehu);
    sales = await insertMember(kehu, owner, 'sales');
    await buildShop(kehu, owner, shop, { Ann: sales.me.user.id, Bo: sales.me.user.id });
    await refreshNow(kehu, owner);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  it('shows a sales user only the numbers of their own customers', async () => {
    const { cards } = await analytics<{ cards: Card[] }>(kehu, sales, 'kpis?days=30');
    const value = (key: string) => cards.find((c) => c.key === key)!.value;
    expect([value('customers'), value('active'), value('revenue'), value('churn_rate')]).toEqual([
      2, 2, 25000, 0,
    ]);
    const grid = await analytics<{ cells: { r: number; f: number; customers: number }[] }>(
      kehu,
      sales,
      'rfm-grid',
    );
    expect(grid.cells.filter((c) => c.customers > 0).map((c) => [c.r, c.f])).toEqual([
      [4, 5],
      [5, 1],
    ]);
    const stages = await analytics<{ stages: { key: string; customers: number }[] }>(
      kehu,
      sales,
      'breakdowns',
    );
    expect(stages.stages.filter((s) => s.customers > 0).map((s) => s.key)).toEqual(['new', 'active']);
    expect((await analytics<{ data: unknown[] }>(kehu, sales, 'win-back')).data).toEqual([]);
    const { cohorts } = await analytics<{ cohorts: { size: number }[] }>(kehu, sales, 'cohorts?months=120');
    expect(cohorts.reduce((n, c) => n + c.size, 0)).toBe(2);
    const trend = await analytics<{ months: { revenueCents: number }[] }>(kehu, sales, 'trend?months=120');
    expect(trend.months.reduce((n, m) => n + m.revenueCents, 0)).toBe(45000);
  });

  it('gives an owner filter the same numbers, with filters that name the owner', async () => {
    for (const chart of charts) {
      const mine = await analytics(kehu, sales, chart);
      const filtered = await analytics(
        kehu,
        owner,
        `${chart}${chart.includes('?') ? '&' : '?'}owner=${sales.me.user.id}`,
      );
      expect(figures(filtered), chart).toEqual(figures(mine));
    }
    const { cards } = await analytics<{ cards: Card[] }>(kehu, owner, `kpis?owner=${sales.me.user.id}`);
    expect(await namesBehind(kehu, owner, cards.find((c) => c.key === 'customers')!.filter)).toEqual([
      'Ann',
      'Bo',
    ]);
  });

  it('computes on the fly exactly what the refresh precomputed for everyone', async () => {
    const everyone = await call(kehu, owner, 'POST', '/api/v1/segments', {
      name: 'Everyone',
      filter: { field: 'name', op: 'is_not_empty' },
    });
    const segmentId = everyone.json<{ id: string }>().id;
    for (const chart of charts) {
      const precomputed = await analytics(kehu, owner, chart);
      const live = await analytics(
        kehu,
        owner,
        `${chart}${chart.includes('?') ? '&' : '?'}segmentId=${segmentId}`,
      );
      const withoutClvHistory = (a: unknown) => {
        const f = figures(a) as { cards?: { key: string; previous: unknown; change: unknown }[] };
        // The average CLV of an earlier period comes from an earlier refresh, kept only for everyone.
        for (const card of f.cards ?? []) if (card.key === 'average_clv') card.previous = card.change = null;
        return f;
      };
      expect(withoutClvHistory(live), chart).toEqual(withoutClvHistory(precomputed));
    }
  });

  it('refuses an unknown segment with 404 and a malformed owner with 400', async () => {
    const missing = await call(
      kehu,
      owner,
      'GET',
      '/api/v1/analytics/kpis?segmentId=00000000-0000-7000-8000-000000000000',
    );
    expect(missing.statusCode).toBe(404);
    const bad = await call(kehu, owner, 'GET', '/api/v1/analytics/kpis?owner=someone');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].path).toBe('querystring.owner');
  });
  it('queues one refresh when a scored organisation saves a segment, none for one never scored', async () => {
    const queued = async (orgId: string) =>
      (
        await kehu.deps.db
          .selectFrom('jobs')
          .select('id')
          .where('type', '=', 'analytics.refresh')
          .where('org_id', '=', orgId)
          .where('status', '=', 'queued')
          .execute()
      ).length;
    await kehu.runner.drain();
    const save = (session: Session, name: string) =>
      call(kehu, session, 'POST', '/api/v1/segments', {
        name,
        filter: { field: 'city', op: 'eq', value: '上海市' },
      });
    expect((await save(owner, 'Shanghai')).statusCode).toBe(200);
    expect((await save(owner, 'Shanghai again')).statusCode).toBe(200);
    expect(await queued(owner.me.org.id)).toBe(1);
    const newcomer = await insertOrgWithOwner(kehu);
    expect((await save(newcomer, 'Shanghai')).statusCode).toBe(200);
    expect(await queued(newcomer.me.org.id)).toBe(0);
  });
});
