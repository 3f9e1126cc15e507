import type { Import, ImportFieldOption, ImportProblem } from '../../../../shared/contracts/imports';
import { importFieldKeys } from '../../../../shared/contracts/imports';
import { iso, isoOrNull } from '../../../platform/time';
import type { CustomFieldRow } from '../custom-fields/custom-fields.queries';
import type { ImportRow, listProblemRows } from './import.queries';
import { settingsOf } from './import-settings';
import { fieldLabels } from './row-mapper';

export const toImport = (row: ImportRow): Import => {
  const settings = row.status === 'uploading' ? null : settingsOf(row);
  return {
    id: row.id,
    fileName: row.file_name,
    format: row.format as Import['format'],
    encoding: row.encoding,
    byteSize: row.byte_size,
    headers: row.headers,
    // jsonb keeps keys in its own order; the file's column order is the one people expect.
    mapping: Object.fromEntries(row.headers.map((h) => [h, row.mapping[h] ?? null])),
    options: settings?.started
      ? { matchBy: settings.matchBy, onMatch: settings.onMatch, loadGoodRowsOnly: settings.loadGoodRowsOnly }
      : null,
    status: row.status as Import['status'],
    dryRun: row.dry_run,
    totalRows: row.total_rows,
    processedRows: row.processed_rows,
    createdCount: row.created_count,
    updatedCount: row.updated_count,
    skippedCount: row.skipped_count,
    errorCount: row.error_count,
    error: row.error,
    createdAt: iso(row.created_at),
    finishedAt: isoOrNull(row.finished_at),
  };
};

/** The fields a column can be mapped to: built-in ones, then the active custom fields. */
export const importFields = (customFields: readonly CustomFieldRow[]): ImportFieldOption[] => [
  ...importFieldKeys.map((key) => ({
    key,
    label: fieldLabels[key] ?? key,
    type: null,
    required: key === 'name',
  })),
  ...customFields
    .filter((f) => !f.archived_at)
    .map((f) => ({ key: `custom.${f.key}`, label: f.label, type: f.type, required: f.required })),
];

type ProblemRow = Awaited<ReturnType<typeof listProblemRows>>[number];

/** A stored problem as the API shows it; one recorded before codes existed has none (and no params). */
export const toImportProblem = (row: ProblemRow): ImportProblem => ({
  line: row.line,
  column: row.column_name,
  reason: row.reason,
  value: row.value,
  code: row.code,
  params: row.params,
});
