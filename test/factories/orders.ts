import type { Kehu } from '../../src/server/kehu';
import type { Order, OrderCreateInput } from '../../src/shared/contracts/orders';
import type { Product, ProductCategory } from '../../src/shared/contracts/products';
import { call, type Session } from '../support/test-kehu';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter += 1)}`;

const ok = <T>(res: { statusCode: number; body: string; json: <U>() => U }, what: string): T => {
  if (res.statusCode !== 200) throw new Error(`${what} failed: ${res.statusCode} ${res.body}`);
  return res.json<T>();
};

export const insertCategory = async (kehu: Kehu, session: Session, name: string, parentId?: string) =>
  ok<ProductCategory>(
    await call(kehu, session, 'POST', '/api/v1/product-categories', { name, parentId }),
    'create category',
  );

export const insertProduct = async (
  kehu: Kehu,
  session: Session,
  overrides: { sku?: string; name?: string; listPriceCents?: number; categoryId?: string } = {},
) =>
  ok<Product>(
    await call(kehu, session, 'POST', '/api/v1/products', {
      sku: overrides.sku ?? `SKU-${unique()}`,
      name: overrides.name ?? `Product ${unique()}`,
      listPriceCents: overrides.listPriceCents ?? 1000,
      categoryId: overrides.categoryId,
    }),
    'create product',
  );

/** Places an order through the API as `session`; fails the test on anything but 200. */
export const insertOrder = async (kehu: Kehu, session: Session, order: Partial<OrderCreateInput>) =>
  ok<Order>(
    await call(kehu, session, 'POST', '/api/v1/orders', { channel: 'online_store', ...order }),
    'create order',
  );
