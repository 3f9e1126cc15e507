import { sql, type Kysely } from 'kysely';
import {
  CO_PURCHASE_MIN_TOGETHER,
  CO_PURCHASE_NEIGHBOURS,
  CO_PURCHASE_SHRINKAGE,
} from '../../../../shared/recommend/co-purchase';
import type { DB } from '../../../db/schema';

/**
 * Refits the organisation's co-purchase model in SQL, mirroring `fitCoPurchase` in
 * src/shared/recommend/co-purchase.ts exactly: customer-level baskets from `customer_products`,
 * pairs bought by at least CO_PURCHASE_MIN_TOGETHER customers, shrunk cosine computed in float8
 * in the same order of operations, best CO_PURCHASE_NEIGHBOURS per product by score then id.
 */
export const refitRecommendations = async (db: Kysely<DB>, orgId: string) => {
  await sql`SET LOCAL work_mem = '256MB'`.execute(db);
  await sql`DELETE FROM product_neighbours WHERE org_id = ${orgId}`.execute(db);
  await sql`DELETE FROM product_popularity WHERE org_id = ${orgId}`.execute(db);
  await sql`
    INSERT INTO product_popularity (org_id, product_id, customers)
    SELECT ${orgId}, product_id, count(*)::int FROM customer_products WHERE org_id = ${orgId} GROUP BY product_id
  `.execute(db);
  const { rows } = await sql<{ pairs: number }>`
    WITH pairs AS (
      SELECT a.product_id AS i, b.product_id AS j, count(*)::int AS together
      FROM customer_products a
      JOIN customer_products b ON b.org_id = a.org_id AND b.customer_id = a.customer_id AND b.product_id <> a.product_id
      WHERE a.org_id = ${orgId}
      GROUP BY 1, 2
      HAVING count(*) >= ${CO_PURCHASE_MIN_TOGETHER}
    ), ranked AS (
      SELECT p.i, p.j, p.together,
             (p.together / sqrt(ni.customers::float8 * nj.customers::float8))
               * (p.together::float8 / (p.together + ${CO_PURCHASE_SHRINKAGE})::float8) AS score
      FROM pairs p
      JOIN product_popularity ni ON ni.org_id = ${orgId} AND ni.product_id = p.i
      JOIN product_popularity nj ON nj.org_id = ${orgId} AND nj.product_id = p.j
    ), numbered AS (
      SELECT *, row_number() OVER (PARTITION BY i ORDER BY score DESC, j) AS rank FROM ranked
    ), inserted AS (
      INSERT INTO product_neighbours (org_id, product_id, neighbour_id, together, score, rank)
      SELECT ${orgId}, i, j, together, score, rank FROM numbered WHERE rank <= ${CO_PURCHASE_NEIGHBOURS}
      RETURNING 1
    ) SELECT count(*)::int AS pairs FROM inserted
  `.execute(db);
  const { rows: products } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM product_popularity WHERE org_id = ${orgId}`.execute(db);
  await sql`
    INSERT INTO recommendation_models (org_id, fitted_at, products, pairs)
    VALUES (${orgId}, now(), ${products[0]!.n}, ${rows[0]!.pairs})
    ON CONFLICT (org_id) DO UPDATE SET fitted_at = EXCLUDED.fitted_at, products = EXCLUDED.products, pairs = EXCLUDED.pairs
  `.execute(db);
  return { products: products[0]!.n, pairs: rows[0]!.pairs };
};

export type SuggestionRow = {
  product_id: string;
  score: number;
  together: number | null;
  because_id: string | null;
};

/** "Customers who bought this also bought": active neighbours, best first. */
export const alsoBoughtRows = async (db: Kysely<DB>, orgId: string, productId: string, limit: number) => {
  const { rows } = await sql<SuggestionRow>`
    SELECT pn.neighbour_id AS product_id, pn.score, pn.together, NULL::uuid AS because_id
    FROM product_neighbours pn JOIN products p ON p.org_id = pn.org_id AND p.id = pn.neighbour_id AND p.active
    WHERE pn.org_id = ${orgId} AND pn.product_id = ${productId}
    ORDER BY pn.rank LIMIT ${limit}`.execute(db);
  return rows;
};

/**
 * A customer's suggestions as `recommendFor` makes them: neighbours of what they own, summed,
 * owned products skipped; `because` is the owned product with the largest single score (ties:
 * lower id). Inactive products are never suggested.
 */
export const coPurchaseRows = async (db: Kysely<DB>, orgId: string, customerId: string, limit: number) => {
  const { rows } = await sql<SuggestionRow>`
    WITH owned AS (
      SELECT product_id FROM customer_products WHERE org_id = ${orgId} AND customer_id = ${customerId}
    )
    SELECT pn.neighbour_id AS product_id, sum(pn.score) AS score, NULL::int AS together,
           (array_agg(pn.product_id ORDER BY pn.score DESC, pn.product_id))[1] AS because_id
    FROM product_neighbours pn
    JOIN products p ON p.org_id = pn.org_id AND p.id = pn.neighbour_id AND p.active
    WHERE pn.org_id = ${orgId} AND pn.product_id IN (SELECT product_id FROM owned)
      AND pn.neighbour_id NOT IN (SELECT product_id FROM owned)
    GROUP BY pn.neighbour_id
    ORDER BY score DESC, pn.neighbour_id
    LIMIT ${limit}`.execute(db);
  return rows;
};

/** Best sellers by distinct customers the customer does not own, skipping `skip`. */
export const popularRows = async (
  db: Kysely<DB>,
  orgId: string,
  customerId: string | null,
  skip: string[],
  limit: number,
) => {
  const { rows } = await sql<SuggestionRow>`
    SELECT pp.product_id, pp.customers::float8 AS score, NULL::int AS together, NULL::uuid AS because_id
    FROM product_popularity pp JOIN products p ON p.org_id = pp.org_id AND p.id = pp.product_id AND p.active
    WHERE pp.org_id = ${orgId}
      AND pp.product_id <> ALL(${skip}::uuid[])
      AND NOT EXISTS (SELECT 1 FROM customer_products cp
                      WHERE cp.org_id = pp.org_id AND cp.customer_id = ${customerId} AND cp.product_id = pp.product_id)
    ORDER BY pp.customers DESC, pp.product_id
    LIMIT ${limit}`.execute(db);
  return rows;
};
