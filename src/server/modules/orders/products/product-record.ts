import type { Product, ProductCategory } from '../../../../shared/contracts/products';
import type { CategoryRow, ProductRow } from './products.queries';

/** Category names from the root down to `id`, from the organisation's category rows. */
export const categoryPath = (categories: ReadonlyMap<string, CategoryRow>, id: string | null): string[] => {
  const path: string[] = [];
  for (let at = id, guard = 0; at && guard < 50; guard += 1) {
    const category = categories.get(at);
    if (!category) break;
    path.unshift(category.name);
    at = category.parent_id;
  }
  return path;
};

export const toProduct = (row: ProductRow, categories: ReadonlyMap<string, CategoryRow>): Product => ({
  id: row.id,
  sku: row.sku,
  name: row.name,
  categoryId: row.category_id,
  categoryPath: categoryPath(categories, row.category_id),
  listPriceCents: row.list_price_cents,
  active: row.active,
  version: row.version,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

export const toCategory = (row: CategoryRow & { product_count: number }): ProductCategory => ({
  id: row.id,
  parentId: row.parent_id,
  name: row.name,
  position: row.position,
  productCount: row.product_count,
  version: row.version,
});
