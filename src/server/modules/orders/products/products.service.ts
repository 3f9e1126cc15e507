import { sql } from 'kysely';
import { AppError } from '../../../../shared/errors';
import type {
  ProductCategoryCreate,
  ProductCategoryUpdate,
  ProductCreate,
  ProductListQuery,
  ProductUpdate,
} from '../../../../shared/contracts/products';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import { staleVersion } from '../../../platform/concurrency';
import type { Deps } from '../../../platform/deps';
import { newId } from '../../../platform/ids';
import { pageFrom } from '../../../platform/keyset';
import { decodeSortCursor } from '../../../platform/keyset-sort';
import { transact } from '../../../platform/transaction';
import { toCategory, toProduct } from './product-record';
import {
  categoryAndDescendants,
  findProductBySku,
  findProductRow,
  listCategoryRows,
  listProductRows,
} from './products.queries';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';

const notFound = (id: string) => new AppError('NOT_FOUND', `Product ${id} not found`);
const invalid = (path: string, message: string) =>
  new AppError('INVALID_INPUT', `${path} ${message}`, { issues: [{ path: `body.${path}`, message }] });

const categoriesById = async (db: Kysely<DB>, orgId: string) =>
  new Map((await listCategoryRows(db, orgId)).map((c) => [c.id, c]));

const assertCategory = async (db: Kysely<DB>, orgId: string, id: string | null | undefined) => {
  if (!id) return;
  const found = await db
    .selectFrom('product_categories')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!found) throw invalid('categoryId', 'is not a category of this organisation');
};

const assertSkuFree = async (db: Kysely<DB>, orgId: string, sku: string, except: string | null) => {
  const taken = await findProductBySku(db, orgId, sku);
  if (taken && taken.id !== except)
    throw new AppError('CONFLICT', `SKU ${sku} is already used by ${taken.name}`, { productId: taken.id });
};

