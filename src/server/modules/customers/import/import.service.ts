import type { Language } from '../../../../shared/contracts/common';
import {
  multiColumnFields,
  type ImportMapping,
  type ImportStart,
} from '../../../../shared/contracts/imports';
import { AppError } from '../../../../shared/errors';
import { roleGrants } from '../../../../shared/permissions';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import type { Deps } from '../../../platform/deps';
import { decodeCursor, encodeCursor } from '../../../platform/keyset';
import { transact } from '../../../platform/transaction';
import { listCustomFieldRows } from '../custom-fields/custom-fields.queries';
import { contentDisposition } from '../export/export-file';
import {
  deleteProblems,
  findImportRow,
  listImportRows,
  listProblemRows,
  upsertTemplate,
  type ImportRow,
} from './import.queries';
import { IMPORT_JOB } from './import-job';
import { settingsOf } from './import-settings';
import { uploadImport } from './import-upload.service';
import { importFields, toImport, toImportProblem } from './import-view';
import { problemReportCsv, reportLanguage } from './problem-report';
import { newId } from '../../../platform/ids';

const notFound = (id: string) => new AppError('NOT_FOUND', `Import ${id} not found`);

/** People see their own imports; roles that see every customer see every import. */
const mayView = (actor: Actor, row: ImportRow) =>
  row.created_by === actor.userId || actor.type === 'system' || roleGrants[actor.role].scope === 'all';

export const getVisibleImport = async (deps: Pick<Deps, 'db'>, actor: Actor, id: string) => {
  const row = await findImportRow(deps.db, actor.orgId, id);
  if (!row || row.status === 'uploading' || !mayView(actor, row)) throw notFound(id);
  return row;
};

