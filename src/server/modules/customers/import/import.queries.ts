import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { ImportProblemCode, ImportProblemParams } from '../../../../shared/contracts/import-problems';
import type { DB, ImportsTable, ImportTemplatesTable } from '../../../db/schema';

export type ImportRow = Selectable<ImportsTable>;
export type TemplateRow = Selectable<ImportTemplatesTable>;
export type ProblemInsert = {
  line: number;
  seq: number;
  column: string | null;
  reason: string;
  value: string | null;
  code: ImportProblemCode;
  params: ImportProblemParams;
};

/** How long a runner holds an import without committing a batch before another may take over. */
export const LEASE_SECONDS = 60;

export const insertImport = (db: Kysely<DB>, row: Insertable<ImportsTable>) =>
  db.insertInto('imports').values(row).execute();

export const findImportRow = (db: Kysely<DB>, orgId: string, id: string) =>
  db
    .selectFrom('imports')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('entity', '=', 'customers')
    .executeTakeFirst();

export const listImportRows = (db: Kysely<DB>, orgId: string, limit: number) =>
  db
    .selectFrom('imports')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('entity', '=', 'customers')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

export const deleteImportRow = (db: Kysely<DB>, orgId: string, id: string) =>
  db.deleteFrom('imports').where('org_id', '=', orgId).where('id', '=', id).execute();

export const deleteChunks = (db: Kysely<DB>, orgId: string, id: string) =>
  db.deleteFrom('import_chunks').where('org_id', '=', orgId).where('import_id', '=', id).execute();

export const deleteProblems = (db: Kysely<DB>, orgId: string, id: string) =>
  db.deleteFrom('import_problems').where('org_id', '=', orgId).where('import_id', '=', id).execute();

/**
 * Takes the import for `runner` unless another runner holds an unexpired lease. Returns the
 * row when held, undefined otherwise.
 */
export const acquireLease = (db: Kysely<DB>, orgId: string, id: string, runner: string) =>
  db
    .updateTable('imports')
    .set({
      locked_by: runner,
      locked_until: sql`now() + make_interval(secs => ${LEASE_SECONDS})`,
    })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb('locked_by', 'is', null),
        eb('locked_until', '<', sql<Date>`now()`),
        eb('locked_by', '=', runner),
      ]),
    )
    .returningAll()
    .executeTakeFirst();

export const releaseLease = (db: Kysely<DB>, orgId: string, id: string, runner: string) =>
  db
    .updateTable('imports')
    .set({ locked_by: null, locked_until: null })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('locked_by', '=', runner)
    .execute();

export type Counts = { created: number; updated: number; skipped: number; errors: number };

/**
 * Records a committed batch, but only if `runner` still holds the import at `fromRow` in
 * `status`: run inside the batch's transaction, a false answer means roll the batch back
 * (another runner took over, or the import was cancelled).
 */
export const advanceImport = async (
  db: Kysely<DB>,
  orgId: string,
  id: string,
  at: { runner: string; status: string; fromRow: number; toRow: number },
  counts: Counts,
): Promise<boolean> => {
  const done = await db
    .updateTable('imports')
    .set({
      processed_rows: at.toRow,
      created_count: sql`created_count + ${counts.created}`,
      updated_count: sql`updated_count + ${counts.updated}`,
      skipped_count: sql`skipped_count + ${counts.skipped}`,
      error_count: sql`error_count + ${counts.errors}`,
      total_rows: sql`greatest(total_rows, ${at.toRow})`,
      locked_until: sql`now() + make_interval(secs => ${LEASE_SECONDS})`,
      updated_at: sql`now()`,
    })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('locked_by', '=', at.runner)
    .where('status', '=', at.status)
    .where('processed_rows', '=', at.fromRow)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
};

/** Moves a held import from one status to the next (a pass ended); false when no longer held. */
export const moveImport = async (
  db: Kysely<DB>,
  orgId: string,
  id: string,
  at: { runner: string; status: string },
  set: Partial<{
    status: string;
    processed_rows: number;
    total_rows: number;
    created_count: number;
    updated_count: number;
    skipped_count: number;
    error: string | null;
    finished: boolean;
  }>,
): Promise<boolean> => {
  const { finished, ...columns } = set;
  const done = await db
    .updateTable('imports')
    .set({
      ...columns,
      ...(finished ? { finished_at: sql`now()`, locked_by: null, locked_until: null } : {}),
      updated_at: sql`now()`,
    })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('locked_by', '=', at.runner)
    .where('status', '=', at.status)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
};

export const insertProblems = async (
  db: Kysely<DB>,
  orgId: string,
  importId: string,
  rows: ProblemInsert[],
) => {
  if (rows.length === 0) return;
  await sql`
    INSERT INTO import_problems (org_id, import_id, line, seq, column_name, reason, value, code, params)
    SELECT ${orgId}, ${importId}, p.line, p.seq, p.column_name, p.reason, p.value, p.code, p.params::jsonb
    FROM unnest(
      ${rows.map((r) => r.line)}::int[], ${rows.map((r) => r.seq)}::int[],
      ${rows.map((r) => r.column)}::text[], ${rows.map((r) => r.reason)}::text[],
      ${rows.map((r) => r.value)}::text[], ${rows.map((r) => r.code)}::text[],
      ${rows.map((r) => JSON.stringify(r.params))}::text[]
    ) AS p(line, seq, column_name, reason, value, code, params)`.execute(db);
};

export const listProblemRows = (
  db: Kysely<DB>,
  orgId: string,
  importId: string,
  after: [number, number] | undefined,
  limit: number,
) => {
  let q = db
    .selectFrom('import_problems')
    .select(['line', 'seq', 'column_name', 'reason', 'value', 'code', 'params'])
    .where('org_id', '=', orgId)
    .where('import_id', '=', importId);
  if (after) q = q.where(sql<boolean>`(line, seq) > (${after[0]}, ${after[1]})`);
  return q.orderBy('line').orderBy('seq').limit(limit).execute();
};

/** The language a user chose for Kehu, or null when they never chose one. */
export const findUserLanguage = async (db: Kysely<DB>, orgId: string, userId: string) =>
  (
    await db
      .selectFrom('users')
      .select('language')
      .where('org_id', '=', orgId)
      .where('id', '=', userId)
      .executeTakeFirst()
  )?.language ?? null;

export const listTemplateRows = (db: Kysely<DB>, orgId: string) =>
  db
    .selectFrom('import_templates')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('entity', '=', 'customers')
    .orderBy('name')
    .execute();

/** Saves a template, replacing the mapping of one with the same name (names are unique per organisation). */
export const upsertTemplate = async (
  db: Kysely<DB>,
  row: Insertable<ImportTemplatesTable>,
): Promise<TemplateRow> => {
  const existing = await db
    .selectFrom('import_templates')
    .select('id')
    .where('org_id', '=', row.org_id)
    .where('entity', '=', row.entity)
    .where(sql<boolean>`lower(name) = lower(${row.name})`)
    .executeTakeFirst();
  if (existing)
    return db
      .updateTable('import_templates')
      .set({ mapping: row.mapping, name: row.name })
      .where('org_id', '=', row.org_id)
      .where('id', '=', existing.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  return db.insertInto('import_templates').values(row).returningAll().executeTakeFirstOrThrow();
};

export const deleteTemplateRow = async (db: Kysely<DB>, orgId: string, id: string) =>
  Number(
    (
      await db
        .deleteFrom('import_templates')
        .where('org_id', '=', orgId)
        .where('id', '=', id)
        .where('entity', '=', 'customers')
        .executeTakeFirst()
    ).numDeletedRows,
  ) === 1;
