import { Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Customer } from '../../../../shared/contracts/customers';
import { ResizableHeaderCell } from './ResizableHeaderCell';
import styles from './customer-table.module.css';

type CustomersGridProps = {
  customers: Customer[];
  columns: TableColumnsType<Customer>;
  loading: boolean;
  selectedIds: string[] | null;
  onSelect: (ids: string[]) => void;
  empty: ReactNode;
};

/** Clicks on these stay with the control instead of opening the customer. */
const interactive =
  'a, button, input, textarea, [role="separator"], .ant-select, .ant-checkbox-wrapper, .ant-table-selection-column, .ant-select-dropdown';

const tableComponents = { header: { cell: ResizableHeaderCell } };

/** The table itself: server-paged rows, so antd's own paging, sorting and filtering stay off. */
export const CustomersGrid = ({
  customers,
  columns,
  loading,
  selectedIds,
  onSelect,
  empty,
}: CustomersGridProps) => {
  const navigate = useNavigate();
  const width = columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 150), 48);
  return (
    <Table<Customer>
      rowKey="id"
      size="middle"
      tableLayout="fixed"
      columns={columns}
      dataSource={customers}
      loading={loading}
      pagination={false}
      scroll={{ x: width }}
      components={tableComponents}
      rowClassName={() => styles.row!}
      rowSelection={
        selectedIds
          ? {
              selectedRowKeys: selectedIds,
              preserveSelectedRowKeys: true,
              onChange: (keys) => onSelect(keys.map(String)),
              columnWidth: 48,
            }
          : undefined
      }
      onRow={(customer) => ({
        onClick: (e) => {
          if ((e.target as HTMLElement).closest(interactive)) return;
          if (window.getSelection()?.toString()) return;
          void navigate(`/customers/${customer.id}`);
        },
      })}
      locale={{ emptyText: empty }}
      data-testid="customers-table"
    />
  );
};
