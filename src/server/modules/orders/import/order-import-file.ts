import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { basename } from 'node:path';
import type { OrderImportMapping, OrderImportStart } from '../../../../shared/contracts/order-imports';
import { AppError } from '../../../../shared/errors';
import type { Actor } from '../../../platform/actor';
import type { Deps } from '../../../platform/deps';
import { runOrderImport, type OrderRunOptions } from './order-import-runner';
import { createOrderImportService } from './order-import.service';
import { afterOrderImport } from './after-import';

export type OrderImportFileOptions = Partial<Omit<OrderImportStart, 'mapping'>> &
  Pick<OrderRunOptions, 'onProgress' | 'signal'> & {
    /** Applied over the suggestions: header → field, or null to leave a column out. */
    mapping?: OrderImportMapping;
    onUploaded?: (headers: string[], mapping: OrderImportMapping) => unknown;
  };

/**
 * Imports an order file from disk as the browser does (upload, map with suggestions, start) and
 * runs it in this process. The job is queued too, so a server finishes it if this process dies.
 */
export const importOrderFile = async (
  deps: Deps,
  actor: Actor,
  path: string,
  options: OrderImportFileOptions = {},
) => {
  const service = createOrderImportService(deps);
  // A gzip-compressed file (.csv.gz, as data sets ship) is read through gunzip.
  const gz = /\.gz$/i.test(path);
  const body = gz ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  const upload = await service.uploadOrderImport(actor, basename(path).replace(/\.gz$/i, ''), body);
  const headers = upload.import.headers;
  const mapping: OrderImportMapping = { ...upload.suggestions };
  for (const [header, field] of Object.entries(options.mapping ?? {})) {
    if (!headers.includes(header))
      throw new AppError(
        'INVALID_INPUT',
        `The file has no column “${header}”; its columns are ${headers.join(', ')}`,
      );
    mapping[header] = field;
  }
  await options.onUploaded?.(headers, mapping);
  await service.startOrderImport(actor, upload.import.id, {
    mapping,
    dryRun: options.dryRun ?? false,
    createCustomers: options.createCustomers ?? false,
    createProducts: options.createProducts ?? false,
    channel: options.channel ?? 'online_store',
    loadGoodRowsOnly: options.loadGoodRowsOnly ?? false,
  });
  const result = await runOrderImport(deps, actor.orgId, upload.import.id, {
    onProgress: options.onProgress,
    signal: options.signal,
  });
  await afterOrderImport(deps, actor.orgId, result);
  return { importId: upload.import.id, mapping, result: await service.getOrderImport(actor, result.id) };
};
