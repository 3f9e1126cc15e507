import type { Kysely, RawBuilder } from 'kysely';
import { AppError } from '../../../../shared/errors';
import type { Language } from '../../../../shared/contracts/common';
import {
  EXPORT_MAX_IDS,
  type CustomerExportQuery,
  type ExportFormat,
} from '../../../../shared/contracts/exports';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import type { Deps } from '../../../platform/deps';
import { newId } from '../../../platform/ids';
import type { SortColumn } from '../../../platform/keyset-sort';
import { transact } from '../../../platform/transaction';
import { selectionConditions, selectionFromQuery, sortColumns } from '../customer-list.service';
import { mayReveal } from '../customer-record';
import { countCustomerRows } from '../customers.queries';
import { listCustomFieldRows } from '../custom-fields/custom-fields.queries';
import { loadPicklists } from '../picklists/picklists.service';
import { dayIn, safeCell, type Cell } from './export-cells';
import { availableColumns, chooseColumns, type CellContext, type ExportColumn } from './export-columns';
import { contentDisposition, contentTypes, exportFileName } from './export-file';
import { exportLabels } from './export-labels';
import { heapBudget } from './heap-budget';
import {
  listExportRows,
  orgExportSettings,
  segmentName,
  teamNames,
  userNames,
  type ExportRow,
} from './export.queries';
import { csvStream, xlsxStream } from './export-writers';

/**
 * Rows read per keyset page: big enough that a million rows take few round trips, small enough
 * that a page (with phones, emails and custom values) is a few megabytes at most.
 */
export const EXPORT_PAGE = 2000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const parseIds = (ids: string | undefined): string[] | undefined => {
  if (ids === undefined) return undefined;
  const list = [...new Set(ids.split(',').map((id) => id.trim()))];
  const bad = list.filter((id) => !UUID.test(id));
  const issue = (message: string) =>
    new AppError('INVALID_INPUT', `ids ${message}.`, { issues: [{ path: 'querystring.ids', message }] });
  if (bad.length) throw issue(`must be customer ids separated by commas; ${bad[0] || '(empty)'} is not one`);
  if (list.length > EXPORT_MAX_IDS)
    throw issue(`may name at most ${EXPORT_MAX_IDS} customers; export a filter instead`);
  return list;
};

type Plan = {
  db: Kysely<DB>;
  orgId: string;
  timeZone: string;
  where: RawBuilder<boolean>[];
  order: SortColumn[];
};

const readPage = (plan: Plan, after: unknown[] | undefined) =>
  listExportRows(plan.db, plan.orgId, plan.timeZone, {
    where: plan.where,
    order: plan.order,
    after,
    limit: EXPORT_PAGE,
  });

/** Every customer of the selection, page after page in keyset order; the first page is already read. */
async function* pagesOf(
  plan: Plan,
  first: Awaited<ReturnType<typeof readPage>>,
): AsyncGenerator<ExportRow[]> {
  let page = first;
  for (;;) {
    const rows = page.slice(0, EXPORT_PAGE);
    yield rows;
    if (page.length <= EXPORT_PAGE) return;
    const last = rows[rows.length - 1]!;
    page = await readPage(
      plan,
      plan.order.map((_, i) => last[`sort_${i}`]),
    );
  }
}

/** The header, then each page's rows as escaped cells. */
async function* cellPages(
  columns: ExportColumn[],
  ctx: CellContext,
  pages: AsyncIterable<ExportRow[]>,
): AsyncGenerator<Cell[][]> {
  yield [columns.map((c) => safeCell(c.header))];
  const withinBudget = heapBudget(32);
  for await (const rows of pages) {
    yield rows.map((row) => columns.map((c) => safeCell(c.cell(row, ctx))));
    withinBudget();
  }
}

export type ExportFile = {
  /** Customers in the file (counted before it starts). */
  rows: number;
  contentType: string;
  disposition: string;
  stream: NodeJS.ReadableStream;
};

export const createCustomerExportService = (deps: Deps) => ({
  /**
   * Streams the selection as CSV or Excel. Everything that can be refused (a bad filter, sort,
   * column or id) is refused before the first byte, as a JSON 400; visibility and masking apply
   * as in the table. Writes an `export` audit entry, and a `reveal` one when contacts are in full.
   */
  async exportCustomers(actor: Actor, query: CustomerExportQuery): Promise<ExportFile> {
    const db = deps.readDb;
    const { orgId } = actor;
    const ids = parseIds(query.ids);
    const selection = { ...selectionFromQuery({ ...query, limit: 1 }), ids };
    const where = await selectionConditions(db, actor, selection);
    const order = await sortColumns(db, orgId, query.sort);
    const org = await orgExportSettings(db, orgId);
    const labels = exportLabels(org.language as Language);
    const columns = chooseColumns(
      availableColumns(await listCustomFieldRows(db, orgId), labels),
      query.columns,
    );
    const reveal = query.reveal === 'true' && mayReveal(actor);
    const ctx: CellContext = {
      labels,
      reveal,
      users: await userNames(db, orgId),
      teams: await teamNames(db, orgId),
      picklists: await loadPicklists(db, orgId),
      now: new Date(),
    };
    const plan: Plan = { db, orgId, timeZone: org.time_zone, where, order };
    const first = await readPage(plan, undefined);
    const rows = first.length > EXPORT_PAGE ? await countCustomerRows(db, orgId, where) : first.length;
    await auditExport(deps, actor, {
      format: query.format,
      rows,
      columns: columns.map((c) => c.key),
      q: selection.q ?? null,
      filter: selection.filter ?? null,
      segmentId: selection.segmentId ?? null,
      sort: query.sort ?? null,
      ids: ids ?? null,
      recycleBin: !!selection.deleted,
      contacts: reveal ? 'revealed' : 'masked',
    });

    const format: ExportFormat = query.format;
    const day = dayIn(org.time_zone);
    const segment = query.segmentId ? await segmentName(db, orgId, query.segmentId) : null;
    const cells = cellPages(columns, ctx, pagesOf(plan, first));
    return {
      rows,
      contentType: contentTypes[format],
      disposition: contentDisposition(
        exportFileName(day, format, segment),
        exportFileName(day, format, null),
      ),
      stream: format === 'csv' ? csvStream(cells) : xlsxStream(cells, labels.sheet),
    };
  },
});

/** One `export` entry per file, and a `reveal` entry beside it when contacts are written in full. */
const auditExport = (deps: Deps, actor: Actor, exported: Record<string, unknown>) => {
  const entityId = newId();
  return transact(deps, actor, async (tx) => {
    await writeAudit(tx, actor, {
      action: 'export',
      entityType: 'customer_export',
      entityId,
      changes: { export: { from: null, to: exported } },
    });
    if (exported.contacts === 'revealed')
      await writeAudit(tx, actor, {
        action: 'reveal',
        entityType: 'customer_export',
        entityId,
        changes: { contacts: { from: 'masked', to: 'revealed' }, export: { from: null, to: exported } },
      });
  });
};

export type CustomerExportService = ReturnType<typeof createCustomerExportService>;
