import { describe, expect, it } from 'vitest';
import type { ProductCategory } from '../../../../shared/contracts/products';
import { buildCategoryTree, categoryAndBelow, type CategoryNode } from './category-tree';

const category = (id: string, name: string, parentId: string | null, extra: Partial<ProductCategory> = {}) =>
  ({ id, name, parentId, position: 0, productCount: 0, version: 1, ...extra }) satisfies ProductCategory;

const names = (nodes: CategoryNode[]): unknown =>
  nodes.map((n) => (n.children.length ? { [n.category.name]: names(n.children) } : n.category.name));

describe('buildCategoryTree', () => {
  it('nests categories under their parents, siblings by position then name', () => {
    const tree = buildCategoryTree([
      category('3', '绿茶', '1', { productCount: 2 }),
      category('1', '茶叶', null, { position: 1, productCount: 1 }),
      category('4', '红茶', '1', { position: 1, productCount: 3 }),
      category('2', 'Cups', null, { position: 0 }),
      category('5', '龙井', '3', { productCount: 4 }),
    ]);
    expect(names(tree)).toEqual(['Cups', { 茶叶: [{ 绿茶: ['龙井'] }, '红茶'] }]);
    const tea = tree[1]!;
    expect(tea.totalProducts).toBe(1 + 2 + 3 + 4);
    expect(tea.children[0]!.children[0]!.path).toEqual(['茶叶', '绿茶', '龙井']);
  });

  it('shows a category with an unknown parent at the top', () => {
    expect(names(buildCategoryTree([category('1', 'Lost', 'gone')]))).toEqual(['Lost']);
  });

  it('keeps every category of a parent cycle instead of dropping them', () => {
    const tree = buildCategoryTree([category('a', 'A', 'b'), category('b', 'B', 'a')]);
    expect(names(tree)).toEqual([{ A: ['B'] }]);
  });
});

describe('categoryAndBelow', () => {
  it('names the category and all its descendants, nothing else', () => {
    const tree = buildCategoryTree([
      category('1', 'Tea', null),
      category('2', 'Green', '1'),
      category('3', 'Longjing', '2'),
      category('4', 'Cups', null),
    ]);
    expect([...categoryAndBelow(tree, '2')].sort()).toEqual(['2', '3']);
    expect([...categoryAndBelow(tree, '4')]).toEqual(['4']);
  });
});
