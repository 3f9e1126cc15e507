import type { OrderImport, OrderImportStart } from '../../../../shared/contracts/order-imports';
import type { Kysely } from 'kysely';
import { AppError } from '../../../../shared/errors';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import type { Deps } from '../../../platform/deps';
import { newId } from '../../../platform/ids';
import { transact } from '../../../platform/transaction';
import {
  actorSnapshot,
  detectShape,
  insertImport,
  listProblemRows,
  readRecords,
  storedFile,
  storeUpload,
  toImportProblem,
  uniqueHeaders,
  type ImportRow,
} from '../../customers/index';
import { checkChannel, loadOrderContext } from '../order-context';
import { suggestOrderMapping, type OrderImportField } from './order-import-fields';
import { findOrderImportRow } from './order-import.queries';

export const ORDER_IMPORT_JOB = 'orders.import';
const PREVIEW_ROWS = 20;

const toOrderImport = (row: ImportRow): OrderImport => ({
  id: row.id,
  fileName: row.file_name,
  headers: row.headers,
  mapping: Object.fromEntries(
    row.headers.map((h) => [h, (row.mapping as Record<string, string | null>)[h] ?? null]),
  ),
  status: row.status as OrderImport['status'],
  dryRun: row.dry_run,
  totalRows: row.total_rows,
  processedRows: row.processed_rows,
  createdCount: row.created_count,
  updatedCount: row.updated_count,
  skippedCount: row.skipped_count,
  errorCount: row.error_count,
  error: row.error,
  createdAt: row.created_at.toISOString(),
  finishedAt: row.finished_at?.toISOString() ?? null,
});

/** Fields every order file needs, and the customer fields of which one is enough. */
const required: OrderImportField[] = ['orderId', 'orderedAt', 'sku', 'quantity', 'unitPrice'];
const customerFields: OrderImportField[] = ['customerExternalId', 'customerPhone', 'customerEmail'];

/** Order imports (P2): upload a file, map its columns, check or load it as a resumable job. */
export const createOrderImportService = (deps: Deps) => {
  const get = async (actor: Actor, id: string, db: Kysely<DB> = deps.db) => {
    const row = await findOrderImportRow(db, actor.orgId, id);
    if (!row) throw new AppError('NOT_FOUND', `Import ${id} not found`);
    return row;
  };
  return {
    async getOrderImport(actor: Actor, id: string) {
      return toOrderImport(await get(actor, id));
    },

    async listProblems(actor: Actor, id: string, limit: number) {
      await get(actor, id);
      const rows = await listProblemRows(deps.db, actor.orgId, id, undefined, limit);
      return rows.map(toImportProblem);
    },

    /** Stores the file (streamed into the database) and reads its header, a preview and suggestions. */
    async uploadOrderImport(actor: Actor, fileName: string, body: AsyncIterable<Buffer | string>) {
      const id = newId();
      await insertImport(deps.db, {
        org_id: actor.orgId,
        id,
        entity: 'orders',
        file_name: fileName,
        format: /\.xlsx$/i.test(fileName) ? 'xlsx' : 'csv',
        encoding: 'unknown',
        byte_size: 0,
        status: 'uploading',
        options: JSON.stringify({ actor: actorSnapshot(actor) }),
        created_by: actor.userId,
        mapping: '{}',
        total_rows: null,
        job_id: null,
      });
      try {
        return await readUpload(actor, id, body);
      } catch (error) {
        await deps.db.deleteFrom('imports').where('org_id', '=', actor.orgId).where('id', '=', id).execute();
        throw error;
      }
    },

    /** Checks the mapping and choices, then queues the import's job. */
    startOrderImport,
  };

  async function readUpload(actor: Actor, id: string, body: AsyncIterable<Buffer | string>) {
    const stored = await storeUpload(deps.db, actor.orgId, id, body);
    if (stored.byteSize === 0) throw new AppError('INVALID_INPUT', 'The file is empty.');
    const shape = detectShape(stored.head, stored.utf8, stored.bom);
    const records: string[][] = [];
    for await (const record of readRecords(storedFile(deps.db, actor.orgId, id), shape)) {
      records.push(record.cells);
      if (records.length > PREVIEW_ROWS) break;
    }
    if (records.length === 0) throw new AppError('INVALID_INPUT', 'The file has no header row.');
    const headers = uniqueHeaders(records[0]!);
    const preview = records.slice(1).map((cells) => headers.map((_, i) => cells[i] ?? ''));
    const suggestions = suggestOrderMapping(headers);
    const row = await deps.db
      .updateTable('imports')
      .set({
        status: 'uploaded',
        format: shape.format,
        encoding: shape.encoding,
        byte_size: stored.byteSize,
        headers,
        mapping: JSON.stringify(suggestions),
        preview: JSON.stringify(preview),
        total_rows: Math.max(preview.length, stored.lineFeeds + (stored.endsWithLineFeed ? 0 : 1) - 1),
        options: JSON.stringify({ delimiter: shape.delimiter, actor: actorSnapshot(actor) }),
        updated_at: new Date(),
      })
      .where('org_id', '=', actor.orgId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { import: toOrderImport(row), preview, suggestions };
  }

  async function startOrderImport(actor: Actor, id: string, input: OrderImportStart) {
    return transact(deps, actor, async (tx) => {
      const row = await get(actor, id, tx);
      if (row.status !== 'uploaded')
        throw new AppError(
          'CONFLICT',
          `This import is ${row.status}; upload the file again to run it again.`,
        );
      const issues: { path: string; message: string }[] = [];
      for (const header of Object.keys(input.mapping))
        if (!row.headers.includes(header))
          issues.push({ path: `body.mapping.${header}`, message: `the file has no column ${header}` });
      const mapped = new Set(Object.values(input.mapping));
      for (const field of required)
        if (!mapped.has(field))
          issues.push({ path: 'body.mapping', message: `no column is mapped to ${field}` });
      if (!customerFields.some((f) => mapped.has(f)))
        issues.push({ path: 'body.mapping', message: 'map a customer id, phone or email column' });
      const channelIssues: { path: string; message: string }[] = [];
      checkChannel(await loadOrderContext(tx, actor.orgId), input.channel, channelIssues);
      issues.push(...channelIssues.map((i) => ({ path: 'body.channel', message: i.message })));
      if (issues.length > 0)
        throw new AppError('INVALID_INPUT', issues.map((i) => i.message).join('; '), { issues });
      const { mapping, dryRun, ...choices } = input;
      const options = { ...(row.options as object), ...choices };
      const jobId = await deps.jobs.enqueue(tx, ORDER_IMPORT_JOB, {
        orgId: actor.orgId,
        payload: { importId: id },
        dedupeKey: `orders.import:${id}`,
      });
      await tx
        .updateTable('imports')
        .set({
          status: 'queued',
          dry_run: dryRun,
          mapping: JSON.stringify(mapping),
          options: JSON.stringify(options),
          job_id: jobId,
          updated_at: new Date(),
        })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', id)
        .execute();
      await writeAudit(tx, actor, {
        action: 'import',
        entityType: 'import',
        entityId: id,
        after: { ...choices, dryRun },
      });
      return toOrderImport((await findOrderImportRow(tx, actor.orgId, id))!);
    });
  }
};

export type OrderImportService = ReturnType<typeof createOrderImportService>;
