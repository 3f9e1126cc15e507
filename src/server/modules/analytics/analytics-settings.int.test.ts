import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAnalyticsSettings } from '../../../shared/contracts/analytics';
import type { Customer } from '../../../shared/contracts/customers';
import type { Kehu } from '../../kehu';
import { databaseKinds } from '../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../../../../test/factories/accounts';
import { analytics, buildShop, refreshNow, shop } from './analytics-shop.test-support';

const withChanges = (changes: (s: typeof defaultAnalyticsSettings) => void, version = 1) => {
  const settings = structuredClone(defaultAnalyticsSettings);
  changes(settings);
  return { ...settings, version };
};

describe.each(databaseKinds)('analytics settings on %s', (kind) => {
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

  const put = (session: Session, body: object) =>
    call(kehu, session, 'PUT', '/api/v1/analytics/settings', body);
  const issuePaths = (res: { json: () => { error: { details?: { issues: { path: string }[] } } } }) =>
    res.json().error.details?.issues.map((i) => i.path);

  it('starts from the defaults', async () => {
    expect(await analytics(kehu, owner, 'settings')).toEqual({
      settings: defaultAnalyticsSettings,
      version: 1,
      updatedAt: null,
    });
  });

  it('refuses bad settings with a 400 naming the field, and changes nothing', async () => {
    const cases: [object, string][] = [
      [withChanges((s) => (s.lifecycle.atRiskDays = 200)), 'body.lifecycle.atRiskDays'],
      [withChanges((s) => (s.churn.pAliveBelow = 0.9)), 'body.churn.pAliveBelow'],
      [withChanges((s) => (s.churn.inactiveDays = 0)), 'body.churn.inactiveDays'],
      [withChanges((s) => (s.clv.annualDiscountRate = -0.1)), 'body.clv.annualDiscountRate'],
      [withChanges((s) => (s.rfm.tiers.mediumMin = 13)), 'body.rfm.tiers.mediumMin'],
      [withChanges((s) => (s.rfm.segments = s.rfm.segments.slice(0, -1))), 'body.rfm.segments'],
    ];
    for (const [body, path] of cases) {
      const res = await put(owner, body);
      expect(res.statusCode, path).toBe(400);
      expect(issuePaths(res), path).toContain(path);
    }
    expect((await analytics<{ version: number }>(kehu, owner, 'settings')).version).toBe(1);
  });

  it('lets only people who manage the organisation change them', async () => {
    const manager = await insertMember(kehu, owner, 'manager');
    const res = await put(
      manager,
      withChanges(() => undefined),
    );
    expect(res.statusCode).toBe(403);
  });

  it('applies saved settings at the next refresh and records the stage changes they cause', async () => {
    const saved = await put(
      owner,
      withChanges((s) => ((s.churn.inactiveDays = 100), (s.lifecycle.atRiskDays = 60))),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, settings: { churn: { inactiveDays: 100 } } });
    const stale = await put(
      owner,
      withChanges(() => undefined, 1),
    );
    expect(stale.statusCode).toBe(409);

    await refreshNow(kehu, owner);
    // Dai last bought 106 days ago: at risk under 180 churn days, churned under 100.
    const dai = (await call(kehu, owner, 'GET', `/api/v1/customers/${ids.Dai}`)).json<Customer>().scores!;
    expect(dai.lifecycleStage).toBe('churned');
    expect(Date.parse(dai.lifecycleStageSince)).toBe(Date.parse(dai.scoredAt));
    const ann = (await call(kehu, owner, 'GET', `/api/v1/customers/${ids.Ann}`)).json<Customer>().scores!;
    expect(Date.parse(ann.lifecycleStageSince)).toBeLessThan(Date.parse(ann.scoredAt));
    const { transitions } = await analytics<{ transitions: unknown[] }>(kehu, owner, 'breakdowns');
    expect(transitions).toEqual([{ from: 'at_risk', to: 'churned', customers: 1 }]);
    const churn = await analytics<{ inactiveDays: number }>(kehu, owner, 'churn');
    expect(churn.inactiveDays).toBe(100);
  });
});
