import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { isCondition, type FilterNode } from '../../../../shared/filter/filter';
import type { CatalogField } from '../hooks/use-field-catalog';
import { FilterConditionRow } from './FilterConditionRow';

export type FilterGroupNode = { and: FilterNode[] } | { or: FilterNode[] };

type FilterGroupProps = {
  node: FilterGroupNode;
  fields: CatalogField[];
  byKey: ReadonlyMap<string, CatalogField>;
  depth: number;
  showProblems: boolean;
  onChange: (node: FilterGroupNode) => void;
  onRemove?: () => void;
};

/** Groups nest at most this deep in the builder (the language allows more, but people rarely need it). */
const maxGroupDepth = 2;

export const childrenOf = (node: FilterGroupNode) => ('and' in node ? node.and : node.or);
const withChildren = (node: FilterGroupNode, children: FilterNode[]): FilterGroupNode =>
  'and' in node ? { and: children } : { or: children };

/** An and/or group of conditions and nested groups. */
export const FilterGroup = ({
  node,
  fields,
  byKey,
  depth,
  showProblems,
  onChange,
  onRemove,
}: FilterGroupProps) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const children = childrenOf(node);
  const joiner = 'and' in node ? 'and' : 'or';
  const setChild = (i: number, child: FilterNode) =>
    onChange(
      withChildren(
        node,
        children.map((c, j) => (j === i ? child : c)),
      ),
    );
  const removeChild = (i: number) =>
    onChange(
      withChildren(
        node,
        children.filter((_, j) => j !== i),
      ),
    );
  const firstField = fields[0]?.key ?? 'name';

  return (
    <Flex
      vertical
      gap={10}
      style={
        depth > 0
          ? { padding: 12, borderRadius: token.borderRadiusLG, background: token.colorFillQuaternary }
          : undefined
      }
      data-testid={depth > 0 ? 'filter-group' : 'filter-root'}
    >
      <Flex align="center" gap={8} wrap>
        <Typography.Text>{t('customerTable.filter.matchPrefix')}</Typography.Text>
        <Select<'and' | 'or'>
          size="small"
          style={{ width: 90 }}
          value={joiner}
          options={(['and', 'or'] as const).map((j) => ({
            value: j,
            label: t(`customerTable.filter.match.${j}`),
          }))}
          onChange={(j) => onChange(j === 'and' ? { and: children } : { or: children })}
          aria-label={t('customerTable.filter.matchPrefix')}
          data-testid="filter-match"
        />
        <Typography.Text>{t('customerTable.filter.matchSuffix')}</Typography.Text>
        {onRemove && (
          <Button
            type="text"
            size="small"
            icon={<DeleteOutlined />}
            onClick={onRemove}
            style={{ marginInlineStart: 'auto' }}
            aria-label={t('customerTable.filter.removeGroup')}
            data-testid="filter-remove-group"
          >
            {t('customerTable.filter.removeGroup')}
          </Button>
        )}
      </Flex>
      {children.length === 0 && depth === 0 && (
        <Typography.Text type="secondary">{t('customerTable.filter.empty')}</Typography.Text>
      )}
      {children.map((child, i) => {
        if (isCondition(child))
          return (
            <FilterConditionRow
              key={i}
              condition={child}
              fields={fields}
              byKey={byKey}
              showProblems={showProblems}
              onChange={(c) => setChild(i, c)}
              onRemove={() => removeChild(i)}
            />
          );
        if ('not' in child)
          return (
            <Flex key={i} gap={8} align="center">
              <Typography.Text code style={{ flex: 1 }} ellipsis>
                NOT {JSON.stringify(child.not)}
              </Typography.Text>
              <Button type="text" icon={<DeleteOutlined />} onClick={() => removeChild(i)} />
            </Flex>
          );
        return (
          <FilterGroup
            key={i}
            node={child}
            fields={fields}
            byKey={byKey}
            depth={depth + 1}
            showProblems={showProblems}
            onChange={(g) => setChild(i, g)}
            onRemove={() => removeChild(i)}
          />
        );
      })}
      <Flex gap={8}>
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() => onChange(withChildren(node, [...children, { field: firstField, op: 'contains' }]))}
          data-testid={depth === 0 ? 'filter-add-condition' : 'filter-group-add-condition'}
        >
          {t('customerTable.filter.addCondition')}
        </Button>
        {depth < maxGroupDepth && (
          <Button
            size="small"
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() =>
              onChange(
                withChildren(node, [
                  ...children,
                  {
                    [joiner === 'and' ? 'or' : 'and']: [{ field: firstField, op: 'contains' }],
                  } as FilterGroupNode,
                ]),
              )
            }
            data-testid="filter-add-group"
          >
            {t('customerTable.filter.addGroup')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
};
