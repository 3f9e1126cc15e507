import { ArrowRightOutlined } from '@ant-design/icons';
import { Avatar, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/contracts/audit';
import { DateTimeText } from '../../../ui/DateTimeText';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { profileFieldNames, useFieldLabel } from '../hooks/use-field-label';
import { historyActions, useHistoryValue } from '../hooks/use-history-value';

type Row = { field: string; from: unknown; to: unknown };

const blank = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Fields in the order the profile shows them; custom fields where `custom` stands. */
const rank = (field: string) => {
  const index = (profileFieldNames as readonly string[]).indexOf(
    field.startsWith('custom.') ? 'custom' : field,
  );
  return index === -1 ? profileFieldNames.length : index;
};

/** Custom values are one object in the log; each changed key gets its own line. */
const rowsOf = (entry: AuditEntry): Row[] =>
  Object.entries(entry.changes)
    .sort(([a], [b]) => rank(a) - rank(b))
    .flatMap(([field, { from, to }]) => {
      if (field !== 'custom') return [{ field, from, to }];
      const before = (from ?? {}) as Record<string, unknown>;
      const after = (to ?? {}) as Record<string, unknown>;
      return [...new Set([...Object.keys(before), ...Object.keys(after)])]
        .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
        .map((key) => ({ field: `custom.${key}`, from: before[key], to: after[key] }));
    });

/** One audit entry: who did what and when, then each changed field as before → after. */
export const HistoryEntry = ({ entry }: { entry: AuditEntry }) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const timeZone = useOrgTimeZone();
  const fieldLabel = useFieldLabel();
  const value = useHistoryValue();
  const action = historyActions.find((known) => known === entry.action);
  // Moving to the bin, restoring and revealing are said by the action alone.
  const rows =
    action === 'delete' || action === 'restore' || action === 'reveal'
      ? []
      : rowsOf(entry).filter((row) => !(blank(row.from) && blank(row.to)));
  const actor = entry.actorName ?? t('customer.history.system');

  return (
    <Flex
      gap={12}
      align="flex-start"
      style={{
        padding: 12,
        borderRadius: token.borderRadiusLG,
        border: `1px solid ${token.colorBorderSecondary}`,
      }}
      data-testid="history-entry"
      data-action={entry.action}
    >
      <Avatar size="small" style={{ background: token.colorPrimary, flex: 'none' }}>
        {[...actor][0]}
      </Avatar>
      <Flex vertical gap={6} style={{ minWidth: 0, flex: 1 }}>
        <Flex gap={8} wrap align="baseline">
          <Typography.Text strong>{actor}</Typography.Text>
          <Typography.Text>{action ? t(`customer.history.actions.${action}`) : entry.action}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <DateTimeText value={entry.at} timeZone={timeZone} relative />
          </Typography.Text>
        </Flex>
        {rows.map((row) => (
          <Flex
            key={row.field}
            gap={8}
            wrap
            align="baseline"
            data-testid="history-change"
            data-field={row.field}
          >
            <Typography.Text type="secondary" style={{ minWidth: 96 }}>
              {fieldLabel(row.field)}
            </Typography.Text>
            {action !== 'create' && (
              <>
                <Typography.Text delete type="secondary" style={{ wordBreak: 'break-word' }}>
                  {value(row.field, row.from)}
                </Typography.Text>
                <ArrowRightOutlined style={{ opacity: 0.45, fontSize: 11 }} />
              </>
            )}
            <Typography.Text style={{ wordBreak: 'break-word' }}>{value(row.field, row.to)}</Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
};
