import { hostname } from 'node:os';
import type { ImportStatus } from '../../../../shared/contracts/imports';
import { AppError } from '../../../../shared/errors';
import type { Deps } from '../../../platform/deps';
import { newId, newSecret } from '../../../platform/ids';
import { transact } from '../../../platform/transaction';
import { visibleCustomers } from '../visibility';
import {
  acquireLease,
  advanceImport,
  deleteChunks,
  findImportRow,
  insertProblems,
  moveImport,
  releaseLease,
  type ImportRow,
} from './import.queries';
import { findMatches, type MatchKeys } from './import-batch.queries';
import { keysOf, planBatch, rememberKeys, type BatchPlan, type KeyMemory } from './import-plan';
import { readRecords, type FileShape, type ImportFormat } from './import-records';
import { actorOf, loadRowContext, settingsOf, type ImportSettings } from './import-settings';
import { storedFile } from './import-source';
import { writePlan } from './import-write';
import { checkRow } from './row-check';
import { mapRow, type MappedRow, type RowContext } from './row-mapper';

export type ImportProgress = { status: ImportStatus; processed: number; total: number | null };
export type RunOptions = {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => unknown;
  /** Identifies this runner in the lease; one is made up when left out. */
  runner?: string;
  batchRows?: number;
};
type RunDeps = Pick<Deps, 'db' | 'events' | 'logger'>;

/** Rows per transaction: large enough for set-based writes, small enough to lose little on a crash. */
export const BATCH_ROWS = 1000;
const ACTIVE = new Set(['queued', 'validating', 'loading']);

class LeaseLost extends Error {}

const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<boolean>((done) => {
    if (signal?.aborted) return done(true);
    const timer = setTimeout(() => done(false), ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), done(true)), { once: true });
  });

const progressOf = (row: ImportRow): ImportProgress => ({
  status: row.status as ImportStatus,
  processed: row.processed_rows,
  total: row.total_rows,
});

/**
 * Runs an import to its end: checks every row first unless only good rows are to be loaded
 * (so one bad row loads nothing), then loads. Each batch's customers, problems and progress
 * commit together and a batch counts only if this runner still holds the import at the row it
 * started from, so after a crash the next run continues at `processed_rows` and never loads a
 * row twice. Safe to call again at any time (jobs retry); a second runner waits for the first.
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
      await options.onProgress?.(progressOf(row));
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
    const settings = settingsOf(row);
    const next = row.dry_run || !settings.loadGoodRowsOnly ? 'validating' : 'loading';
    if (!(await moveImport(deps.db, row.org_id, row.id, { runner, status: 'queued' }, { status: next, processed_rows: 0 })))
      return 'stopped';
    row = (await findImportRow(deps.db, row.org_id, row.id))!;
  }
  while (row.status === 'validating' || row.status === 'loading') {
    if ((await runPass(deps, row, runner, options)) !== 'finished') return 'stopped';
    row = (await findImportRow(deps.db, row.org_id, row.id))!;
  }
  return 'finished';
};

type Pass = {
  row: ImportRow;
  status: 'validating' | 'loading';
  runner: string;
  settings: ImportSettings;
  ctx: RowContext;
  memory: KeyMemory | null;
};

/** One read of the whole file: checking (writes only problems) or loading. */
const runPass = async (deps: RunDeps, row: ImportRow, runner: string, options: RunOptions) => {
  const settings = settingsOf(row);
  const pass: Pass = {
    row,
    status: row.status as Pass['status'],
    runner,
    settings,
    ctx: await loadRowContext(deps.db, row.org_id, row.headers, row.mapping),
    memory: row.status === 'loading' ? null : new Set<number>(),
  };
  const shape: FileShape = { format: row.format as ImportFormat, encoding: row.encoding, delimiter: settings.delimiter };
  const batchRows = options.batchRows ?? BATCH_ROWS;
  let position = row.processed_rows;
  /** Data rows read so far; -1 until the header has passed. */
  let index = -1;
  let batch: MappedRow[] = [];
  const flush = async () => {
    const committed = await commitBatch(deps, pass, batch, position);
    if (!committed) return false;
    position += batch.length;
    batch = [];
    await options.onProgress?.({ status: pass.status, processed: position, total: Math.max(row.total_rows ?? 0, position) });
    return true;
  };
  try {
    for await (const record of readRecords(storedFile(deps.db, row.org_id, row.id), shape)) {
      if (index === -1) {
        index = 0; // the header
        continue;
      }
      if (index++ < position) {
        if (pass.memory) remember(pass, mapRow(record.cells, record.line, pass.ctx));
        continue;
      }
      batch.push(mapRow(record.cells, record.line, pass.ctx));
      if (batch.length >= batchRows) {
        if (!(await flush())) return 'lost';
        if (options.signal?.aborted) return 'stopped';
      }
    }
    if (batch.length > 0 && !(await flush())) return 'lost';
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'INVALID_INPUT') throw error;
    await moveImport(deps.db, row.org_id, row.id, { runner, status: pass.status }, {
      status: 'failed',
      error: `${error.message} (after row ${position + 1} of the data)`,
      finished: true,
    });
    return 'stopped';
  }
  return (await finishPass(deps, pass, index)) ? 'finished' : 'lost';
};

