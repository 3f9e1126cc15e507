import { sql, type Kysely, type RawBuilder } from 'kysely';
import { AppError } from '../../../shared/errors';
import { maskEmail, maskPhone } from '../../../shared/contacts';
import type { BulkAction, CustomerListQuery } from '../../../shared/contracts/customers';
import { parseSort } from '../../../shared/customers/customer-fields';
import type { DB } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import type { Deps } from '../../platform/deps';
import { compileFilter } from '../../platform/filter/compile-filter';
import { pageFrom } from '../../platform/keyset';
import { decodeSortCursor, type SortColumn } from '../../platform/keyset-sort';
import { customerFieldDefinitions, customerFieldRegistry } from './customer-fields';
import { toCustomer } from './customer-record';
import { countCustomerRows, listCustomerRows } from './customers.queries';
import { listCustomFieldRows } from './custom-fields/custom-fields.queries';
import { searchCondition } from './search/search.queries';
import { visibleCustomers } from './visibility';

/** Which customers a list, count, export or bulk action covers. */
export type CustomerSelection = {
  q?: string;
  filter?: unknown;
  segmentId?: string;
  deleted?: boolean;
  ids?: string[];
};

const parseFilterParam = (filter: string | undefined): unknown => {
  if (!filter) return undefined;
  try {
    return JSON.parse(filter);
  } catch {
    throw new AppError('INVALID_INPUT', 'The filter is not valid JSON.', {
      issues: [{ path: 'querystring.filter', message: 'must be a JSON filter tree' }],
    });
  }
};

export const selectionFromQuery = (q: CustomerListQuery): CustomerSelection => ({
  q: q.q || undefined,
  filter: parseFilterParam(q.filter),
  segmentId: q.segmentId,
  deleted: q.deleted === 'true',
});

const segmentFilter = async (db: Kysely<DB>, orgId: string, segmentId: string) => {
  const segment = await db
    .selectFrom('segments')
    .select('filter')
    .where('org_id', '=', orgId)
    .where('id', '=', segmentId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!segment) throw new AppError('NOT_FOUND', `Segment ${segmentId} not found`);
  return segment.filter;
};

/**
 * The SQL conditions for a selection: visibility first, then bin, ids, search, segment and
 * filter. Every customer list, count, export and bulk action goes through here, so none can
 * reach past the actor's scope.
 */
export const selectionConditions = async (
  db: Kysely<DB>,
  actor: Actor,
  selection: CustomerSelection,
): Promise<RawBuilder<boolean>[]> => {
  const custom = await listCustomFieldRows(db, actor.orgId);
  const registry = customerFieldRegistry(custom);
  const where = [
    visibleCustomers(actor),
    sql<boolean>`c.merged_into IS NULL`,
    selection.deleted ? sql<boolean>`c.deleted_at IS NOT NULL` : sql<boolean>`c.deleted_at IS NULL`,
  ];
  if (selection.ids) where.push(sql<boolean>`c.id = ANY(${selection.ids}::uuid[])`);
  if (selection.q) where.push(searchCondition(selection.q));
  if (selection.segmentId)
    where.push(compileFilter(await segmentFilter(db, actor.orgId, selection.segmentId), registry));
  if (selection.filter !== undefined) where.push(compileFilter(selection.filter, registry));
  return where;
};

/** The ordering for a `sort` parameter, ending with the id so every row has one place. */
export const sortColumns = async (
  db: Kysely<DB>,
  orgId: string,
  sort: string | undefined,
): Promise<SortColumn[]> => {
  const fields = new Map(
    customerFieldDefinitions(await listCustomFieldRows(db, orgId)).map((f) => [f.key, f]),
  );
  const keys = parseSort(sort);
  const order: SortColumn[] = [];
  for (const key of keys.length ? keys : [{ key: 'updated_at', descending: true }]) {
    const field = fields.get(key.key);
    if (!field || !field.sortable)
      throw new AppError('INVALID_INPUT', `Customers cannot be sorted by ${key.key}.`, {
        issues: [{ path: 'querystring.sort', message: `${key.key} is not a sortable field` }],
      });
    order.push({
      expression: field.sortExpression,
      descending: key.descending,
      kind: field.sortKind,
      nullable: field.sortNullable,
    });
  }
  if (order.length > 4)
    throw new AppError('INVALID_INPUT', 'Sort by at most four fields.', {
      issues: [{ path: 'querystring.sort', message: 'has more than four fields' }],
    });
  return [...order, { expression: sql`c.id`, descending: order[0]!.descending, kind: 'id', nullable: false }];
};

export const createCustomerListService = (deps: Deps) => ({
  async listCustomers(actor: Actor, query: CustomerListQuery) {
    const [where, order] = await Promise.all([
      selectionConditions(deps.readDb, actor, selectionFromQuery(query)),
      sortColumns(deps.readDb, actor.orgId, query.sort),
    ]);
    const rows = await listCustomerRows(deps.readDb, actor.orgId, {
      where,
      order,
      after: decodeSortCursor(query.cursor, order),
      limit: query.limit,
    });
    const page = pageFrom(rows, query.limit, (row) => order.map((_, i) => row[`sort_${i}`]));
    return { data: page.data.map((row) => toCustomer(row)), nextCursor: page.nextCursor };
  },

  async countCustomers(actor: Actor, query: CustomerListQuery) {
    const where = await selectionConditions(deps.readDb, actor, selectionFromQuery(query));
    return { count: await countCustomerRows(deps.readDb, actor.orgId, where), estimated: false };
  },
});

/** Masks phone and email values inside audit changes (history is readable by every viewer). */
export const maskedChanges = (changes: Record<string, { from: unknown; to: unknown }>) => {
  const mask = (key: string, value: unknown): unknown => {
    if (!Array.isArray(value)) return value;
    if (key === 'phones')
      return value.map((p: { number: string }) => ({ ...p, number: maskPhone(p.number) }));
    if (key === 'emails')
      return value.map((e: { address: string }) => ({ ...e, address: maskEmail(e.address) }));
    return value;
  };
  return Object.fromEntries(
    Object.entries(changes).map(([key, c]) => [key, { from: mask(key, c.from), to: mask(key, c.to) }]),
  );
};

export type BulkInput = BulkAction;
export type CustomerListService = ReturnType<typeof createCustomerListService>;
