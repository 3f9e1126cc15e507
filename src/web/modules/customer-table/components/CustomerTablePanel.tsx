import { ImportOutlined, MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Customer } from '../../../../shared/contracts/customers';
import type { FilterNode } from '../../../../shared/filter/filter';
import { useApiError } from '../../../app/forms/use-api-error';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';
import { useCan } from '../../auth/hooks/use-can';
import {
  useCustomerCount,
  useCustomerPage,
  useRestoreCustomer,
  type CustomerSelection,
} from '../api/customer-list.api';
import { useSavedViews } from '../api/saved-views.api';
import { useSegments } from '../api/segments.api';
import { useFieldCatalog } from '../hooks/use-field-catalog';
import { useTableColumns } from '../hooks/use-table-columns';
import { useTableState } from '../hooks/use-table-state';
import { cycleSort, defaultPageSize, sameDefinition } from '../state/table-definition';
import { BulkActionsBar } from './BulkActionsBar';
import { CustomerTableToolbar } from './CustomerTableToolbar';
import { CustomersEmpty } from './CustomersEmpty';
import { CustomersGrid } from './CustomersGrid';
import { CustomersTitle } from './CustomersTitle';
import { TablePager } from './TablePager';

/** The customer table page: views, search, filters, columns, sorting, paging, selection and bulk work. */
export const CustomerTablePanel = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const can = useCan();
  const navigate = useNavigate();
  const views = useSavedViews();
  const state = useTableState(views.data);
  const { fields, byKey } = useFieldCatalog();
  const segments = useSegments();
  const restore = useRestoreCustomer();
  const { definition, deleted } = state;
  const pageSize = definition.pageSize ?? defaultPageSize;

  const selection = useMemo<CustomerSelection>(
    () => ({
      q: definition.q,
      filter: definition.filter,
      segmentId: definition.segmentId,
      deleted,
    }),
    [definition.q, definition.filter, definition.segmentId, deleted],
  );
  const page = useCustomerPage({
    ...selection,
    sort: definition.sort,
    cursor: state.cursor,
    limit: pageSize,
  });
  const count = useCustomerCount(selection);
  const rows = page.data?.data ?? [];

  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [allMatching, setAllMatching] = useState(false);
  const selectionKey = JSON.stringify(selection);
  useEffect(() => {
    setSelectedIds([]);
    setAllMatching(false);
  }, [selectionKey]);
  const clearSelection = () => {
    setSelectedIds([]);
    setAllMatching(false);
  };

  // "All matching" sends a filter; a segment's own filter joins it when the segment list carries it.
  const segmentFilter = segments.data?.find((s) => s.id === definition.segmentId)?.filter;
  const combinedFilter: FilterNode | undefined = definition.segmentId
    ? segmentFilter && { and: [segmentFilter, ...(selection.filter ? [selection.filter] : [])] }
    : (selection.filter ?? { and: [] });
  const total = count.data?.count ?? 0;
  const pageAllSelected = rows.length > 0 && rows.every((r) => selectedIds.includes(r.id));
  const offerAll =
    pageAllSelected && total > selectedIds.length && combinedFilter
      ? { total, onSelectAll: () => setAllMatching(true) }
      : null;

  const visibleKeys = definition.columns.filter((c) => byKey.has(c.key)).map((c) => c.key);
  const exportRequest = {
    q: definition.q,
    filter: selection.filter,
    segmentId: definition.segmentId,
    sort: definition.sort,
    columns: visibleKeys,
    deleted,
  };

  const onRestore = (customer: Customer) =>
    restore.mutate(customer.id, {
      onSuccess: () => message.success(t('customerTable.bin.restored', { name: customer.name })),
      onError: (error) => onApiError(error),
    });
  const columns = useTableColumns({
    columns: definition.columns,
    byKey,
    sort: definition.sort,
    onSort: (key) => {
      const next = cycleSort(definition.sort, key);
      if (next === null) void message.warning(t('customerTable.sort.tooMany'));
      else state.setSort(next);
    },
    onResize: (key, width) =>
      state.setColumns(definition.columns.map((c) => (c.key === key ? { ...c, width } : c))),
    editable: can('customers.write'),
    deleted,
    onRestore: can('customers.delete') ? onRestore : undefined,
    restoring: restore.isPending ? (restore.variables ?? null) : null,
  });

  const searching = !!(definition.q || definition.filter || definition.segmentId);
  const dirty = state.activeView
    ? !sameDefinition(definition, state.activeView.definition)
    : searching || !!definition.sort;
  const clearAll = () => {
    state.setQ('');
    state.setFilter(undefined);
    state.setSegment(undefined);
  };

  return (
    <>
      <PageHeader
        title={<CustomersTitle deleted={deleted} count={count.data} counting={count.isFetching} />}
        extra={
          <>
            <Button
              icon={<MergeCellsOutlined />}
              onClick={() => void navigate('/customers/duplicates')}
              data-testid="customers-duplicates"
            >
              {t('customerTable.duplicates')}
            </Button>
            {can('customers.import') && (
              <Button
                icon={<ImportOutlined />}
                onClick={() => void navigate('/customers/import')}
                data-testid="customers-import"
              >
                {t('customerTable.import')}
              </Button>
            )}
            {can('customers.write') && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => void navigate('/customers/new')}
                data-testid="customers-new"
              >
                {t('customerTable.newCustomer')}
              </Button>
            )}
          </>
        }
      />
      <CustomerTableToolbar
        state={state}
        views={views.data ?? []}
        dirty={dirty}
        fields={fields}
        byKey={byKey}
        exportRequest={exportRequest}
      />
      {(selectedIds.length > 0 || allMatching) && (
        <BulkActionsBar
          target={
            allMatching ? { filter: combinedFilter, q: definition.q || undefined } : { ids: selectedIds }
          }
          count={allMatching ? total : selectedIds.length}
          offerAll={offerAll}
          allMatching={allMatching}
          deleted={deleted}
          exportRequest={{ ...exportRequest, ids: allMatching ? undefined : selectedIds }}
          onClear={clearSelection}
        />
      )}
      {page.isError ? (
        <ErrorState error={page.error} compact onRetry={() => void page.refetch()} />
      ) : (
        <CustomersGrid
          customers={rows}
          columns={columns}
          loading={page.isPending || (page.isFetching && page.isPlaceholderData)}
          selectedIds={can('customers.write') || can('customers.export') ? selectedIds : null}
          onSelect={(ids) => {
            setSelectedIds(ids);
            setAllMatching(false);
          }}
          empty={
            <CustomersEmpty
              reason={deleted ? 'bin' : searching ? 'filtered' : 'none'}
              onClear={clearAll}
              canCreate={can('customers.write')}
              canImport={can('customers.import')}
            />
          }
        />
      )}
      <TablePager
        page={state.page}
        pageSize={pageSize}
        rows={rows.length}
        hasNext={!!page.data?.nextCursor}
        onPrevious={state.previousPage}
        onNext={() => page.data?.nextCursor && state.nextPage(page.data.nextCursor)}
        onPageSize={state.setPageSize}
      />
    </>
  );
};
