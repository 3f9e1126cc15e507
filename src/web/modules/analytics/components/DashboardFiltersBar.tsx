import { Button, Flex, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChannelSelect } from '../../orders/components/ChannelSelect';
import { useSegmentList } from '../../segments/api/segments.api';
import { useUsers } from '../../users/api/users.api';
import {
  dayOptions,
  monthOptions,
  narrowsCustomers,
  type DashboardFilters,
  type DayOption,
} from '../state/dashboard-filters';

type DashboardFiltersBarProps = {
  filters: DashboardFilters;
  onChange: (next: DashboardFilters) => void;
};

/** Segment, owner and channel narrow the customers; the period sets the KPI window, months the series. */
export const DashboardFiltersBar = ({ filters, onChange }: DashboardFiltersBarProps) => {
  const { t } = useTranslation();
  const segments = useSegmentList();
  const users = useUsers();
  const set = (patch: Partial<DashboardFilters>) => onChange({ ...filters, ...patch });
  return (
    <Flex gap={8} wrap align="center" data-testid="analytics-filters">
      <Select<string | null>
        value={filters.segmentId ?? null}
        onChange={(value) => set({ segmentId: value ?? undefined })}
        allowClear
        placeholder={t('analytics.filters.anySegment')}
        aria-label={t('analytics.filters.segment')}
        loading={segments.isPending}
        options={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 200 }}
        data-testid="analytics-filter-segment"
      />
      <Select<string | null>
        value={filters.owner ?? null}
        onChange={(value) => set({ owner: value ?? undefined })}
        allowClear
        placeholder={t('analytics.filters.anyOwner')}
        aria-label={t('analytics.filters.owner')}
        loading={users.isPending}
        options={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 170 }}
        data-testid="analytics-filter-owner"
      />
      <ChannelSelect
        value={filters.channel ?? null}
        onChange={(value) => set({ channel: value ?? undefined })}
        allowClear
        placeholder={t('analytics.filters.anyChannel')}
        style={{ width: 170 }}
        data-testid="analytics-filter-channel"
      />
      {narrowsCustomers(filters) && (
        <Button
          type="link"
          onClick={() => set({ segmentId: undefined, owner: undefined, channel: undefined })}
          data-testid="analytics-filter-clear"
        >
          {t('analytics.filters.clear')}
        </Button>
      )}
      <Flex gap={8} wrap align="center" style={{ marginInlineStart: 'auto' }}>
        <Segmented<DayOption>
          value={filters.days}
          onChange={(days) => set({ days })}
          options={dayOptions.map((days) => ({
            value: days,
            label: t('analytics.filters.daysOption', { count: Number(days) }),
          }))}
          aria-label={t('analytics.filters.days')}
          data-testid="analytics-filter-days"
        />
        <Select<number>
          value={filters.months}
          onChange={(months) => set({ months })}
          aria-label={t('analytics.filters.months')}
          options={monthOptions.map((months) => ({
            value: months,
            label: t('analytics.filters.monthsOption', { count: months }),
          }))}
          style={{ width: 130 }}
          data-testid="analytics-filter-months"
        />
      </Flex>
    </Flex>
  );
};
