import { AppError } from '../../../../shared/errors';
import { newId } from '../../../platform/ids';
import { transact } from '../../../platform/transaction';
import { searchColumns } from '../profile/customer-profile';
import { visibleCustomers } from '../visibility';
import {
  advanceImport,
  deleteChunks,
  findImportRow,
  insertProblems,
  moveImport,
  type ImportRow,
} from './import.queries';
import { findMatches } from './import-batch.queries';
import { keysOf, planBatch, rememberKeys, type KeyMemory } from './import-plan';
import { readRecords, type ImportFormat } from './import-records';
import type { RunDeps, RunOptions } from './import-runner';
import { actorOf, loadRowContext, settingsOf, type ImportSettings } from './import-settings';
import { storedFile } from './import-source';
import { writePlan } from './import-write';
import { checkRow, type RowCheck } from './row-check';
import { mapRow, type MappedRow, type RowContext } from './row-mapper';

/** Rows per transaction: large enough for set-based writes, small enough to lose little on a crash. */
export const BATCH_ROWS = 2000;

type Pass = {
  deps: RunDeps;
  row: ImportRow;
  status: 'validating' | 'loading';
  runner: string;
  settings: ImportSettings;
  ctx: RowContext;
  /** Keys of earlier batches, for passes that write nothing (they cannot find them in the table). */
  memory: KeyMemory | null;
};

class LeaseLost extends Error {}

/** Checks rows and, when loading, works out their search columns: the CPU part of a batch. */
const prepare = (pass: Pass, batch: MappedRow[]): RowCheck[] =>
  batch.map((mapped) => {
    const result = checkRow(mapped, pass.ctx);
    if (result.ok && pass.status === 'loading') {
      const { checked } = result;
      checked.search = searchColumns(
        checked.profile,
        checked.input.kind === 'company' ? null : mapped.companyName,
      );
    }
    return { row: mapped, result };
  });

const unique = (values: string[]) => [...new Set(values)];

/** Matches, plans and (when loading) writes one checked batch, with its problems and progress, in one transaction. */
const commitBatch = async (pass: Pass, checks: RowCheck[], fromRow: number): Promise<boolean> => {
  const { deps, row, ctx, settings } = pass;
  const actor = actorOf(row.org_id, settings);
  const keys = { externalIds: [] as string[], phones: [] as string[], emails: [] as string[] };
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
      const plan = planBatch({
        rows: checks,
        matches,
        ctx,
        options: settings,
        defaultOwner: owner,
        newId,
        memory: pass.memory,
      });
      const lines = { from: checks[0]!.row.line, to: checks[checks.length - 1]!.row.line };
      if (writes) await writePlan(tx, actor, row.id, plan, ctx, owner, lines);
      await insertProblems(tx, row.org_id, row.id, plan.problems);
      const at = { runner: pass.runner, status: pass.status, fromRow, toRow: fromRow + checks.length };
      if (!(await advanceImport(tx, row.org_id, row.id, at, plan.counts))) throw new LeaseLost();
      emit({ entityType: 'imports', entityId: row.id, action: 'progress', permission: 'customers.import' });
      return plan;
    });
    if (pass.memory) for (const t of [...plan.creates, ...plan.updates]) rememberKeys(pass.memory, t.profile);
    return true;
  } catch (error) {
    if (error instanceof LeaseLost) return false;
    throw error;
  }
};

/**
 * One read of the whole file: checking (writes only problems) or loading. The next batch is
 * read and checked while the database commits the previous one; batches still commit strictly
 * in order, each seeing what the one before loaded.
 */
export const runPass = async (deps: RunDeps, row: ImportRow, runner: string, options: RunOptions) => {
  const settings = settingsOf(row);
  const pass: Pass = {
    deps,
    row,
    status: row.status as Pass['status'],
    runner,
    settings,
    ctx: await loadRowContext(deps.db, row.org_id, row.headers, row.mapping),
    memory: row.status === 'loading' ? null : new Set<number>(),
  };
  const shape = { format: row.format as ImportFormat, encoding: row.encoding, delimiter: settings.delimiter };
  const batchRows = options.batchRows ?? BATCH_ROWS;
  let position = row.processed_rows;
  let inFlight: Promise<boolean> | null = null;
  let inFlightRows = 0;
  /** Waits for the batch being committed; false when this runner lost the import meanwhile. */
  const settle = async () => {
    if (!inFlight) return true;
    const committed = await inFlight;
    inFlight = null;
    if (!committed) return false;
    position += inFlightRows;
    await options.onProgress?.({
      status: pass.status,
      processed: position,
      total: Math.max(row.total_rows ?? 0, position),
    });
    return true;
  };
  let index = -1;
  let batch: MappedRow[] = [];
  const send = async () => {
    const checks = prepare(pass, batch);
    batch = [];
    if (!(await settle())) return false;
    if (options.signal?.aborted) return false;
    inFlightRows = checks.length;
    inFlight = commitBatch(pass, checks, position);
    inFlight.catch(() => undefined); // awaited by settle(); this only keeps it from being "unhandled" meanwhile
    return true;
  };
  try {
    for await (const record of readRecords(storedFile(deps.db, row.org_id, row.id), shape)) {
      if (index === -1) {
        index = 0; // the header
        continue;
      }
      const mapped = mapRow(record.cells, record.line, pass.ctx);
      if (index++ < position) {
        if (pass.memory) remember(pass, mapped);
        continue;
      }
      batch.push(mapped);
      if (batch.length >= batchRows && !(await send())) return (await settle(), 'stopped');
    }
    if (batch.length > 0 && !(await send())) return (await settle(), 'stopped');
    if (!(await settle())) return 'stopped';
  } catch (error) {
    await settle().catch(() => undefined);
    if (!(error instanceof AppError) || error.code !== 'INVALID_INPUT') throw error;
    await moveImport(
      deps.db,
      row.org_id,
      row.id,
      { runner, status: pass.status },
      {
        status: 'failed',
        error: `${error.message} (after row ${position + 1} of the data)`,
        finished: true,
      },
    );
    return 'stopped';
  }
  return (await finishPass(pass, index)) ? 'finished' : 'stopped';
};

const remember = (pass: Pass, mapped: MappedRow) => {
  const checked = checkRow(mapped, pass.ctx);
  if (checked.ok && pass.memory) rememberKeys(pass.memory, checked.checked.profile);
};

/** Ends a pass: a dry run is done; a check with problems fails; a clean check starts loading. */
const finishPass = async (pass: Pass, dataRows: number): Promise<boolean> => {
  const { deps, row, runner, status } = pass;
  const fresh = (await findImportRow(deps.db, row.org_id, row.id))!;
  const at = { runner, status };
  return transact(deps, actorOf(row.org_id, pass.settings), async (tx, emit) => {
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
      if (moved && status === 'loading') {
        await deleteChunks(tx, row.org_id, row.id);
        emit({ entityType: 'customers', entityId: null, action: 'import', permission: 'customers.read' });
      }
    }
    emit({ entityType: 'imports', entityId: row.id, action: 'update', permission: 'customers.import' });
    return moved;
  });
};
