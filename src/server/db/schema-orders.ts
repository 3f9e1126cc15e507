import type { ColumnType, Generated } from 'kysely';

/** Row types of the products and orders tables (migrations 0014–0016). */
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;

export type ProductCategoriesTable = {
  org_id: string;
  id: string;
  parent_id: string | null;
  name: string;
  position: Generated<number>;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
};

export type ProductsTable = {
  org_id: string;
  id: string;
  sku: string;
  name: string;
  category_id: string | null;
  list_price_cents: Generated<number>;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
};

export type OrderChannelsTable = {
  org_id: string;
  key: string;
  label: string | null;
  position: number;
  archived: Generated<boolean>;
};

export type OrderStatus = 'placed' | 'paid' | 'shipped' | 'completed' | 'cancelled' | 'refunded';

export type OrdersTable = {
  org_id: string;
  id: string;
  customer_id: string;
  external_id: string | null;
  status: OrderStatus;
  channel: string;
  currency: string;
  ordered_at: Timestamp;
  total_cents: number;
  refunded_cents: Generated<number>;
  note: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
};

export type OrderLinesTable = {
  org_id: string;
  order_id: string;
  line_no: number;
  product_id: string;
  product_name: string;
  quantity: number;
  unit_price_cents: number;
  discount_cents: Generated<number>;
  total_cents: number;
  refunded_quantity: Generated<number>;
  refunded_cents: Generated<number>;
};

export type OrderRefundsTable = {
  org_id: string;
  id: string;
  order_id: string;
  line_no: number;
  quantity: number;
  amount_cents: number;
  reason: string | null;
  refunded_at: Timestamp;
  created_by: string | null;
  created_at: DefaultTimestamp;
};

export type CustomerProductsTable = {
  org_id: string;
  customer_id: string;
  product_id: string;
  orders: number;
  quantity: number;
  revenue_cents: number;
  last_ordered_at: Timestamp;
};

export type IdempotencyKeysTable = {
  org_id: string;
  scope: string;
  key: string;
  request_hash: string;
  status: number;
  response: Json;
  created_at: DefaultTimestamp;
};

export type ProductNeighboursTable = {
  org_id: string;
  product_id: string;
  neighbour_id: string;
  together: number;
  score: number;
  rank: number;
};

export type ProductPopularityTable = { org_id: string; product_id: string; customers: number };

export type RecommendationModelsTable = {
  org_id: string;
  fitted_at: Timestamp;
  products: number;
  pairs: number;
};

export type OrdersDB = {
  product_neighbours: ProductNeighboursTable;
  product_popularity: ProductPopularityTable;
  recommendation_models: RecommendationModelsTable;
  product_categories: ProductCategoriesTable;
  products: ProductsTable;
  order_channels: OrderChannelsTable;
  orders: OrdersTable;
  order_lines: OrderLinesTable;
  order_refunds: OrderRefundsTable;
  customer_products: CustomerProductsTable;
  idempotency_keys: IdempotencyKeysTable;
};
