import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { conditionsOf, type FilterCondition, type FilterNode } from '../../../../shared/filter/filter';
import { useFieldCatalog, type CatalogField } from '../../customer-table/hooks/use-field-catalog';

const SHOWN = 3;

type Words = { many: (n: number) => string; yes: string; no: string };

const valueText = (condition: FilterCondition, field: CatalogField | undefined, words: Words) => {
  const label = (v: unknown) =>
    typeof v === 'boolean'
      ? v
        ? words.yes
        : words.no
      : (field?.options?.find((o) => o.value === v)?.label ?? String(v));
  const { value } = condition;
  if (value === undefined) return '';
  if (field?.type === 'user') return words.many(Array.isArray(value) ? value.length : 1);
  if (Array.isArray(value)) return value.map(label).join(condition.op === 'between' ? ' – ' : ', ');
  return label(value);
};

/** The segment's filter in words: "City is 上海市", up to three conditions. */
export const SegmentFilterSummary = ({ filter }: { filter: unknown }) => {
  const { t } = useTranslation();
  const { byKey } = useFieldCatalog();
  const conditions = conditionsOf(filter as FilterNode).map((c) => c.condition);
  const words: Words = {
    many: (count) => t('segments.values', { count }),
    yes: t('customerTable.filter.yes'),
    no: t('customerTable.filter.no'),
  };
  if (conditions.length === 0)
    return <Typography.Text type="secondary">{t('segments.filterEmpty')}</Typography.Text>;
  return (
    <Flex gap={4} wrap>
      {conditions.slice(0, SHOWN).map((condition, i) => {
        const field = byKey.get(condition.field)?.label ?? condition.field;
        const { op } = condition;
        const text =
          op === 'within_last_days' || op === 'older_than_days'
            ? t(op === 'within_last_days' ? 'segments.within_last_days' : 'segments.older_than_days', {
                field,
                days: Number(condition.value),
              })
            : `${field} ${t(`customerTable.filter.ops.${condition.op}`)} ${valueText(condition, byKey.get(condition.field), words)}`;
        return (
          <Tag key={i} style={{ marginInlineEnd: 0, maxWidth: '100%', whiteSpace: 'normal' }}>
            {text.trim()}
          </Tag>
        );
      })}
      {conditions.length > SHOWN && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('segments.more', { count: conditions.length - SHOWN })}
        </Typography.Text>
      )}
    </Flex>
  );
};
