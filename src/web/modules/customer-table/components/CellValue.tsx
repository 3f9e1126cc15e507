import { Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contracts/customers';
import { DateTimeText } from '../../../ui/DateTimeText';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { ChannelName } from '../../orders/components/ChannelName';
import { useTeams } from '../../teams/api/teams.api';
import { useUsers } from '../../users/api/users.api';
import type { CatalogField } from '../hooks/use-field-catalog';
import { useMoneyFormat } from '../hooks/use-money-format';
import { fieldValue, isTimestampField } from '../state/customer-values';
import { PicklistTag } from './PicklistTag';
import { scoreCell } from './score-cell';

const Empty = () => <Typography.Text type="secondary">—</Typography.Text>;

const PersonName = ({ id, kind }: { id: string; kind: 'user' | 'team' }) => {
  const users = useUsers(kind === 'user');
  const teams = useTeams(kind === 'team');
  const list = kind === 'team' ? teams.data : users.data;
  return <>{list?.find((x) => x.id === id)?.name ?? '…'}</>;
};

/** One cell of the table, read-only, shaped by the field's type. */
export const CellValue = ({ field, customer }: { field: CatalogField; customer: Customer }) => {
  const { t, i18n } = useTranslation();
  const timeZone = useOrgTimeZone();
  const money = useMoneyFormat();
  const value = fieldValue(field.key, customer);
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return <Empty />;

  if (field.picklist) return <PicklistTag list={field.picklist} value={String(value)} />;
  if (field.key === 'kind') return <>{t(`customerTable.kinds.${value as 'person' | 'company'}`)}</>;
  if (field.key === 'gender')
    return <>{t(`customerTable.genders.${value as 'female' | 'male' | 'other'}`)}</>;
  if (field.key === 'preferred_channel') return <ChannelName channel={String(value)} />;
  if (field.key === 'owner')
    return <>{customer.ownerName ?? <PersonName id={String(value)} kind="user" />}</>;
  if (field.group === 'scores') {
    const score = scoreCell(field, value, i18n.language);
    if (score) return score;
  }
  if ((field.key === 'primary_phone' || field.key === 'primary_email') && customer.masked)
    return (
      <Tooltip title={t('customerTable.masked')}>
        <span>{String(value)}</span>
      </Tooltip>
    );

  switch (field.type) {
    case 'money':
      return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{money.format(Number(value))}</span>;
    case 'number':
      return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{Number(value).toLocaleString()}</span>;
    case 'date':
      return isTimestampField(field.key) ? (
        <DateTimeText value={String(value)} timeZone={timeZone} relative={field.group === 'activity'} />
      ) : (
        <span style={{ whiteSpace: 'nowrap' }}>{String(value)}</span>
      );
    case 'boolean':
      return <>{t(value ? 'customerTable.booleans.yes' : 'customerTable.booleans.no')}</>;
    case 'user':
      return <PersonName id={String(value)} kind={field.userKind ?? 'user'} />;
    case 'tags':
      return (
        <span style={{ display: 'inline-flex', gap: 4, overflow: 'hidden' }}>
          {(value as string[]).map((tag) => (
            <Tag key={tag} style={{ marginInlineEnd: 0 }}>
              {tag}
            </Tag>
          ))}
        </span>
      );
    default:
      return <>{String(value)}</>;
  }
};
