import { sql, type Kysely } from 'kysely';
import { demoCategories, demoProducts } from '../../../shared/demo/demo-catalogue';
import type { DemoLanguage } from '../../../shared/demo/demo-customer';
import type { DB } from '../../db/schema';
import { newId } from '../../platform/ids';

/** What the demo needs to know about the organisation; `today` is in its time zone. */
export type OrgFacts = { timeZone: string; currency: string; language: DemoLanguage; today: string };

export const orgFacts = async (db: Kysely<DB>, orgId: string): Promise<OrgFacts | null> => {
  const { rows } = await sql<{ time_zone: string; currency: string; language: string; today: string }>`
    SELECT time_zone, currency, language, to_char((now() AT TIME ZONE time_zone)::date, 'YYYY-MM-DD') AS today
    FROM orgs WHERE id = ${orgId}`.execute(db);
  const org = rows[0];
  if (!org) return null;
  return {
    timeZone: org.time_zone,
    currency: org.currency,
    language: org.language === 'zh-CN' ? 'zh' : 'en',
    today: org.today,
  };
};

/**
 * The demo category tree, reusing categories that already have the name under the same
 * parent (a second load, or a shop that already has 茶叶). Returns key → category.
 */
export const ensureCategories = async (db: Kysely<DB>, orgId: string, language: DemoLanguage) => {
  const ids = new Map<string, { id: string; name: string }>();
  for (const [position, category] of demoCategories.entries()) {
    const name = language === 'zh' ? category.zh : category.en;
    const parentId = category.parent ? ids.get(category.parent)!.id : null;
    const existing = await db
      .selectFrom('product_categories')
      .select('id')
      .where('org_id', '=', orgId)
      .where(sql<boolean>`parent_id IS NOT DISTINCT FROM ${parentId}::uuid`)
      .where(sql<boolean>`lower(name) = lower(${name})`)
      .executeTakeFirst();
    const id = existing?.id ?? newId();
    if (!existing)
      await db
        .insertInto('product_categories')
        .values({ org_id: orgId, id, parent_id: parentId, name, position })
        .execute();
    ids.set(category.key, { id, name });
  }
  return ids;
};

/**
 * The demo products, added by SKU unless a product with that SKU exists (then that one is
 * used, as it is). Returns SKU → product.
 */
export const ensureProducts = async (
  db: Kysely<DB>,
  orgId: string,
  categories: Map<string, { id: string }>,
  language: DemoLanguage,
  scale: number,
) => {
  const rows = demoProducts.map((p) => ({
    id: newId(),
    sku: p.sku,
    name: language === 'zh' ? p.zh : p.en,
    category_id: categories.get(p.category)!.id,
    list_price_cents: Math.max(1, Math.round(p.priceCents * scale)),
  }));
  await sql`
    INSERT INTO products (org_id, id, sku, name, category_id, list_price_cents)
    SELECT ${orgId}, v.id, v.sku, v.name, v.category_id, v.list_price_cents
    FROM json_to_recordset(${JSON.stringify(rows)}::json)
      AS v(id uuid, sku text, name text, category_id uuid, list_price_cents bigint)
    ON CONFLICT (org_id, lower(sku)) DO NOTHING`.execute(db);
  const { rows: found } = await sql<{ id: string; sku: string; name: string }>`
    SELECT id, sku, name FROM products
    WHERE org_id = ${orgId} AND lower(sku) = ANY(${rows.map((r) => r.sku.toLowerCase())}::text[])`.execute(
    db,
  );
  return new Map(found.map((p) => [p.sku.toUpperCase(), { id: p.id, name: p.name }]));
};

/** The organisation's active sales channels; the defaults while it has none of its own. */
export const activeChannels = async (db: Kysely<DB>, orgId: string, defaults: readonly string[]) => {
  const rows = await db
    .selectFrom('order_channels')
    .select('key')
    .where('org_id', '=', orgId)
    .where('archived', '=', false)
    .orderBy('position')
    .execute();
  return rows.length > 0 ? rows.map((r) => r.key) : [...defaults];
};

/**
 * Active keys of a customer pick list, or null while the organisation keeps the defaults
 * (then any default key is fine).
 */
export const activePicklistKeys = async (
  db: Kysely<DB>,
  orgId: string,
  list: 'source' | 'category',
): Promise<Set<string> | null> => {
  const rows = await db
    .selectFrom('customer_picklists')
    .select(['key', 'archived'])
    .where('org_id', '=', orgId)
    .where('list', '=', list)
    .execute();
  return rows.length > 0 ? new Set(rows.filter((r) => !r.archived).map((r) => r.key)) : null;
};
