import { DatePicker, Flex, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/hooks/use-can';
import { useUsers } from '../../users/api/users.api';
import type { AuditFilters } from '../api/audit.api';
import { auditActions, auditEntityTypes, useAuditLabels } from '../hooks/use-audit-labels';

type AuditFiltersBarProps = {
  value: AuditFilters;
  onChange: (next: AuditFilters) => void;
  timeZone: string;
  /** Entity types and actions present in the loaded entries, offered as suggestions. */
  seenEntityTypes: string[];
  seenActions: string[];
};

/** Distinct codes, each labelled in words where Kehu knows it, in the order of their labels. */
const options = (values: string[], label: (code: string) => string) =>
  [...new Set(values)]
    .map((value) => ({ value, label: label(value) }))
    .sort((a, b) => a.label.localeCompare(b.label));

/** Search finds a code by its words or by the code itself, e.g. 停用 or deactivate. */
const matchesCodeOrLabel = (input: string, option?: { value: string; label: string }) =>
  [option?.value, option?.label].some((text) => text?.toLowerCase().includes(input.trim().toLowerCase()));

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
  const labels = useAuditLabels();
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
        showSearch={{ filterOption: matchesCodeOrLabel }}
        placeholder={t('system.audit.filters.entityType')}
        aria-label={t('system.audit.filters.entityType')}
        value={value.entityType}
        onChange={(entityType?: string) => onChange({ ...value, entityType })}
        options={options([...auditEntityTypes, ...seenEntityTypes], labels.entityType)}
        style={{ width: 180 }}
        data-testid="audit-filter-entity"
      />
      <Select
        allowClear
        showSearch={{ filterOption: matchesCodeOrLabel }}
        placeholder={t('system.audit.filters.action')}
        aria-label={t('system.audit.filters.action')}
        value={value.action}
        onChange={(action?: string) => onChange({ ...value, action })}
        options={options([...auditActions, ...seenActions], labels.action)}
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
