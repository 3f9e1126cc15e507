import { sql, type Kysely } from 'kysely';

/**
 * The co-purchase recommendation model (P4), recomputed by a job from `customer_products`:
 * each product's best neighbours ("customers who bought this also bought") and how many
 * distinct customers bought each product (the best-seller fallback).
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    CREATE TABLE product_neighbours (
      org_id uuid NOT NULL,
      product_id uuid NOT NULL,
      neighbour_id uuid NOT NULL,
      together int NOT NULL,
      score float8 NOT NULL,
      rank int NOT NULL,
      PRIMARY KEY (org_id, product_id, rank)
    );
    CREATE TABLE product_popularity (
      org_id uuid NOT NULL,
      product_id uuid NOT NULL,
      customers int NOT NULL,
      PRIMARY KEY (org_id, product_id)
    );
    CREATE INDEX product_popularity_rank ON product_popularity (org_id, customers DESC, product_id);
    CREATE TABLE recommendation_models (
      org_id uuid PRIMARY KEY REFERENCES orgs(id),
      fitted_at timestamptz NOT NULL,
      products int NOT NULL,
      pairs int NOT NULL
    );
  `.execute(db);
};
