import { sql, type Kysely } from 'kysely';

/**
 * Customers, their per-customer rollups, the admin-editable pick lists (category, value tier,
 * lifecycle stage, source) and custom field definitions. Search reads stored, normalised
 * columns: `search_text` (name, pinyin, initials, company, phone digits, emails) carries a
 * trigram index; `name_grams` (single Han characters and pairs) serves two-character Chinese
 * names that trigrams cannot index.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    ALTER TABLE orgs ADD COLUMN country char(2) NOT NULL DEFAULT 'CN';

    CREATE TABLE customers (
      org_id uuid NOT NULL REFERENCES orgs(id),
      id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('person', 'company')),
      name text NOT NULL,
      company_id uuid,
      title text,
      gender text,
      birthday date,
      phones jsonb NOT NULL DEFAULT '[]'::jsonb,
      emails jsonb NOT NULL DEFAULT '[]'::jsonb,
      addresses jsonb NOT NULL DEFAULT '[]'::jsonb,
      primary_phone text,
      primary_email text,
      country text,
      province text,
      city text,
      district text,
      source text,
      category text,
      value_tier text,
      lifecycle_stage text,
      owner_id uuid,
      team_id uuid,
      tags text[] NOT NULL DEFAULT '{}',
      notes text,
      custom jsonb NOT NULL DEFAULT '{}'::jsonb,
      external_id text,
      phone_keys text[] NOT NULL DEFAULT '{}',
      email_keys text[] NOT NULL DEFAULT '{}',
      name_key text NOT NULL,
      name_pinyin text NOT NULL DEFAULT '',
      name_initials text NOT NULL DEFAULT '',
      name_grams text[] NOT NULL DEFAULT '{}',
      search_text text NOT NULL DEFAULT '',
      merged_into uuid,
      version int NOT NULL DEFAULT 1,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz,
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, company_id) REFERENCES customers(org_id, id)
    );
    CREATE UNIQUE INDEX customers_external_id_key ON customers (org_id, external_id)
      WHERE external_id IS NOT NULL AND deleted_at IS NULL;
    CREATE INDEX customers_search_trgm ON customers USING gin (search_text gin_trgm_ops);
    CREATE INDEX customers_name_grams ON customers USING gin (name_grams);
    CREATE INDEX customers_phone_keys ON customers USING gin (phone_keys);
    CREATE INDEX customers_email_keys ON customers USING gin (email_keys);
    CREATE INDEX customers_initials ON customers (org_id, name_initials text_pattern_ops);
    CREATE INDEX customers_pinyin ON customers (org_id, name_pinyin text_pattern_ops);
    CREATE INDEX customers_updated ON customers (org_id, updated_at DESC, id DESC);
    CREATE INDEX customers_created ON customers (org_id, created_at DESC, id DESC);
    CREATE INDEX customers_name ON customers (org_id, name_key, id);
    CREATE INDEX customers_owner ON customers (org_id, owner_id, updated_at DESC, id DESC);
    CREATE INDEX customers_team ON customers (org_id, team_id, updated_at DESC, id DESC);
    CREATE INDEX customers_city ON customers (org_id, city, created_at DESC, id DESC);
    CREATE INDEX customers_company ON customers (org_id, company_id) WHERE company_id IS NOT NULL;
    CREATE INDEX customers_deleted ON customers (org_id, deleted_at) WHERE deleted_at IS NOT NULL;

    CREATE TABLE customer_rollups (
      org_id uuid NOT NULL,
      customer_id uuid NOT NULL,
      last_contact_at timestamptz,
      order_count int NOT NULL DEFAULT 0,
      revenue_cents bigint NOT NULL DEFAULT 0,
      first_order_at timestamptz,
      last_order_at timestamptz,
      avg_order_cents bigint,
      favourite_category text,
      favourite_product_id uuid,
      preferred_channel text,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, customer_id),
      FOREIGN KEY (org_id, customer_id) REFERENCES customers(org_id, id)
    );
    CREATE INDEX customer_rollups_revenue ON customer_rollups (org_id, revenue_cents DESC, customer_id DESC);
    CREATE INDEX customer_rollups_last_order ON customer_rollups (org_id, last_order_at DESC NULLS LAST, customer_id DESC);
    CREATE INDEX customer_rollups_last_contact ON customer_rollups (org_id, last_contact_at DESC NULLS LAST, customer_id DESC);

    CREATE TABLE customer_picklists (
      org_id uuid NOT NULL REFERENCES orgs(id),
      list text NOT NULL CHECK (list IN ('category', 'value_tier', 'lifecycle_stage', 'source')),
      key text NOT NULL,
      label text,
      position int NOT NULL,
      archived boolean NOT NULL DEFAULT false,
      PRIMARY KEY (org_id, list, key)
    );

    CREATE TABLE custom_fields (
      org_id uuid NOT NULL REFERENCES orgs(id),
      id uuid NOT NULL,
      key text NOT NULL,
      label text NOT NULL,
      type text NOT NULL,
      options text[] NOT NULL DEFAULT '{}',
      required boolean NOT NULL DEFAULT false,
      position int NOT NULL,
      version int NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      archived_at timestamptz,
      PRIMARY KEY (org_id, id)
    );
    CREATE UNIQUE INDEX custom_fields_key ON custom_fields (org_id, key);

    -- Multi-select custom values are JSON arrays; the filter language reads them as text[].
    CREATE FUNCTION kehu_text_array(value jsonb) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT CASE WHEN jsonb_typeof(value) = 'array'
        THEN ARRAY(SELECT jsonb_array_elements_text(value)) ELSE NULL END $$;
  `.execute(db);
};
