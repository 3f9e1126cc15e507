import type { ImportUploadResult } from '../../../../shared/contracts/imports';
import { AppError } from '../../../../shared/errors';
import type { Actor } from '../../../platform/actor';
import type { Deps } from '../../../platform/deps';
import { newId } from '../../../platform/ids';
import { listCustomFieldRows } from '../custom-fields/custom-fields.queries';
import { deleteImportRow, insertImport, listTemplateRows, type ImportRow } from './import.queries';
import { detectShape, readRecords, uniqueHeaders, type FileShape, type SourceRecord } from './import-records';
import { actorSnapshot } from './import-settings';
import { storedFile, storeUpload, type StoredUpload } from './import-source';
import { importFields, toImport } from './import-view';
import { applyTemplate, matchTemplate, suggestMapping } from './mapping-suggestions';

const PREVIEW_ROWS = 20;

/** Rows a file holds: exact when the preview read it all or for Excel (counted), else from its line feeds. */
const countRows = async (
  deps: Deps,
  row: Pick<ImportRow, 'org_id' | 'id'>,
  shape: FileShape,
  stored: StoredUpload,
  read: number,
) => {
  if (read <= PREVIEW_ROWS) return read;
  if (shape.format === 'xlsx') {
    let count = -1;
    for await (const _record of readRecords(storedFile(deps.db, row.org_id, row.id), shape)) count++;
    return count;
  }
  return Math.max(read, stored.lineFeeds + (stored.endsWithLineFeed ? 0 : 1) - 1);
};

/** Suggestions for the file's columns: a saved template made for such files, else by header name. */
export const suggestionsFor = async (deps: Deps, actor: Actor, headers: string[]) => {
  const customFields = await listCustomFieldRows(deps.db, actor.orgId);
  const suggestions = suggestMapping(
    headers,
    customFields.filter((f) => !f.archived_at),
  );
  const templates = await listTemplateRows(deps.db, actor.orgId);
  const template = matchTemplate(headers, templates);
  return {
    suggestions: template ? applyTemplate(headers, template, suggestions) : suggestions,
    template: template ? { id: template.id, name: template.name } : null,
    fields: importFields(customFields),
  };
};

/**
 * Stores an uploaded file and reads its header and first rows. Throws INVALID_INPUT for a file
 * that is empty or cannot be read, PAYLOAD_TOO_LARGE past the size limit; nothing is kept then.
 */
export const uploadImport = async (
  deps: Deps,
  actor: Actor,
  fileName: string,
  body: AsyncIterable<Buffer | string>,
): Promise<ImportUploadResult> => {
  const id = newId();
  await insertImport(deps.db, {
    org_id: actor.orgId,
    id,
    entity: 'customers',
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
    const stored = await storeUpload(deps.db, actor.orgId, id, body);
    if (stored.byteSize === 0) throw new AppError('INVALID_INPUT', 'The file is empty.');
    const shape = detectShape(stored.head, stored.utf8, stored.bom);
    const records: SourceRecord[] = [];
    for await (const record of readRecords(storedFile(deps.db, actor.orgId, id), shape)) {
      records.push(record);
      if (records.length > PREVIEW_ROWS + 1) break;
    }
    if (records.length === 0) throw new AppError('INVALID_INPUT', 'The file has no header row.');
    const headers = uniqueHeaders(records[0]!.cells);
    const preview = records.slice(1, PREVIEW_ROWS + 1).map((r) => headers.map((_, i) => r.cells[i] ?? ''));
    const total = await countRows(deps, { org_id: actor.orgId, id }, shape, stored, records.length - 1);
    const row = await deps.db
      .updateTable('imports')
      .set({
        status: 'uploaded',
        format: shape.format,
        encoding: shape.encoding,
        byte_size: stored.byteSize,
        headers,
        preview: JSON.stringify(preview),
        total_rows: total,
        options: JSON.stringify({ delimiter: shape.delimiter, actor: actorSnapshot(actor) }),
        updated_at: new Date(),
      })
      .where('org_id', '=', actor.orgId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { import: toImport(row), preview, ...(await suggestionsFor(deps, actor, headers)) };
  } catch (error) {
    await deleteImportRow(deps.db, actor.orgId, id).catch(() => undefined);
    throw error;
  }
};