/** The product catalogue (P1): products and the category tree. */
export const createProductsService = (deps: Deps) => ({
  async listProducts(actor: Actor, query: ProductListQuery) {
    const after = decodeSortCursor(query.cursor, [
      { expression: sql`lower(sku)`, descending: false, kind: 'text', nullable: false },
      { expression: sql`id`, descending: false, kind: 'id', nullable: false },
    ]) as [string, string] | undefined;
    const categoryIds = query.categoryId
      ? await categoryAndDescendants(deps.readDb, actor.orgId, query.categoryId)
      : undefined;
    const rows = await listProductRows(deps.readDb, actor.orgId, {
      q: query.q,
      categoryIds,
      active: query.active === undefined ? undefined : query.active === 'true',
      after,
      limit: query.limit,
    });
    const categories = await categoriesById(deps.readDb, actor.orgId);
    const page = pageFrom(rows, query.limit, (r) => [r.sku.toLowerCase(), r.id]);
    return { data: page.data.map((r) => toProduct(r, categories)), nextCursor: page.nextCursor };
  },

  async getProduct(actor: Actor, id: string) {
    const row = await findProductRow(deps.readDb, actor.orgId, id);
    if (!row) throw notFound(id);
    return toProduct(row, await categoriesById(deps.readDb, actor.orgId));
  },

  async createProduct(actor: Actor, input: ProductCreate) {
    return transact(deps, actor, async (tx, emit) => {
      await assertCategory(tx, actor.orgId, input.categoryId);
      await assertSkuFree(tx, actor.orgId, input.sku, null);
      const id = newId();
      const row = await tx
        .insertInto('products')
        .values({
          org_id: actor.orgId,
          id,
          sku: input.sku,
          name: input.name,
          category_id: input.categoryId ?? null,
          list_price_cents: input.listPriceCents,
          active: input.active,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const product = toProduct(row, await categoriesById(tx, actor.orgId));
      await writeAudit(tx, actor, { action: 'create', entityType: 'product', entityId: id, after: input });
      emit({ entityType: 'products', entityId: id, action: 'create', permission: 'orders.read' });
      return product;
    });
  },

  async updateProduct(actor: Actor, id: string, input: ProductUpdate) {
    return transact(deps, actor, async (tx, emit) => {
      const before = await findProductRow(tx, actor.orgId, id);
      if (!before) throw notFound(id);
      const categories = await categoriesById(tx, actor.orgId);
      if (before.version !== input.version) throw staleVersion('product', toProduct(before, categories));
      await assertCategory(tx, actor.orgId, input.categoryId);
      if (input.sku) await assertSkuFree(tx, actor.orgId, input.sku, id);
      const row = await tx
        .updateTable('products')
        .set({
          sku: input.sku,
          name: input.name,
          category_id: input.categoryId,
          list_price_cents: input.listPriceCents,
          active: input.active,
          version: sql`version + 1`,
          updated_at: new Date(),
        })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (input.name && input.name !== before.name)
        await tx
          .updateTable('customer_rollups')
          .set({ favourite_product: input.name })
          .where('org_id', '=', actor.orgId)
          .where('favourite_product_id', '=', id)
          .execute();
      await writeAudit(tx, actor, {
        action: 'update',
        entityType: 'product',
        entityId: id,
        before: {
          sku: before.sku,
          name: before.name,
          categoryId: before.category_id,
          listPriceCents: before.list_price_cents,
          active: before.active,
        },
        after: {
          sku: row.sku,
          name: row.name,
          categoryId: row.category_id,
          listPriceCents: row.list_price_cents,
          active: row.active,
        },
      });
      emit({ entityType: 'products', entityId: id, action: 'update', permission: 'orders.read' });
      return toProduct(row, categories);
    });
  },

  async listCategories(actor: Actor) {
    return { data: (await listCategoryRows(deps.readDb, actor.orgId)).map(toCategory) };
  },

  async createCategory(actor: Actor, input: ProductCategoryCreate) {
    return transact(deps, actor, async (tx) => {
      if (input.parentId && !(await listCategoryRows(tx, actor.orgId)).some((c) => c.id === input.parentId))
        throw invalid('parentId', 'is not a category of this organisation');
      const id = newId();
      try {
        await tx
          .insertInto('product_categories')
          .values({ org_id: actor.orgId, id, parent_id: input.parentId ?? null, name: input.name })
          .execute();
      } catch (error) {
        if ((error as { code?: string }).code === '23505')
          throw new AppError('CONFLICT', `A category named ${input.name} already exists here`);
        throw error;
      }
      await writeAudit(tx, actor, {
        action: 'create',
        entityType: 'product_category',
        entityId: id,
        after: input,
      });
      const created = (await listCategoryRows(tx, actor.orgId)).find((c) => c.id === id)!;
      return toCategory(created);
    });
  },

  async updateCategory(actor: Actor, id: string, input: ProductCategoryUpdate) {
    return transact(deps, actor, async (tx) => {
      const all = await listCategoryRows(tx, actor.orgId);
      const before = all.find((c) => c.id === id);
      if (!before) throw new AppError('NOT_FOUND', `Category ${id} not found`);
      if (before.version !== input.version) throw staleVersion('category', toCategory(before));
      if (input.parentId) {
        if (!all.some((c) => c.id === input.parentId))
          throw invalid('parentId', 'is not a category of this organisation');
        const below = await categoryAndDescendants(tx, actor.orgId, id);
        if (below.includes(input.parentId))
          throw invalid('parentId', 'must not be the category itself or one below it');
      }
      await tx
        .updateTable('product_categories')
        .set({
          name: input.name,
          parent_id: input.parentId,
          position: input.position,
          version: sql`version + 1`,
          updated_at: new Date(),
        })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', id)
        .execute();
      if (input.name && input.name !== before.name)
        await tx
          .updateTable('customer_rollups')
          .set({ favourite_category: input.name })
          .where('org_id', '=', actor.orgId)
          .where('favourite_category', '=', before.name)
          .execute();
      await writeAudit(tx, actor, {
        action: 'update',
        entityType: 'product_category',
        entityId: id,
        before: { name: before.name, parentId: before.parent_id, position: before.position },
        after: {
          name: input.name ?? before.name,
          parentId: input.parentId === undefined ? before.parent_id : input.parentId,
          position: input.position ?? before.position,
        },
      });
      return toCategory((await listCategoryRows(tx, actor.orgId)).find((c) => c.id === id)!);
    });
  },
});

export type ProductsService = ReturnType<typeof createProductsService>;
