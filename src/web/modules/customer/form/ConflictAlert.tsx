import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFieldLabel } from '../hooks/use-field-label';
import { useHistoryValue } from '../hooks/use-history-value';
import type { Changes } from './use-customer-save';

type ConflictAlertProps = {
  /** What the other person changed, with their values. */
  theirs: Changes;
  saving: boolean;
  onReapply: () => void;
  onLoadTheirs: () => void;
};

/** Someone saved first: show what they changed and let the user re-apply their own changes or take theirs. */
export const ConflictAlert = ({ theirs, saving, onReapply, onLoadTheirs }: ConflictAlertProps) => {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const value = useHistoryValue();
  const rows = Object.entries(theirs).flatMap(([field, to]) =>
    field === 'custom'
      ? Object.entries(to as Record<string, unknown>).map(([key, v]) => ({ field: `custom.${key}`, to: v }))
      : [{ field, to }],
  );
  return (
    <Alert
      type="error"
      showIcon
      data-testid="customer-conflict"
      title={t('customer.conflict.title')}
      description={
        <Flex vertical gap={8}>
          <Typography.Text>
            {t(rows.length > 0 ? 'customer.conflict.description' : 'customer.conflict.noDifference')}
          </Typography.Text>
          {rows.length > 0 && (
            <Flex vertical gap={2}>
              {rows.map((row) => (
                <Typography.Text key={row.field}>
                  <Typography.Text type="secondary">{fieldLabel(row.field)}: </Typography.Text>
                  {value(row.field, row.to)}
                </Typography.Text>
              ))}
            </Flex>
          )}
          <Flex gap={8} wrap>
            <Button
              type="primary"
              loading={saving}
              onClick={onReapply}
              data-testid="customer-conflict-reapply"
            >
              {t('customer.conflict.reapply')}
            </Button>
            <Button onClick={onLoadTheirs} data-testid="customer-conflict-load">
              {t('customer.conflict.loadTheirs')}
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
};