const invalid = (issues: { path: string; message: string }[]) =>
  new AppError(
    'INVALID_INPUT',
    `The mapping cannot be used: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
    {
      issues,
    },
  );

/** Only columns of this file, fields that exist, and each single-valued field at most once. */
const checkedMapping = (row: ImportRow, mapping: ImportMapping, activeCustom: Set<string>): ImportMapping => {
  const issues: { path: string; message: string }[] = [];
  const claimed = new Map<string, string>();
  for (const [header, field] of Object.entries(mapping)) {
    const path = `body.mapping.${header}`;
    if (!row.headers.includes(header)) issues.push({ path, message: 'is not a column of this file' });
    if (!field) continue;
    if (field.startsWith('custom.') && !activeCustom.has(field.slice(7)))
      issues.push({ path, message: `${field} is not an active custom field` });
    const other = claimed.get(field);
    if (other && !multiColumnFields.includes(field))
      issues.push({ path, message: `maps to ${field}, which column ${other} already fills` });
    claimed.set(field, header);
  }
  if (claimed.size === 0)
    issues.push({ path: 'body.mapping', message: 'must map at least one column to a field' });
  if (issues.length > 0) throw invalid(issues);
  return Object.fromEntries(row.headers.map((h) => [h, mapping[h] ?? null]));
};

/** An import may start again after a dry run or a check that found problems; a load happens once. */
const mayStart = (row: ImportRow) =>
  row.status === 'uploaded' ||
  row.status === 'failed_validation' ||
  (row.dry_run && ['done', 'failed', 'cancelled'].includes(row.status));

export const createImportService = (deps: Deps) => ({
  /** Stores a file streamed in the request body; see `uploadImport`. */
  uploadImport: (actor: Actor, fileName: string, body: AsyncIterable<Buffer | string>) =>
    uploadImport(deps, actor, fileName, body),

  async getImport(actor: Actor, id: string) {
    const row = await getVisibleImport(deps, actor, id);
    return {
      ...toImport(row),
      preview: row.preview,
      fields: importFields(await listCustomFieldRows(deps.db, actor.orgId)),
    };
  },

  async listImports(actor: Actor) {
    const rows = await listImportRows(deps.db, actor.orgId, 100);
    return {
      data: rows
        .filter((r) => r.status !== 'uploading' && mayView(actor, r))
        .slice(0, 20)
        .map(toImport),
    };
  },

  /**
   * Queues the import job with this mapping and these choices (a dry run writes no customer).
   * Throws CONFLICT when the import has run or is running, INVALID_INPUT for a bad mapping.
   */
  async startImport(actor: Actor, id: string, input: ImportStart) {
    const row = await getVisibleImport(deps, actor, id);
    if (!mayStart(row))
      throw new AppError(
        'CONFLICT',
        `This import is ${row.status.replace('_', ' ')}; upload the file again to import it once more.`,
      );
    const custom = await listCustomFieldRows(deps.db, actor.orgId);
    const mapping = checkedMapping(
      row,
      input.mapping,
      new Set(custom.filter((f) => !f.archived_at).map((f) => f.key)),
    );
    return transact(deps, actor, async (tx, emit) => {
      await deleteProblems(tx, actor.orgId, id);
      const jobId = await deps.jobs.enqueue(tx, IMPORT_JOB, {
        orgId: actor.orgId,
        payload: { importId: id },
      });
      const options = {
        matchBy: input.matchBy,
        onMatch: input.onMatch,
        loadGoodRowsOnly: input.loadGoodRowsOnly,
      };
      const updated = await tx
        .updateTable('imports')
        .set({
          mapping: JSON.stringify(mapping),
          options: JSON.stringify({ ...settingsOf(row), ...options, started: true }),
          dry_run: input.dryRun,
          status: 'queued',
          processed_rows: 0,
          created_count: 0,
          updated_count: 0,
          skipped_count: 0,
          error_count: 0,
          error: null,
          finished_at: null,
          job_id: jobId,
          locked_by: null,
          locked_until: null,
          updated_at: new Date(),
        })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', id)
        .where('status', '=', row.status)
        .returningAll()
        .executeTakeFirst();
      if (!updated) throw new AppError('CONFLICT', 'The import changed meanwhile; reload and try again.');
      if (input.saveTemplateAs)
        await upsertTemplate(tx, {
          org_id: actor.orgId,
          id: newId(),
          entity: 'customers',
          name: input.saveTemplateAs,
          mapping: JSON.stringify(mapping),
          created_by: actor.userId,
        });
      await writeAudit(tx, actor, {
        action: input.dryRun ? 'dry_run' : 'start',
        entityType: 'import',
        entityId: id,
        after: { fileName: row.file_name, dryRun: input.dryRun, ...options },
      });
      emit({ entityType: 'imports', entityId: id, action: 'update', permission: 'customers.import' });
      return toImport(updated);
    });
  },

  /** Stops a queued or running import; batches already loaded stay loaded. */
  async cancelImport(actor: Actor, id: string) {
    await getVisibleImport(deps, actor, id);
    return transact(deps, actor, async (tx, emit) => {
      const row = await tx
        .updateTable('imports')
        .set({ status: 'cancelled', finished_at: new Date(), updated_at: new Date() })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', id)
        .where('status', 'in', ['queued', 'validating', 'loading'])
        .returningAll()
        .executeTakeFirst();
      if (!row) throw new AppError('CONFLICT', 'Only a queued or running import can be cancelled.');
      await writeAudit(tx, actor, { action: 'cancel', entityType: 'import', entityId: id, changes: {} });
      emit({ entityType: 'imports', entityId: id, action: 'update', permission: 'customers.import' });
      return toImport(row);
    });
  },

  /** Problems in file order, a page at a time. */
  async findProblems(actor: Actor, id: string, query: { cursor?: string; limit: number }) {
    // The cursor names its import too, so one import's cursor is refused on another's problems.
    const cursor = decodeCursor(query.cursor, 3);
    const after = cursor?.slice(0, 2);
    if (cursor && (cursor[2] !== id || !after!.every((v) => Number.isInteger(v))))
      throw new AppError('INVALID_INPUT', 'The cursor is not valid; start again from the first page.', {
        issues: [{ path: 'querystring.cursor', message: 'not a cursor this list returned' }],
      });
    await getVisibleImport(deps, actor, id);
    const rows = await listProblemRows(
      deps.db,
      actor.orgId,
      id,
      after as [number, number] | undefined,
      query.limit + 1,
    );
    const data = rows.slice(0, query.limit);
    const last = data[data.length - 1];
    return {
      data: data.map(toImportProblem),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.line, last.seq, id]) : null,
    };
  },

  /**
   * The problem report as CSV in `language` (by default the user's, else English), streamed;
   * see `problemReportCsv`. The file is named after the import's file whatever the language.
   */
  async problemsCsv(actor: Actor, id: string, language?: Language) {
    const row = await getVisibleImport(deps, actor, id);
    const customFields = await listCustomFieldRows(deps.db, actor.orgId);
    const chosen = language ?? (await reportLanguage(deps.db, actor));
    const name = `${row.file_name.replace(/\.[^.]+$/, '')}-problems.csv`;
    return {
      stream: problemReportCsv(deps.db, actor.orgId, id, chosen, customFields),
      disposition: contentDisposition(name, 'import-problems.csv'),
    };
  },
});

export type ImportService = ReturnType<typeof createImportService>;
