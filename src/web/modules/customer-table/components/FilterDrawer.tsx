import { FilterOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Drawer, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterNode } from '../../../../shared/filter/filter';
import { useFieldCatalog } from '../hooks/use-field-catalog';
import { conditionCount } from '../state/table-definition';
import { countFilterProblems, FilterBuilder, filterOrNothing } from './FilterBuilder';

type FilterDrawerProps = {
  value: FilterNode | undefined;
  onApply: (filter: FilterNode | undefined) => void;
};

/** The Filter button and the drawer with the builder; the table changes only on Apply. */
export const FilterDrawer = ({ value, onApply }: FilterDrawerProps) => {
  const { t } = useTranslation();
  const { byKey } = useFieldCatalog();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<FilterNode | undefined>(value);
  // Unfinished rows turn red only once the person tries to apply them.
  const [checked, setChecked] = useState(false);
  const count = conditionCount(value);
  const problems = countFilterProblems(draft, byKey);

  const show = () => {
    setDraft(value ?? { and: [{ field: 'name', op: 'contains' }] });
    setChecked(false);
    setOpen(true);
  };
  const apply = (filter: FilterNode | undefined) => {
    onApply(filterOrNothing(filter));
    setOpen(false);
  };

  return (
    <>
      <Badge count={count} size="small" color="blue">
        <Button
          icon={<FilterOutlined />}
          type={count ? 'primary' : 'default'}
          ghost={count > 0}
          onClick={show}
          data-testid="customers-filter-button"
        >
          {t('customerTable.filter.button')}
        </Button>
      </Badge>
      <Drawer
        title={t('customerTable.filter.title')}
        open={open}
        onClose={() => setOpen(false)}
        size={720}
        destroyOnHidden
        footer={
          <Flex justify="space-between" gap={8}>
            <Button onClick={() => apply(undefined)} data-testid="filter-clear">
              {t('customerTable.filter.clear')}
            </Button>
            <Button
              type="primary"
              onClick={() => (problems > 0 ? setChecked(true) : apply(draft))}
              data-testid="filter-apply"
            >
              {t('customerTable.filter.apply')}
            </Button>
          </Flex>
        }
        data-testid="filter-drawer"
      >
        <Flex vertical gap={16}>
          <FilterBuilder value={draft} onChange={setDraft} showProblems={checked} />
          {checked && problems > 0 && (
            <Alert type="warning" showIcon title={t('customerTable.filter.incomplete')} />
          )}
        </Flex>
      </Drawer>
    </>
  );
};
