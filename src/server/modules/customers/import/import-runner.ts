import { hostname } from 'node:os';
import type { ImportStatus } from '../../../../shared/contracts/imports';
import { AppError } from '../../../../shared/errors';
import type { Deps } from '../../../platform/deps';
import { newSecret } from '../../../platform/ids';
import { acquireLease, findImportRow, moveImport, releaseLease, type ImportRow } from './import.queries';
import { runPass } from './import-pass';
import { settingsOf } from './import-settings';

export type ImportProgress = { status: ImportStatus; processed: number; total: number | null };
export type RunOptions = {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => unknown;
  /** Identifies this runner in the lease; one is made up when left out. */
  runner?: string;
  /** Rows per transaction (tests use small batches to stop part-way). */
  batchRows?: number;
};
export type RunDeps = Pick<Deps, 'db' | 'events' | 'logger'>;

const ACTIVE = new Set(['queued', 'validating', 'loading']);

const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<boolean>((done) => {
    if (signal?.aborted) return done(true);
    const timer = setTimeout(() => done(false), ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), done(true)), { once: true });
  });

/**
 * Runs an import to its end: checks every row first unless only good rows are to be loaded
 * (so one bad row loads nothing), then loads. Each batch's customers, problems and progress
 * commit together and a batch counts only if this runner still holds the import at the row it
 * started from, so after a crash the next run continues at `processed_rows` and never loads a
 * row twice. Safe to call again at any time (jobs retry); a second runner waits for the first,
 * and takes over if the first dies (its lease runs out). Returns the import as it ends or stops.
 */
export const runCustomerImport = async (
  deps: RunDeps,
  orgId: string,
  importId: string,
  options: RunOptions = {},
): Promise<ImportRow> => {
  const runner = options.runner ?? `${hostname()}:${process.pid}:${newSecret(4)}`;
  for (;;) {
    const row = await findImportRow(deps.db, orgId, importId);
    if (!row) throw new AppError('NOT_FOUND', `Import ${importId} not found`);
    if (!ACTIVE.has(row.status)) return row;
    const held = await acquireLease(deps.db, orgId, importId, runner);
    if (!held) {
      await options.onProgress?.({
        status: row.status as ImportStatus,
        processed: row.processed_rows,
        total: row.total_rows,
      });
      if (await pause(1000, options.signal)) return row;
      continue;
    }
    let outcome: 'stopped' | 'finished';
    try {
      outcome = await runHeld(deps, held, runner, options);
    } finally {
      await releaseLease(deps.db, orgId, importId, runner).catch(() => undefined);
    }
    if (outcome === 'stopped') return (await findImportRow(deps.db, orgId, importId))!;
  }
};

const runHeld = async (deps: RunDeps, held: ImportRow, runner: string, options: RunOptions) => {
  let row = held;
  if (row.status === 'queued') {
    const next = row.dry_run || !settingsOf(row).loadGoodRowsOnly ? 'validating' : 'loading';
    const at = { runner, status: 'queued' };
    if (!(await moveImport(deps.db, row.org_id, row.id, at, { status: next, processed_rows: 0 })))
      return 'stopped';
    row = (await findImportRow(deps.db, row.org_id, row.id))!;
  }
  while (row.status === 'validating' || row.status === 'loading') {
    if ((await runPass(deps, row, runner, options)) !== 'finished') return 'stopped';
    row = (await findImportRow(deps.db, row.org_id, row.id))!;
  }
  return 'finished';
};
