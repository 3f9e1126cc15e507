import { Button, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Customer } from '../../../../shared/contracts/customers';
import type { SavedViewColumn } from '../../../../shared/contracts/saved-views';
import { parseSort } from '../../../../shared/customers/customer-fields';
import { DateTimeText } from '../../../ui/DateTimeText';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { CellValue } from '../components/CellValue';
import { InlineEditCell } from '../components/InlineEditCell';
import type { ResizableHeaderProps } from '../components/ResizableHeaderCell';
import { SortTitle } from '../components/SortTitle';
import { isInlineEditable } from '../state/customer-values';
import type { CatalogField } from './use-field-catalog';

type TableColumnsInput = {
  columns: SavedViewColumn[];
  byKey: ReadonlyMap<string, CatalogField>;
  sort: string;
  onSort: (key: string) => void;
  onResize: (key: string, width: number) => void;
  /** Inline edits are offered only to people who may write, and never in the recycle bin. */
  editable: boolean;
  deleted: boolean;
  onRestore?: (customer: Customer) => void;
  restoring?: string | null;
};

/** The antd columns for the chosen fields: sortable titles, resizable widths, typed and editable cells. */
export const useTableColumns = (input: TableColumnsInput): TableColumnsType<Customer> => {
  const { t } = useTranslation();
  const timeZone = useOrgTimeZone();
  const sortKeys = parseSort(input.sort);

  const columns: TableColumnsType<Customer> = input.columns.flatMap((column) => {
    const field = input.byKey.get(column.key);
    if (!field) return [];
    const width = column.width ?? field.defaultWidth;
    const at = sortKeys.findIndex((k) => k.key === field.key);
    const editable = input.editable && !input.deleted && isInlineEditable(field.key);
    const render = (_: unknown, customer: Customer) => {
      const value =
        field.key === 'name' ? (
          <Link to={`/customers/${customer.id}`} data-testid="customer-link">
            {customer.name}
          </Link>
        ) : (
          <CellValue field={field} customer={customer} />
        );
      if (!editable) return value;
      return (
        <InlineEditCell customer={customer} field={field as CatalogField & { key: 'name' }}>
          {value}
        </InlineEditCell>
      );
    };
    return [
      {
        key: field.key,
        width,
        fixed: field.key === 'name' ? ('left' as const) : undefined,
        ellipsis: !editable,
        align: field.type === 'money' || field.type === 'number' ? ('right' as const) : undefined,
        title: field.sortable ? (
          <SortTitle
            label={field.label}
            order={at >= 0 ? at + 1 : undefined}
            descending={sortKeys[at]?.descending}
            showOrder={sortKeys.length > 1}
            onClick={() => input.onSort(field.key)}
          />
        ) : (
          field.label
        ),
        render,
        onHeaderCell: () =>
          ({
            width,
            onResize: (w: number) => input.onResize(field.key, w),
            resizeLabel: t('customerTable.columns.resize', { name: field.label }),
          }) as ResizableHeaderProps,
      },
    ];
  });

  if (input.deleted) {
    // In the bin, when each customer was deleted matters most: right after the name.
    columns.splice(1, 0, {
      key: 'deleted_at',
      width: 150,
      ellipsis: true,
      title: t('customerTable.bin.deletedAt'),
      render: (_, customer) => <DateTimeText value={customer.deletedAt} timeZone={timeZone} relative />,
    });
    if (input.onRestore)
      columns.push({
        key: 'restore',
        width: 100,
        fixed: 'right',
        align: 'right',
        render: (_, customer) => (
          <Button
            size="small"
            loading={input.restoring === customer.id}
            onClick={() => input.onRestore!(customer)}
            data-testid="customer-restore"
          >
            {t('customerTable.bin.restore')}
          </Button>
        ),
      });
  }
  return columns;
};
