import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCategories } from '../api/categories.api';
import { buildCategoryTree, categoryAndBelow, type CategoryNode } from '../state/category-tree';

type CategoryTreeSelectProps = {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** A category being moved: it and everything below it cannot be its new parent. */
  excludeId?: string;
  placeholder?: string;
  'data-testid'?: string;
  id?: string;
};

type Option = { value: string; title: string; disabled: boolean; children: Option[] };

const toOptions = (nodes: readonly CategoryNode[], excluded: Set<string>): Option[] =>
  nodes.map((node) => ({
    value: node.category.id,
    title: node.category.name,
    disabled: excluded.has(node.category.id),
    children: toOptions(node.children, excluded),
  }));

/** Picks a category from the tree, searchable by name; clearing means "no category" or "top level". */
export const CategoryTreeSelect = ({
  value,
  onChange,
  excludeId,
  placeholder,
  ...rest
}: CategoryTreeSelectProps) => {
  const { t } = useTranslation();
  const { data: categories, isPending } = useCategories();
  const treeData = useMemo(() => {
    const tree = buildCategoryTree(categories ?? []);
    return toOptions(tree, excludeId ? categoryAndBelow(tree, excludeId) : new Set());
  }, [categories, excludeId]);
  return (
    <TreeSelect<string | null>
      {...rest}
      value={value ?? null}
      onChange={(next) => onChange?.(next ?? null)}
      treeData={treeData}
      loading={isPending}
      allowClear
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandAll
      placeholder={placeholder ?? t('products.category.none')}
      notFoundContent={t('products.category.empty')}
      style={{ width: '100%' }}
    />
  );
};
