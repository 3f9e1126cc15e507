import type { ProductCategory } from '../../../../shared/contracts/products';

export type CategoryNode = {
  category: ProductCategory;
  /** Names from the root down to this category. */
  path: string[];
  /** Products in this category and every category below it. */
  totalProducts: number;
  children: CategoryNode[];
};

const byPositionThenName = (a: ProductCategory, b: ProductCategory) =>
  a.position - b.position || a.name.localeCompare(b.name);

/**
 * The flat category list as a tree, siblings by position then name. A category whose parent is
 * missing (or part of a cycle) is shown at the top rather than lost.
 */
export const buildCategoryTree = (categories: readonly ProductCategory[]): CategoryNode[] => {
  const ids = new Set(categories.map((c) => c.id));
  const childrenOf = new Map<string | null, ProductCategory[]>();
  for (const category of categories) {
    const parent = category.parentId && ids.has(category.parentId) ? category.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), category]);
  }
  const placed = new Set<string>();
  const build = (parent: string | null, path: string[]): CategoryNode[] =>
    [...(childrenOf.get(parent) ?? [])].sort(byPositionThenName).flatMap((category) => {
      if (placed.has(category.id)) return [];
      placed.add(category.id);
      const ownPath = [...path, category.name];
      const children = build(category.id, ownPath);
      const totalProducts = category.productCount + children.reduce((sum, c) => sum + c.totalProducts, 0);
      return [{ category, path: ownPath, totalProducts, children }];
    });
  const roots = build(null, []);
  // Only a cycle leaves categories unplaced: break it at its first member so nothing is lost.
  for (const category of [...categories].sort(byPositionThenName)) {
    if (placed.has(category.id)) continue;
    placed.add(category.id);
    const children = build(category.id, [category.name]);
    const totalProducts = category.productCount + children.reduce((sum, c) => sum + c.totalProducts, 0);
    roots.push({ category, path: [category.name], totalProducts, children });
  }
  return roots;
};

/** The category and every category below it: where it may not be moved. */
export const categoryAndBelow = (nodes: readonly CategoryNode[], id: string): Set<string> => {
  const found = new Set<string>();
  const visit = (list: readonly CategoryNode[], inside: boolean) => {
    for (const node of list) {
      const here = inside || node.category.id === id;
      if (here) found.add(node.category.id);
      visit(node.children, here);
    }
  };
  visit(nodes, false);
  return found;
};
