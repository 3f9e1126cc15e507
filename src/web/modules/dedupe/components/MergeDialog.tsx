import { useQueries } from '@tanstack/react-query';
import { Alert, App, Modal, Skeleton } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contracts/customers';
import type { MergeResult } from '../../../../shared/contracts/duplicates';
import { api } from '../../../app/api-client';
import { useApiError } from '../../../app/forms/use-api-error';
import { ErrorState } from '../../../ui/ErrorState';
import { customerQueryKey } from '../../customer/api/customer.api';
import { useMergeCustomers } from '../api/duplicates.api';
import { defaultChoices, useMergeRows } from '../hooks/use-merge-rows';
import { MergeTable } from './MergeTable';

const MAX_CUSTOMERS = 10;

type MergeDialogProps = {
  /** The group's customers, oldest first; the oldest is kept unless the person picks another. */
  customerIds: string[];
  onClose: () => void;
  onMerged: (result: MergeResult, count: number) => void;
};

/** Review a duplicate group side by side, pick the kept customer and the surviving values, merge. */
export const MergeDialog = ({ customerIds, onClose, onMerged }: MergeDialogProps) => {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const onApiError = useApiError();
  const merge = useMergeCustomers();
  const ids = customerIds.slice(0, MAX_CUSTOMERS);
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: customerQueryKey(id),
      queryFn: () => api.get<Customer>(`/customers/${id}`),
    })),
  });
  const failed = results.find((r) => r.error)?.error ?? null;
  const loaded = results.every((r) => r.data);
  // `results` is a new array every render; the customers change only when a version does.
  const loadedKey = results.map((r) => (r.data ? `${r.data.id}:${r.data.version}` : '')).join(',');
  const customers = useMemo(
    () => (loaded ? results.map((r) => r.data as Customer) : []),
    [loaded, loadedKey],
  );
  const rows = useMergeRows(customers);
  const [survivor, setSurvivor] = useState(0);
  const [choices, setChoices] = useState<Record<string, number>>({});
  useEffect(() => setChoices(defaultChoices(rows, survivor)), [rows, survivor]);

  const confirm = () => {
    const kept = customers[survivor]!;
    const others = customers.filter((_, i) => i !== survivor);
    merge.mutate(
      {
        survivorId: kept.id,
        mergedIds: others.map((c) => c.id),
        fields: Object.fromEntries(
          Object.entries(choices).map(([key, index]) => [key, customers[index]!.id]),
        ),
        versions: Object.fromEntries(customers.map((c) => [c.id, c.version])),
      },
      {
        onSuccess: (result) => onMerged(result, customers.length),
        onError: (error) => {
          if (error.code !== 'CONFLICT') return onApiError(error);
          notification.warning({
            title: t('common.errors.codes.CONFLICT'),
            description: t('dedupe.merge.conflict'),
          });
          results.forEach((r) => void r.refetch());
        },
      },
    );
  };

  const kept = customers[survivor];
  return (
    <Modal
      open
      title={t('dedupe.merge.title')}
      onCancel={onClose}
      onOk={confirm}
      okText={t('dedupe.merge.confirm', { count: customers.length || ids.length })}
      okButtonProps={{
        danger: true,
        disabled: !loaded,
        loading: merge.isPending,
        ...{ 'data-testid': 'merge-confirm' },
      }}
      cancelText={t('common.actions.cancel')}
      width={Math.min(1200, 220 + 240 * ids.length)}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('dedupe.merge.intro')} style={{ marginBottom: 12 }} />
      {customerIds.length > MAX_CUSTOMERS && (
        <Alert type="warning" showIcon title={t('dedupe.merge.tooMany')} style={{ marginBottom: 12 }} />
      )}
      {failed ? (
        <ErrorState error={failed} compact />
      ) : !loaded ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <>
          <MergeTable
            customers={customers}
            rows={rows}
            survivor={survivor}
            choices={choices}
            onSurvivor={setSurvivor}
            onChoose={(key, index) => setChoices((current) => ({ ...current, [key]: index }))}
          />
          <Alert
            type="success"
            showIcon
            title={t('dedupe.merge.combinedTitle')}
            description={t('dedupe.merge.combined')}
            style={{ marginTop: 12 }}
          />
          <Alert
            type="warning"
            showIcon
            title={t('dedupe.merge.confirmTitle')}
            description={t('dedupe.merge.confirmHelp', { name: kept?.name ?? '' })}
            style={{ marginTop: 12 }}
          />
        </>
      )}
    </Modal>
  );
};
