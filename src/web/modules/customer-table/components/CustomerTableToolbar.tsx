import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../../../../shared/contracts/saved-views';
import { useCan } from '../../auth/hooks/use-can';
import type { CatalogField } from '../hooks/use-field-catalog';
import type { TableState } from '../hooks/use-table-state';
import type { ExportRequest } from '../state/export-url';
import { ColumnChooser } from './ColumnChooser';
import { CustomerSearchBox } from './CustomerSearchBox';
import { ExportMenu } from './ExportMenu';
import { FilterDrawer } from './FilterDrawer';
import { SavedViewsControl } from './SavedViewsControl';
import { SegmentControl } from './SegmentControl';
import { SortSummary } from './SortSummary';

type CustomerTableToolbarProps = {
  state: TableState;
  views: SavedView[];
  dirty: boolean;
  fields: CatalogField[];
  byKey: ReadonlyMap<string, CatalogField>;
  exportRequest: Omit<ExportRequest, 'format'>;
};

/** Views and segment, search; then filter, columns, sort, recycle bin and export. */
export const CustomerTableToolbar = ({
  state,
  views,
  dirty,
  fields,
  byKey,
  exportRequest,
}: CustomerTableToolbarProps) => {
  const { t } = useTranslation();
  const can = useCan();
  const { definition } = state;
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex gap={12} align="center" wrap>
          <SavedViewsControl
            views={views}
            active={state.activeView}
            dirty={dirty}
            definition={definition}
            onSelect={state.selectView}
            onSaved={state.adoptView}
          />
          {!state.deleted && (
            <SegmentControl
              segmentId={definition.segmentId}
              onSelect={state.setSegment}
              filter={definition.filter}
            />
          )}
        </Flex>
        <CustomerSearchBox value={definition.q ?? ''} onSearch={state.setQ} />
      </Flex>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex gap={8} align="center" wrap>
          <FilterDrawer value={definition.filter} onApply={state.setFilter} />
          <ColumnChooser
            columns={definition.columns}
            fields={fields}
            byKey={byKey}
            onChange={state.setColumns}
          />
          <SortSummary sort={definition.sort} byKey={byKey} onChange={state.setSort} />
        </Flex>
        <Flex gap={8} align="center">
          {can('customers.delete') && (
            <Button
              icon={<DeleteOutlined />}
              type={state.deleted ? 'primary' : 'default'}
              aria-pressed={state.deleted}
              onClick={() => state.setDeleted(!state.deleted)}
              data-testid="customers-bin-toggle"
            >
              {state.deleted ? t('customerTable.bin.back') : t('customerTable.bin.toggle')}
            </Button>
          )}
          {can('customers.export') && <ExportMenu {...exportRequest} />}
        </Flex>
      </Flex>
    </Flex>
  );
};
