import { Alert, App, Button, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkAction } from '../../../../shared/contracts/customers';
import type { AppError } from '../../../../shared/errors';
import { useApiError } from '../../../app/forms/use-api-error';
import { useCan } from '../../auth/hooks/use-can';
import { useBulkAction } from '../api/customer-list.api';
import type { ExportRequest } from '../state/export-url';
import { BulkActionModal, type BulkFormAction } from './BulkActionModal';
import { ExportMenu } from './ExportMenu';

type BulkActionsBarProps = {
  /** What the bulk call sends: the chosen ids, or the filter and search for "all matching". */
  target: Pick<BulkAction, 'ids' | 'filter' | 'q'>;
  count: number;
  /** Offer "select all N matching" (every row of the page is ticked and there are more). */
  offerAll: { total: number; onSelectAll: () => void } | null;
  allMatching: boolean;
  deleted: boolean;
  exportRequest: Omit<ExportRequest, 'format'>;
  onClear: () => void;
};

/** Shown while rows are selected: what is selected and what can be done to all of it. */
export const BulkActionsBar = ({
  target,
  count,
  offerAll,
  allMatching,
  deleted,
  exportRequest,
  onClear,
}: BulkActionsBarProps) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const onApiError = useApiError();
  const can = useCan();
  const bulk = useBulkAction();
  const [asking, setAsking] = useState<BulkFormAction | null>(null);

  const run = (action: BulkAction['action']) =>
    bulk.mutateAsync({ ...target, action }).then(
      ({ affected }) => {
        message.success(t('customerTable.bulk.done', { count: affected }));
        setAsking(null);
        onClear();
      },
      (error: AppError) => onApiError(error),
    );
  const confirmDelete = () =>
    modal.confirm({
      title: t('customerTable.bulk.deleteConfirm', { count }),
      okButtonProps: { danger: true, ...{ 'data-testid': 'bulk-delete-ok' } },
      okText: t('customerTable.bulk.actions.delete'),
      cancelText: t('common.actions.cancel'),
      onOk: () => run({ type: 'delete' }),
    });

  const writeActions: BulkFormAction[] = ['assign_owner', 'add_tags', 'remove_tags', 'set_category'];
  return (
    <>
      <Alert
        type="info"
        style={{ marginBottom: 12 }}
        data-testid="customers-bulk-bar"
        title={
          <Flex justify="space-between" align="center" gap={12} wrap>
            <Space size={8} wrap>
              <Typography.Text strong data-testid="customers-selected-count">
                {t('customerTable.bulk.selected', { count })}
              </Typography.Text>
              {allMatching && (
                <Typography.Text>{t('customerTable.bulk.allMatchingSelected', { count })}</Typography.Text>
              )}
              {offerAll && !allMatching && (
                <>
                  <Typography.Text type="secondary">
                    {t('customerTable.bulk.pageSelected', { count })}
                  </Typography.Text>
                  <Button
                    type="link"
                    size="small"
                    onClick={offerAll.onSelectAll}
                    data-testid="customers-select-all-matching"
                  >
                    {t('customerTable.bulk.selectAllMatching', { count: offerAll.total })}
                  </Button>
                </>
              )}
              <Button type="link" size="small" onClick={onClear} data-testid="customers-clear-selection">
                {t('customerTable.bulk.clear')}
              </Button>
            </Space>
            <Space size={6} wrap>
              {!deleted &&
                can('customers.write') &&
                writeActions.map((action) => (
                  <Button
                    key={action}
                    size="small"
                    onClick={() => setAsking(action)}
                    data-testid={`customers-bulk-${action}`}
                  >
                    {t(`customerTable.bulk.actions.${action}`)}
                  </Button>
                ))}
              {!deleted && can('customers.delete') && (
                <Button size="small" danger onClick={confirmDelete} data-testid="customers-bulk-delete">
                  {t('customerTable.bulk.actions.delete')}
                </Button>
              )}
              {deleted && can('customers.delete') && (
                <Button
                  size="small"
                  type="primary"
                  loading={bulk.isPending}
                  onClick={() => void run({ type: 'restore' })}
                  data-testid="customers-bulk-restore"
                >
                  {t('customerTable.bulk.actions.restore')}
                </Button>
              )}
              {can('customers.export') && (
                <ExportMenu
                  {...exportRequest}
                  testId="customers-bulk-export"
                  small
                  label={t('customerTable.bulk.actions.export')}
                />
              )}
            </Space>
          </Flex>
        }
      />
      <BulkActionModal
        action={asking}
        count={count}
        busy={bulk.isPending}
        onCancel={() => setAsking(null)}
        onSubmit={(action) => void run(action)}
      />
    </>
  );
};
