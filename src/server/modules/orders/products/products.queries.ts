import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { ProductCategoriesTable, ProductsTable } from '../../../db/schema-orders';
import type { Selectable } from 'kysely';

export type ProductRow = Selectable<ProductsTable>;
export type CategoryRow = Selectable<ProductCategoriesTable>;

export const findProductRow = (db: Kysely<DB>, orgId: string, id: string) =>
  db.selectFrom('products').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();

export const findProductBySku = (db: Kysely<DB>, orgId: string, sku: string) =>
  db
    .selectFrom('products')
    .selectAll()
    .where('org_id', '=', orgId)
    .where(sql`lower(sku)`, '=', sku.toLowerCase())
    .executeTakeFirst();

/** Products by id or by SKU (case-insensitive), for pricing order lines in one round trip. */
export const findProductsByRefs = async (
  db: Kysely<DB>,
  orgId: string,
  refs: { ids: string[]; skus: string[] },
): Promise<ProductRow[]> => {
  if (refs.ids.length + refs.skus.length === 0) return [];
  const { rows } = await sql<ProductRow>`
    SELECT * FROM products WHERE org_id = ${orgId}
      AND (id = ANY(${refs.ids}::uuid[]) OR lower(sku) = ANY(${refs.skus.map((s) => s.toLowerCase())}::text[]))`.execute(
    db,
  );
  return rows;
};

export const listProductRows = (
  db: Kysely<DB>,
  orgId: string,
  query: { q?: string; categoryIds?: string[]; active?: boolean; after?: [string, string]; limit: number },
) => {
  let q = db.selectFrom('products').selectAll().where('org_id', '=', orgId);
  if (query.q) {
    const like = `%${query.q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) => eb.or([eb(sql`lower(name)`, 'like', like), eb(sql`lower(sku)`, 'like', like)]));
  }
  if (query.categoryIds) q = q.where('category_id', 'in', query.categoryIds);
  if (query.active !== undefined) q = q.where('active', '=', query.active);
  if (query.after) q = q.where(sql`lower(sku)`, '>', query.after);
  return q
    .orderBy(sql`lower(sku)`)
    .limit(query.limit + 1)
    .execute();
};

export const listCategoryRows = async (db: Kysely<DB>, orgId: string) => {
  const { rows } = await sql<CategoryRow & { product_count: number }>`
    SELECT pc.*, (SELECT count(*)::int FROM products p WHERE p.org_id = pc.org_id AND p.category_id = pc.id) AS product_count
    FROM product_categories pc WHERE pc.org_id = ${orgId} ORDER BY pc.position, lower(pc.name)`.execute(db);
  return rows;
};

/** The ids of a category and every category below it. */
export const categoryAndDescendants = async (db: Kysely<DB>, orgId: string, id: string) => {
  const { rows } = await sql<{ id: string }>`
    WITH RECURSIVE tree AS (
      SELECT id FROM product_categories WHERE org_id = ${orgId} AND id = ${id}
      UNION ALL
      SELECT pc.id FROM product_categories pc JOIN tree t ON pc.parent_id = t.id WHERE pc.org_id = ${orgId}
    ) SELECT id FROM tree`.execute(db);
  return rows.map((r) => r.id);
};
