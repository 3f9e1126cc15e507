import { hostname } from 'node:os';
import { AppError } from '../../../../shared/errors';
import type { Deps } from '../../../platform/deps';
import { newSecret } from '../../../platform/ids';
import { acquireLease, deleteChunks, moveImport, releaseLease, type ImportRow } from '../../customers/index';
import { findOrderImportRow } from './order-import.queries';
import { refreshRollupsSince } from '../rollups/rollups-rebuild';
import { runOrderPass } from './order-import-pass';
import { OrderImportSettingsSchema } from './order-import-settings';

export type OrderRunOptions = {
  signal?: AbortSignal;
  onProgress?: (p: { status: string; processed: number; total: number | null }) => unknown;
  batchRows?: number;
};

const ACTIVE = new Set(['queued', 'validating', 'loading']);

/**
 * Runs an order import to its end under a lease, like customer imports: a checking pass first
 * unless good rows only are to load (one bad row then loads nothing), then the loading pass.
 * Each batch commits with its progress, so a restarted run continues where the last stopped
 * and never loads an order twice (order ids are unique, and a batch counts only once).
 */
export const runOrderImport = async (
  deps: Pick<Deps, 'db' | 'events'>,
  orgId: string,
  importId: string,
  options: OrderRunOptions = {},
): Promise<ImportRow> => {
  const runner = `${hostname()}:${process.pid}:${newSecret(4)}`;
  for (;;) {
    const row = await findOrderImportRow(deps.db, orgId, importId);
    if (!row) throw new AppError('NOT_FOUND', `Import ${importId} not found`);
    if (!ACTIVE.has(row.status)) return row;
    const held = await acquireLease(deps.db, orgId, importId, runner);
    if (!held) {
      if (options.signal?.aborted) return row;
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    try {
      if ((await runHeld(deps, held, runner, options)) === 'stopped')
        return (await findOrderImportRow(deps.db, orgId, importId))!;
    } finally {
      await releaseLease(deps.db, orgId, importId, runner).catch(() => undefined);
    }
  }
};

const runHeld = async (
  deps: Pick<Deps, 'db' | 'events'>,
  held: ImportRow,
  runner: string,
  options: OrderRunOptions,
): Promise<'finished' | 'stopped'> => {
  let row = held;
  const settings = OrderImportSettingsSchema.parse(row.options);
  if (row.status === 'queued') {
    const next = row.dry_run || !settings.loadGoodRowsOnly ? 'validating' : 'loading';
    if (
      !(await moveImport(
        deps.db,
        row.org_id,
        row.id,
        { runner, status: 'queued' },
        { status: next, processed_rows: 0 },
      ))
    )
      return 'stopped';
    row = (await findOrderImportRow(deps.db, row.org_id, row.id))!;
  }
  while (row.status === 'validating' || row.status === 'loading') {
    const status = row.status;
    const outcome = await runOrderPass({
      deps,
      row,
      runner,
      settings,
      status,
      batchRows: options.batchRows,
      signal: options.signal,
      onProgress: (processed) => options.onProgress?.({ status, processed, total: row.total_rows }),
    });
    if (outcome === 'stopped') return 'stopped';
    // Loading writes orders batch by batch; their customers' rollups catch up once, here, from
    // every order the import touched (found by time, so a resumed run after a crash finds them too).
    if (status === 'loading') await refreshRollupsSince(deps.db, row.org_id, row.created_at);
    const done = (await findOrderImportRow(deps.db, row.org_id, row.id))!;
    const at = { runner, status };
    if (status === 'validating' && !row.dry_run && done.error_count === 0) {
      await moveImport(deps.db, row.org_id, row.id, at, {
        status: 'loading',
        total_rows: done.processed_rows,
        processed_rows: 0,
        created_count: 0,
        updated_count: 0,
        skipped_count: 0,
      });
    } else {
      const failed = status === 'validating' && !row.dry_run;
      await moveImport(deps.db, row.org_id, row.id, at, {
        status: failed ? 'failed_validation' : 'done',
        total_rows: done.processed_rows,
        finished: true,
      });
      if (status === 'loading') await deleteChunks(deps.db, row.org_id, row.id);
    }
    row = (await findOrderImportRow(deps.db, row.org_id, row.id))!;
  }
  return 'finished';
};
