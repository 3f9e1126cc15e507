import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { newId } from '../../../platform/ids';
import { databaseKinds } from '../../../../../test/support/test-database';
import { startTestKehu, type Session } from '../../../../../test/support/test-kehu';
import { insertOrgWithOwner } from '../../../../../test/factories/accounts';
import { analytics } from '../analytics-shop.test-support';
import { startRun } from '../refresh/model-runs.queries';

const notFitted = (reason: string) => ({
  ok: false,
  reason,
  params: null,
  standardErrors: null,
  logLik: null,
  customers: null,
});

describe.each(databaseKinds)('model report on %s', (kind) => {
  let kehu: Kehu;
  let owner: Session;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
    owner = await insertOrgWithOwner(kehu);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  it('says why nothing is fitted before the first refresh, with a note to translate', async () => {
    expect(await analytics(kehu, owner, 'fit-quality')).toMatchObject({
      reason: 'no refresh has run yet',
      note: { code: 'no_refresh', params: {} },
    });
  });

  it('serves a run recorded before notes existed with its English only', async () => {
    const orgId = owner.me.org.id;
    const id = newId();
    await startRun(kehu.deps.db, { orgId, id, jobId: null, asOf: '2025-06-30', settings: {} });
    const gammaGamma = { ...notFitted('cannot fit the Gamma-Gamma model: old words'), independence: null };
    await kehu.deps.db
      .updateTable('analytics_model_runs')
      .set({
        status: 'succeeded',
        finished_at: sql`now()`,
        bgnbd: JSON.stringify(notFitted('cannot fit the BG/NBD model: old words')),
        gamma_gamma: JSON.stringify(gammaGamma),
        fit_quality: JSON.stringify({
          calibrationEnd: '2025-01-01',
          holdoutDays: 180,
          rows: [],
          reason: 'old',
        }),
        warnings: JSON.stringify(['an old warning']),
      })
      .where('id', '=', id)
      .execute();
    const { run } = await analytics<{ run: Record<string, unknown> }>(kehu, owner, 'model');
    expect(run.bgnbd).toEqual({ ...notFitted('cannot fit the BG/NBD model: old words'), note: null });
    expect(run.gammaGamma).toMatchObject({
      reason: 'cannot fit the Gamma-Gamma model: old words',
      note: null,
    });
    expect(run.warnings).toEqual([{ message: 'an old warning', note: null }]);
    expect(await analytics(kehu, owner, 'fit-quality')).toMatchObject({ reason: 'old', note: null });
  });
});
