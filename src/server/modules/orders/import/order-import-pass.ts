import type { Deps } from '../../../platform/deps';
import { transact } from '../../../platform/transaction';
import {
  advanceImport,
  insertProblems,
  readRecords,
  storedFile,
  type FileShape,
  type ImportRow,
} from '../../customers/index';
import { loadOrderContext, type OrderContext } from '../order-context';
import { createMissing, planOrders, type FileOrder } from './order-import-batch';
import type { OrderImportField } from './order-import-fields';
import { readOrderLine, type OrderFileLine, type RowProblem } from './order-import-rows';
import { importActor, type OrderImportSettings } from './order-import-settings';
import { writeOrders } from './order-import-write';

/** Rows per transaction, rounded up to the end of the order being read. */
export const ORDER_BATCH_ROWS = 20_000;

export type PassRun = {
  deps: Pick<Deps, 'db' | 'events'>;
  row: ImportRow;
  runner: string;
  settings: OrderImportSettings;
  status: 'validating' | 'loading';
  batchRows?: number;
  onProgress?: (processed: number) => unknown;
  signal?: AbortSignal;
};

const columnsOf = (row: ImportRow) => {
  const columns = new Map<OrderImportField, { index: number; header: string }>();
  const mapping = row.mapping as Record<string, OrderImportField | null>;
  row.headers.forEach((header, index) => {
    const field = mapping[header];
    if (field && !columns.has(field)) columns.set(field, { index, header });
  });
  return columns;
};

/** Consecutive lines with one order id form an order. */
const groupOrders = (lines: OrderFileLine[]): FileOrder[] => {
  const orders: FileOrder[] = [];
  for (const line of lines) {
    const last = orders[orders.length - 1];
    if (last && last.orderId === line.orderId) last.lines.push(line);
    else orders.push({ orderId: line.orderId, lines: [line] });
  }
  return orders;
};

/**
 * Checks (validating) or loads (loading) one batch in one transaction with its problems and
 * progress; the batch counts only while this runner holds the import at `fromRow`.
 */
const commitBatch = async (
  run: PassRun,
  context: OrderContext,
  lines: OrderFileLine[],
  rowProblems: RowProblem[],
  fromRow: number,
  rows: number,
): Promise<boolean> => {
  const actor = importActor(run.row.org_id, run.settings);
  return transact(run.deps, actor, async (tx, emit) => {
    const badLines = new Set(rowProblems.map((p) => p.line));
    const orders = groupOrders(lines).filter((o) => !o.lines.some((l) => badLines.has(l.line)));
    const plan = await planOrders(tx, actor, context, orders, run.settings);
    const problems = [...rowProblems, ...plan.problems];
    let counts = {
      created: 0,
      updated: 0,
      skipped: plan.known.length,
      errors: new Set(problems.map((p) => p.line)).size,
    };
    if (run.status === 'loading') {
      await createMissing(tx, actor, plan);
      const written = await writeOrders(tx, actor, plan, context);
      problems.push(...written.problems);
      counts = {
        ...counts,
        created: written.created,
        updated: written.refunds,
        errors: counts.errors + written.problems.length,
      };
      for (const id of written.customers.slice(0, 50))
        emit({ entityType: 'customers', entityId: id, action: 'update', permission: 'customers.read' });
    }
    await insertProblems(
      tx,
      actor.orgId,
      run.row.id,
      problems.map((p, seq) => ({ ...p, seq })),
    );
    const at = { runner: run.runner, status: run.status, fromRow, toRow: fromRow + rows };
    if (!(await advanceImport(tx, actor.orgId, run.row.id, at, counts))) throw new LeaseLost();
    emit({ entityType: 'imports', entityId: run.row.id, action: 'progress', permission: 'orders.write' });
    return true;
  }).catch((error: unknown) => {
    if (error instanceof LeaseLost) return false;
    throw error;
  });
};

class LeaseLost extends Error {}

/** Reads the stored file once from `processed_rows`, in batches that end at order boundaries. */
export const runOrderPass = async (run: PassRun): Promise<'finished' | 'stopped'> => {
  const { row } = run;
  const context = await loadOrderContext(run.deps.db, row.org_id);
  const columns = columnsOf(row);
  const shape: FileShape = {
    format: row.format as FileShape['format'],
    encoding: row.encoding,
    delimiter: run.settings.delimiter,
  };
  const batchRows = run.batchRows ?? ORDER_BATCH_ROWS;
  let position = row.processed_rows;
  let index = -1;
  let lines: OrderFileLine[] = [];
  let problems: RowProblem[] = [];
  let rows = 0;
  const flush = async () => {
    if (rows === 0) return true;
    if (run.signal?.aborted) return false;
    if (!(await commitBatch(run, context, lines, problems, position, rows))) return false;
    position += rows;
    [lines, problems, rows] = [[], [], 0];
    await run.onProgress?.(position);
    return true;
  };
  for await (const record of readRecords(storedFile(run.deps.db, row.org_id, row.id), shape)) {
    if (index++ === -1) continue; // the header
    if (index <= position) continue;
    const read = readOrderLine(record.line, record.cells, columns);
    const orderId = read.ok ? read.value.orderId : null;
    const last = lines[lines.length - 1];
    if (rows >= batchRows && (!last || orderId !== last.orderId) && !(await flush())) return 'stopped';
    rows++;
    if (read.ok) lines.push(read.value);
    else problems.push(...read.problems);
  }
  if (!(await flush())) return 'stopped';
  return 'finished';
};
