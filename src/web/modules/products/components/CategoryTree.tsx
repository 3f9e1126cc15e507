import { EditOutlined, FolderAddOutlined, MoreOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Dropdown, Empty, Flex, Skeleton, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductCategory } from '../../../../shared/contracts/products';
import { ErrorState } from '../../../ui/ErrorState';
import { useCategories } from '../api/categories.api';
import { buildCategoryTree, type CategoryNode } from '../state/category-tree';
import { CategoryFormModal } from './CategoryFormModal';

type CategoryTreeProps = {
  /** The category whose products are listed; undefined for all products. */
  selected: string | undefined;
  onSelect: (id: string | undefined) => void;
  /** Shows create, rename and move. */
  manage: boolean;
};

type Editing = { category?: ProductCategory; parentId?: string | null } | null;

const ALL = '__all__';

/** The category tree beside the catalogue: choose one to filter; managers add, rename and move. */
export const CategoryTree = ({ selected, onSelect, manage }: CategoryTreeProps) => {
  const { t } = useTranslation();
  const { data: categories, error, refetch } = useCategories();
  const [editing, setEditing] = useState<Editing>(null);
  const tree = useMemo(() => buildCategoryTree(categories ?? []), [categories]);

  const title = (node: CategoryNode) => (
    <Flex gap={6} align="center" justify="space-between" data-testid={`category-node-${node.category.name}`}>
      <Typography.Text ellipsis style={{ minWidth: 0 }}>
        {node.category.name}
      </Typography.Text>
      <Flex gap={2} align="center">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {node.totalProducts}
        </Typography.Text>
        {manage && (
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'edit', icon: <EditOutlined />, label: t('products.category.renameMove') },
                { key: 'add', icon: <FolderAddOutlined />, label: t('products.category.addChild') },
              ],
              onClick: ({ key, domEvent }) => {
                domEvent.stopPropagation();
                setEditing(key === 'edit' ? { category: node.category } : { parentId: node.category.id });
              },
            }}
          >
            <Button
              size="small"
              type="text"
              icon={<MoreOutlined />}
              aria-label={t('products.category.actions', { name: node.category.name })}
              onClick={(event) => event.stopPropagation()}
              data-testid={`category-actions-${node.category.name}`}
            />
          </Dropdown>
        )}
      </Flex>
    </Flex>
  );
  const toData = (nodes: CategoryNode[]): TreeDataNode[] =>
    nodes.map((node) => ({ key: node.category.id, title: title(node), children: toData(node.children) }));
  const treeData: TreeDataNode[] = [
    {
      key: ALL,
      title: <span data-testid="category-node-all">{t('products.category.all')}</span>,
      isLeaf: true,
    },
    ...toData(tree),
  ];

  return (
    <Card
      size="small"
      title={t('products.category.title')}
      extra={
        manage && (
          <Button
            size="small"
            type="text"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ parentId: selected ?? null })}
            aria-label={t('products.category.createTitle')}
            data-testid="category-create"
          />
        )
      }
      data-testid="category-tree"
    >
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} compact />
      ) : !categories ? (
        <Skeleton active paragraph={{ rows: 4 }} title={false} />
      ) : (
        <>
          <Tree
            blockNode
            defaultExpandAll
            selectedKeys={[selected ?? ALL]}
            onSelect={(keys) => {
              const key = keys[0];
              if (key !== undefined) onSelect(key === ALL ? undefined : String(key));
            }}
            treeData={treeData}
          />
          {categories.length === 0 && (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t(manage ? 'products.category.emptyManage' : 'products.category.empty')}
            />
          )}
        </>
      )}
      {editing && (
        <CategoryFormModal
          category={editing.category}
          parentId={editing.parentId}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
};
