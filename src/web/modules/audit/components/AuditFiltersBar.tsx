import { AutoComplete, DatePicker, Flex, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/hooks/use-can';
import { useUsers } from '../../users/api/users.api';
import type { AuditFilters } from '../api/audit.api';

/** Record types and actions Kehu writes today; any others seen in the log are offered too. */
const knownEntityTypes = ['org', 'user', 'team', 'invitation', 'api_key', 'job'];
const knownActions = [
  'create',
  'update',
  'delete',
  'revoke',
  'retry',
  'accept-invitation',
  'change-password',
];

type AuditFiltersBarProps = {
  value: AuditFilters;
  onChange: (next: AuditFilters) => void;
  timeZone: string;
  /** Entity types and actions present in the loaded entries, offered as suggestions. */
  seenEntityTypes: string[];
  seenActions: string[];
};

const options = (values: string[]) => [...new Set(values)].sort().map((value) => ({ value, label: value }));

/** Filters for the audit log. Dates are whole days in the organisation's time zone. */
export const AuditFiltersBar = ({
  value,
  onChange,
  timeZone,
  seenEntityTypes,
  seenActions,
}: AuditFiltersBarProps) => {
  const { t } = useTranslation();
  const can = useCan();
  const { data: users } = useUsers(can('users.read'));
  const range: [Dayjs, Dayjs] | null =
    value.from && value.to ? [dayjs(value.from).tz(timeZone), dayjs(value.to).tz(timeZone)] : null;

  const setRange = (dates: [Dayjs | null, Dayjs | null] | null) => {
    const [start, end] = dates ?? [null, null];
    onChange({
      ...value,
      from: start ? dayjs.tz(start.format('YYYY-MM-DD'), timeZone).startOf('day').format() : undefined,
      to: end ? dayjs.tz(end.format('YYYY-MM-DD'), timeZone).endOf('day').format() : undefined,
    });
  };

  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }}>
      <Select
        allowClear
        showSearch
        placeholder={t('system.audit.filters.entityType')}
        aria-label={t('system.audit.filters.entityType')}
        value={value.entityType}
        onChange={(entityType?: string) => onChange({ ...value, entityType })}
        options={options([...knownEntityTypes, ...seenEntityTypes])}
        style={{ width: 180 }}
        data-testid="audit-filter-entity"
      />
      <AutoComplete
        allowClear
        placeholder={t('system.audit.filters.action')}
        aria-label={t('system.audit.filters.action')}
        value={value.action}
        onChange={(action?: string) => onChange({ ...value, action: action?.trim() || undefined })}
        options={options([...knownActions, ...seenActions])}
        style={{ width: 180 }}
        data-testid="audit-filter-action"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('system.audit.filters.actor')}
        aria-label={t('system.audit.filters.actor')}
        value={value.actorId}
        onChange={(actorId?: string) => onChange({ ...value, actorId })}
        options={(users ?? []).map((user) => ({ value: user.id, label: `${user.name} · ${user.email}` }))}
        style={{ width: 240 }}
        popupMatchSelectWidth={false}
        data-testid="audit-filter-actor"
      />
      <span data-testid="audit-filter-dates">
        <DatePicker.RangePicker
          value={range}
          onChange={setRange}
          allowEmpty={[true, true]}
          placeholder={[t('system.audit.filters.start'), t('system.audit.filters.end')]}
          aria-label={t('system.audit.filters.dateRange')}
        />
      </span>
    </Flex>
  );
};