const remember = (pass: Pass, mapped: MappedRow) => {
  const checked = checkRow(mapped, pass.ctx);
  if (checked.ok && pass.memory) rememberKeys(pass.memory, checked.checked.profile);
};

const unique = (values: string[]) => [...new Set(values)];

/** Checks, matches, plans and (when loading) writes one batch in one transaction. */
const commitBatch = async (deps: RunDeps, pass: Pass, batch: MappedRow[], position: number): Promise<BatchPlan | null> => {
  const { row, ctx, settings } = pass;
  const actor = actorOf(row.org_id, settings);
  let T = performance.now(); const lap = (l: string) => { const n = performance.now(); (globalThis as any).__t ??= {}; (globalThis as any).__t[l] = ((globalThis as any).__t[l] ?? 0) + n - T; T = n; };
  const checks = batch.map((mapped) => ({ row: mapped, result: checkRow(mapped, ctx) }));
  lap('check');
  const keys: MatchKeys = { externalIds: [], phones: [], emails: [] };
  for (const { result } of checks) {
    if (!result.ok) continue;
    const k = keysOf(result.checked.profile);
    keys.externalIds.push(...k.externalId);
    keys.phones.push(...k.phone);
    keys.emails.push(...k.email);
  }
  const writes = pass.status === 'loading';
  const owner = actor.userId ? (ctx.users.get(actor.userId) ?? null) : null;
  try {
    const plan = await transact(deps, actor, async (tx, emit) => {
      const matches = await findMatches(
        tx,
        row.org_id,
        { externalIds: unique(keys.externalIds), phones: unique(keys.phones), emails: unique(keys.emails) },
        visibleCustomers(actor),
        writes && settings.onMatch === 'update',
      );
      lap('match');
      const plan = planBatch({ rows: checks, matches, ctx, options: settings, defaultOwner: owner, newId, memory: pass.memory });
      const lines = { from: batch[0]!.line, to: batch[batch.length - 1]!.line };
      lap('plan');
      if (writes) await writePlan(tx, actor, row.id, plan, ctx, owner, lines);
      lap('write');
      await insertProblems(tx, row.org_id, row.id, plan.problems);
      const at = { runner: pass.runner, status: pass.status, fromRow: position, toRow: position + batch.length };
      if (!(await advanceImport(tx, row.org_id, row.id, at, plan.counts))) throw new LeaseLost();
      lap('advance');
      emit({ entityType: 'imports', entityId: row.id, action: 'progress', permission: 'customers.import' });
      return plan;
    });
    lap('commit');
    if (pass.memory) for (const t of [...plan.creates, ...plan.updates]) rememberKeys(pass.memory, t.profile);
    return plan;
  } catch (error) {
    if (error instanceof LeaseLost) return null;
    throw error;
  }
};

/** Ends a pass: a dry run is done; a check with problems fails; a clean check starts loading. */
const finishPass = async (deps: RunDeps, pass: Pass, dataRows: number): Promise<boolean> => {
  const { row, runner, status } = pass;
  const fresh = (await findImportRow(deps.db, row.org_id, row.id))!;
  const at = { runner, status };
  const actor = actorOf(row.org_id, pass.settings);
  return transact(deps, actor, async (tx, emit) => {
    let moved: boolean;
    if (status === 'validating' && !row.dry_run && fresh.error_count === 0) {
      moved = await moveImport(tx, row.org_id, row.id, at, {
        status: 'loading',
        total_rows: dataRows,
        processed_rows: 0,
        created_count: 0,
        updated_count: 0,
        skipped_count: 0,
      });
    } else {
      const failed = status === 'validating' && !row.dry_run;
      moved = await moveImport(tx, row.org_id, row.id, at, {
        status: failed ? 'failed_validation' : 'done',
        total_rows: dataRows,
        finished: true,
      });
      if (moved && status === 'loading') await deleteChunks(tx, row.org_id, row.id);
      if (status === 'loading')
        emit({ entityType: 'customers', entityId: null, action: 'import', permission: 'customers.read' });
    }
    emit({ entityType: 'imports', entityId: row.id, action: 'update', permission: 'customers.import' });
    return moved;
  });
};
