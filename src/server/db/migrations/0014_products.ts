import { sql, type Kysely } from 'kysely';

/**
 * The product catalogue (P1): a category tree and products with a SKU (unique per
 * organisation, compared case-insensitively), list price in minor units and an active flag.
 * Products are never deleted once ordered; they are deactivated.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    CREATE TABLE product_categories (
      org_id uuid NOT NULL REFERENCES orgs(id),
      id uuid NOT NULL,
      parent_id uuid,
      name text NOT NULL,
      position int NOT NULL DEFAULT 0,
      version int NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, parent_id) REFERENCES product_categories(org_id, id)
    );
    CREATE UNIQUE INDEX product_categories_name
      ON product_categories (org_id, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'), lower(name));

    CREATE TABLE products (
      org_id uuid NOT NULL REFERENCES orgs(id),
      id uuid NOT NULL,
      sku text NOT NULL,
      name text NOT NULL,
      category_id uuid,
      list_price_cents bigint NOT NULL DEFAULT 0 CHECK (list_price_cents >= 0),
      active boolean NOT NULL DEFAULT true,
      version int NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, category_id) REFERENCES product_categories(org_id, id)
    );
    CREATE UNIQUE INDEX products_sku ON products (org_id, lower(sku));
    CREATE INDEX products_name ON products USING gin (lower(name) gin_trgm_ops);
    CREATE INDEX products_category ON products (org_id, category_id);
  `.execute(db);
};
