import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { ImportMapping, ImportStart, ImportUploadResult } from '../../../../shared/contracts/imports';
import { AppError } from '../../../../shared/errors';
import type { Actor } from '../../../platform/actor';
import type { Deps } from '../../../platform/deps';
import { listTemplateRows, type ImportRow } from './import.queries';
import { runCustomerImport, type RunOptions } from './import-runner';
import { createImportService } from './import.service';
import { applyTemplate } from './mapping-suggestions';

export type ImportFileOptions = Partial<Omit<ImportStart, 'mapping'>> &
  Pick<RunOptions, 'onProgress' | 'signal'> & {
    /** Applied over the suggestions: header → field, or null to leave a column out. */
    mapping?: ImportMapping;
    /** A saved template's name; its mapping is used for the headers it knows. */
    template?: string;
    /** Called once the file is stored, before the run: the suggestions it was mapped with. */
    onUploaded?: (upload: ImportUploadResult, mapping: ImportMapping) => unknown;
  };

/**
 * Imports a file from disk the way the browser does (upload, map with suggestions, start) and
 * runs it in this process, waiting for the end. For the CLI, tests and benchmarks. The job is
 * queued too, so if this process dies a server picks the import up where it stopped.
 */
export const importCustomerFile = async (
  deps: Deps,
  actor: Actor,
  path: string,
  options: ImportFileOptions = {},
): Promise<{ upload: ImportUploadResult; mapping: ImportMapping; result: ImportRow }> => {
  const service = createImportService(deps);
  const upload = await service.uploadImport(actor, basename(path), createReadStream(path));
  const headers = upload.import.headers;
  let mapping: ImportMapping = upload.suggestions;
  if (options.template) {
    const template = (await listTemplateRows(deps.db, actor.orgId)).find(
      (t) => t.name.toLowerCase() === options.template!.toLowerCase(),
    );
    if (!template) throw new AppError('NOT_FOUND', `No import template named “${options.template}”`);
    mapping = applyTemplate(headers, template, mapping);
  }
  for (const [header, field] of Object.entries(options.mapping ?? {})) {
    if (!headers.includes(header))
      throw new AppError(
        'INVALID_INPUT',
        `The file has no column “${header}”; its columns are ${headers.join(', ')}`,
      );
    mapping = { ...mapping, [header]: field };
  }
  await options.onUploaded?.(upload, mapping);
  await service.startImport(actor, upload.import.id, {
    mapping,
    dryRun: options.dryRun ?? false,
    matchBy: options.matchBy ?? ['externalId', 'phone', 'email'],
    onMatch: options.onMatch ?? 'update',
    loadGoodRowsOnly: options.loadGoodRowsOnly ?? false,
    saveTemplateAs: options.saveTemplateAs,
  });
  const result = await runCustomerImport(deps, actor.orgId, upload.import.id, {
    onProgress: options.onProgress,
    signal: options.signal,
  });
  return { upload, mapping, result };
};
