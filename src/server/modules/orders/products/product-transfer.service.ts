import { sql, type Kysely } from 'kysely';
import { AppError } from '../../../../shared/errors';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import type { Deps } from '../../../platform/deps';
import { newId } from '../../../platform/ids';
import { transact } from '../../../platform/transaction';
import { productsCsv, readProductFile } from './product-file';
import { toProduct } from './product-record';
import { listCategoryRows } from './products.queries';

/** The id of the category at `path` (names from the root), creating what is missing. */
const categoryAt = async (db: Kysely<DB>, orgId: string, path: string[], known: Map<string, string>) => {
  let parent: string | null = null;
  for (let depth = 1; depth <= path.length; depth++) {
    const key = path.slice(0, depth).join('\u0000').toLowerCase();
    let id = known.get(key);
    if (!id) {
      id = newId();
      await db
        .insertInto('product_categories')
        .values({ org_id: orgId, id, parent_id: parent, name: path[depth - 1]! })
        .execute();
      known.set(key, id);
    }
    parent = id;
  }
  return parent;
};

/** Category path key → id, for every category of the organisation. */
const knownPaths = async (db: Kysely<DB>, orgId: string) => {
  const rows = await listCategoryRows(db, orgId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const pathOf = (id: string): string[] => {
    const row = byId.get(id)!;
    return row.parent_id ? [...pathOf(row.parent_id), row.name] : [row.name];
  };
  return new Map(rows.map((r) => [pathOf(r.id).join('\u0000').toLowerCase(), r.id]));
};

/** Catalogue export and import (P1): a CSV with SKU, name, category path, list price and active. */
export const createProductTransferService = (deps: Deps) => ({
  async exportProducts(actor: Actor): Promise<string> {
    const rows = await deps.readDb
      .selectFrom('products')
      .selectAll()
      .where('org_id', '=', actor.orgId)
      .orderBy(sql`lower(sku)`)
      .execute();
    const categories = new Map((await listCategoryRows(deps.readDb, actor.orgId)).map((c) => [c.id, c]));
    return `\uFEFF${productsCsv(
      rows.map((r) => toProduct(r, categories)),
      true,
    )}`;
  },

  /**
   * Creates or updates products by SKU from a CSV; categories are found or created by path.
   * Any problem anywhere means nothing is written, and every problem is reported.
   */
  async importProducts(actor: Actor, text: string) {
    const { rows, problems } = readProductFile(text);
    if (problems.length > 0)
      throw new AppError(
        'INVALID_INPUT',
        `The file has ${problems.length} problem(s); nothing was imported. ${problems
          .slice(0, 5)
          .map((p) => `Line ${p.line}, ${p.column}: ${p.reason}`)
          .join('; ')}`,
        { issues: problems.map((p) => ({ path: `line ${p.line}.${p.column}`, message: p.reason })) },
      );
    return transact(deps, actor, async (tx, emit) => {
      const paths = await knownPaths(tx, actor.orgId);
      const existing = new Map(
        (
          await tx.selectFrom('products').select(['id', 'sku']).where('org_id', '=', actor.orgId).execute()
        ).map((p) => [p.sku.toLowerCase(), p.id]),
      );
      let created = 0;
      let updated = 0;
      for (const row of rows) {
        const categoryId = row.categoryPath.length
          ? await categoryAt(tx, actor.orgId, row.categoryPath, paths)
          : null;
        const values = {
          name: row.name,
          category_id: categoryId,
          list_price_cents: row.listPriceCents,
          active: row.active,
        };
        const id = existing.get(row.sku.toLowerCase());
        if (id) {
          await tx
            .updateTable('products')
            .set({ ...values, sku: row.sku, version: sql`version + 1`, updated_at: new Date() })
            .where('org_id', '=', actor.orgId)
            .where('id', '=', id)
            .execute();
          updated++;
        } else {
          await tx
            .insertInto('products')
            .values({ ...values, org_id: actor.orgId, id: newId(), sku: row.sku })
            .execute();
          created++;
        }
      }
      await writeAudit(tx, actor, {
        action: 'import',
        entityType: 'product',
        entityId: null,
        after: { created, updated },
      });
      emit({ entityType: 'products', entityId: null, action: 'import', permission: 'orders.read' });
      return { created, updated };
    });
  },
});

export type ProductTransferService = ReturnType<typeof createProductTransferService>;
