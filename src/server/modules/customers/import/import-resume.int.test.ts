import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../../test/support/test-kehu';
import { insertOrgWithOwner } from '../../../../../test/factories/accounts';
import { csvOf, upload } from '../../../../../test/factories/imports';
import { runCustomerImport } from './import-runner';

const ROWS = 2_500;
const mapping = { 编号: 'externalId', 姓名: 'name', 手机: 'phones' };
/** Row 1,000 is bad: a real run without good-rows-only must load nothing at all. */
const file = (badAt?: number) =>
  csvOf([
    ['编号', '姓名', '手机'],
    ...Array.from({ length: ROWS }, (_, i) => [
      `R${i}`,
      i === badAt ? '=1+1' : `客户${i}`,
      `1370000${String(i).padStart(4, '0')}`,
    ]),
  ]);

describe.each(databaseKinds)('resuming customer imports on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  const counts = async (orgId: string) => {
    const { rows } = await sql<{ total: number; distinct_ids: number }>`
      SELECT count(*)::int AS total, count(DISTINCT external_id)::int AS distinct_ids
      FROM customers WHERE org_id = ${orgId} AND kind = 'person'`.execute(kehu.deps.db);
    return rows[0]!;
  };
  const importRow = (orgId: string, id: string) =>
    kehu.deps.db
      .selectFrom('imports')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  const started = async (owner: Session, body: object, csv = file()) => {
    const uploaded = await upload(kehu, owner, 'many.csv', csv);
    const res = await call(kehu, owner, 'POST', `/api/v1/imports/${uploaded.import.id}/start`, {
      mapping,
      ...body,
    });
    expect(res.statusCode).toBe(200);
    return uploaded.import.id;
  };

  /** Runs until `stopAfter` batches have committed, then stops as a shutting-down worker would. */
  const runPart = (orgId: string, id: string, stopAfter: number) => {
    const controller = new AbortController();
    let batches = 0;
    return runCustomerImport(kehu.deps, orgId, id, {
      batchRows: 500,
      signal: controller.signal,
      onProgress: () => {
        if (++batches >= stopAfter) controller.abort();
      },
    });
  };

  it('continues from processed_rows after a stop, loading every row exactly once', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const orgId = owner.me.org.id;
    const id = await started(owner, { loadGoodRowsOnly: true });
    const stopped = await runPart(orgId, id, 2);
    expect(stopped).toMatchObject({ status: 'loading', processed_rows: 1000, locked_by: null });
    expect(await counts(orgId)).toEqual({ total: 1000, distinct_ids: 1000 });

    await kehu.runner.drain();
    expect(await importRow(orgId, id)).toMatchObject({
      status: 'done',
      processed_rows: ROWS,
      created_count: ROWS,
      total_rows: ROWS,
    });
    expect(await counts(orgId)).toEqual({ total: ROWS, distinct_ids: ROWS });
    // The job may run again after a crash: a finished import stays as it is.
    await runCustomerImport(kehu.deps, orgId, id);
    expect(await counts(orgId)).toEqual({ total: ROWS, distinct_ids: ROWS });
    const chunks = await kehu.deps.db
      .selectFrom('import_chunks')
      .select('seq')
      .where('import_id', '=', id)
      .execute();
    expect(chunks).toEqual([]);
  });

  it('takes over from a runner that died holding the import once its lease has expired', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const orgId = owner.me.org.id;
    const id = await started(owner, { loadGoodRowsOnly: true });
    await runPart(orgId, id, 1);
    await kehu.deps.db
      .updateTable('imports')
      .set({ locked_by: 'a-dead-worker', locked_until: sql`now() - interval '1 second'` })
      .where('id', '=', id)
      .execute();
    const done = await runCustomerImport(kehu.deps, orgId, id);
    expect(done).toMatchObject({ status: 'done', created_count: ROWS });
    expect(await counts(orgId)).toEqual({ total: ROWS, distinct_ids: ROWS });
  });

  it('lets only one of two runners load while both run at once', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const orgId = owner.me.org.id;
    const id = await started(owner, { loadGoodRowsOnly: true });
    const [a, b] = await Promise.all([
      runCustomerImport(kehu.deps, orgId, id, { batchRows: 300 }),
      runCustomerImport(kehu.deps, orgId, id, { batchRows: 300 }),
    ]);
    expect(a.status).toBe('done');
    expect(b.status).toBe('done');
    expect(await importRow(orgId, id)).toMatchObject({ created_count: ROWS, processed_rows: ROWS });
    expect(await counts(orgId)).toEqual({ total: ROWS, distinct_ids: ROWS });
  });

  it('resumes a check, then loads nothing when a row is bad, or everything when none is', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const orgId = owner.me.org.id;
    const bad = await started(owner, {}, file(1000));
    expect(await runPart(orgId, bad, 1)).toMatchObject({ status: 'validating', processed_rows: 500 });
    await kehu.runner.drain();
    expect(await importRow(orgId, bad)).toMatchObject({ status: 'failed_validation', error_count: 1 });
    expect(await counts(orgId)).toEqual({ total: 0, distinct_ids: 0 });

    const good = await started(owner, {});
    expect(await runPart(orgId, good, 6)).toMatchObject({ status: 'loading', processed_rows: 500 });
    expect(await counts(orgId)).toEqual({ total: 500, distinct_ids: 500 });
    await kehu.runner.drain();
    expect(await importRow(orgId, good)).toMatchObject({
      status: 'done',
      created_count: ROWS,
      error_count: 0,
    });
    expect(await counts(orgId)).toEqual({ total: ROWS, distinct_ids: ROWS });
  });

  it('stops loading when cancelled, keeping the rows already loaded', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const orgId = owner.me.org.id;
    const id = await started(owner, { loadGoodRowsOnly: true });
    await runPart(orgId, id, 1);
    const cancelled = await call(kehu, owner, 'POST', `/api/v1/imports/${id}/cancel`);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', processedRows: 500 });
    await kehu.runner.drain();
    expect(await importRow(orgId, id)).toMatchObject({ status: 'cancelled', processed_rows: 500 });
    expect(await counts(orgId)).toEqual({ total: 500, distinct_ids: 500 });
  });
});
