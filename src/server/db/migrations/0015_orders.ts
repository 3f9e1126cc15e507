import { sql, type Kysely } from 'kysely';

/**
 * Orders (P2) with lines and refunds against lines, the organisation's sales channels, and
 * `customer_products` — what each customer has bought, net of refunds — which feeds the
 * favourite product and category rollups and the co-purchase recommendations (P3, P4).
 *
 * Money is minor units in the order's currency, which is the organisation's currency.
 * `refunded_cents` on an order is the sum of its refunds, kept in the same transaction.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    CREATE TABLE order_channels (
      org_id uuid NOT NULL REFERENCES orgs(id),
      key text NOT NULL,
      label text,
      position int NOT NULL,
      archived boolean NOT NULL DEFAULT false,
      PRIMARY KEY (org_id, key)
    );

    CREATE TABLE orders (
      org_id uuid NOT NULL REFERENCES orgs(id),
      id uuid NOT NULL,
      customer_id uuid NOT NULL,
      external_id text,
      status text NOT NULL CHECK (status IN ('placed', 'paid', 'shipped', 'completed', 'cancelled', 'refunded')),
      channel text NOT NULL,
      currency char(3) NOT NULL,
      ordered_at timestamptz NOT NULL,
      total_cents bigint NOT NULL CHECK (total_cents >= 0),
      refunded_cents bigint NOT NULL DEFAULT 0 CHECK (refunded_cents >= 0 AND refunded_cents <= total_cents),
      note text,
      created_by uuid,
      version int NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, customer_id) REFERENCES customers(org_id, id)
    );
    CREATE UNIQUE INDEX orders_external_id ON orders (org_id, external_id) WHERE external_id IS NOT NULL;
    CREATE INDEX orders_customer ON orders (org_id, customer_id, ordered_at DESC, id DESC);
    CREATE INDEX orders_recent ON orders (org_id, ordered_at DESC, id DESC);

    CREATE TABLE order_lines (
      org_id uuid NOT NULL,
      order_id uuid NOT NULL,
      line_no int NOT NULL,
      product_id uuid NOT NULL,
      product_name text NOT NULL,
      quantity int NOT NULL CHECK (quantity > 0),
      unit_price_cents bigint NOT NULL CHECK (unit_price_cents >= 0),
      discount_cents bigint NOT NULL DEFAULT 0 CHECK (discount_cents >= 0),
      total_cents bigint NOT NULL CHECK (total_cents >= 0),
      refunded_quantity int NOT NULL DEFAULT 0 CHECK (refunded_quantity >= 0 AND refunded_quantity <= quantity),
      refunded_cents bigint NOT NULL DEFAULT 0 CHECK (refunded_cents >= 0 AND refunded_cents <= total_cents),
      PRIMARY KEY (org_id, order_id, line_no),
      FOREIGN KEY (org_id, order_id) REFERENCES orders(org_id, id) ON DELETE CASCADE,
      FOREIGN KEY (org_id, product_id) REFERENCES products(org_id, id)
    );
    CREATE INDEX order_lines_product ON order_lines (org_id, product_id);

    CREATE TABLE order_refunds (
      org_id uuid NOT NULL,
      id uuid NOT NULL,
      order_id uuid NOT NULL,
      line_no int NOT NULL,
      quantity int NOT NULL CHECK (quantity >= 0),
      amount_cents bigint NOT NULL CHECK (amount_cents > 0),
      reason text,
      refunded_at timestamptz NOT NULL,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, order_id, line_no) REFERENCES order_lines(org_id, order_id, line_no) ON DELETE CASCADE
    );
    CREATE INDEX order_refunds_order ON order_refunds (org_id, order_id);

    CREATE TABLE customer_products (
      org_id uuid NOT NULL,
      customer_id uuid NOT NULL,
      product_id uuid NOT NULL,
      orders int NOT NULL,
      quantity int NOT NULL,
      revenue_cents bigint NOT NULL,
      last_ordered_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, customer_id, product_id)
    );
    CREATE INDEX customer_products_product ON customer_products (org_id, product_id);

    ALTER TABLE customer_rollups ADD COLUMN favourite_product text;
    CREATE INDEX customer_rollups_order_count ON customer_rollups (org_id, order_count DESC, customer_id DESC);
    CREATE INDEX customer_rollups_avg_order ON customer_rollups (org_id, avg_order_cents DESC NULLS LAST, customer_id DESC);
  `.execute(db);
};
