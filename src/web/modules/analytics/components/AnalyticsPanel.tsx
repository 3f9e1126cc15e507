import { Card, Flex, Skeleton, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';
import { useCan } from '../../auth/hooks/use-can';
import { useKpis } from '../api/dashboard.api';
import { useAnalyticsFormat } from '../hooks/use-analytics-format';
import { useDashboardFilters } from '../hooks/use-dashboard-filters';
import { AnalyticsSettingsForm } from '../settings/AnalyticsSettingsForm';
import { AnalyticsEmpty } from './AnalyticsEmpty';
import { DashboardFiltersBar } from './DashboardFiltersBar';
import { DashboardGrid } from './DashboardGrid';
import { FitQualityCard } from './FitQualityCard';
import { ModelCard } from './ModelCard';
import { RefreshScoresButton } from './RefreshScoresButton';

const tabKeys = ['dashboard', 'model', 'settings'] as const;
type TabKey = (typeof tabKeys)[number];

/**
 * The analytics page: the dashboard (filters in the URL; every number opens its customers), the
 * model report with the fit-quality check, and the settings for those who manage the organisation.
 * Before the first refresh the dashboard says how to get there.
 */
export const AnalyticsPanel = () => {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useDashboardFilters();
  const kpis = useKpis(filters);
  const format = useAnalyticsFormat();
  const asOf = kpis.data?.asOf ?? null;
  const tabs = tabKeys.filter((key) => key !== 'settings' || can('org.manage'));
  const tab: TabKey = tabs.find((key) => key === params.get('tab')) ?? 'dashboard';

  const setTab = (key: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (key === 'dashboard') next.delete('tab');
        else next.set('tab', key);
        return next;
      },
      { replace: true },
    );

  const dashboard = kpis.error ? (
    <ErrorState error={kpis.error} onRetry={() => void kpis.refetch()} />
  ) : !kpis.data ? (
    <Card>
      <Skeleton active paragraph={{ rows: 8 }} />
    </Card>
  ) : !asOf ? (
    <AnalyticsEmpty />
  ) : (
    <Flex vertical gap={16}>
      <Card size="small">
        <DashboardFiltersBar filters={filters} onChange={setFilters} />
      </Card>
      <DashboardGrid filters={filters} />
    </Flex>
  );

  const panes: Record<TabKey, ReactNode> = {
    dashboard,
    model: (
      <Flex vertical gap={16}>
        <FitQualityCard />
        <ModelCard />
      </Flex>
    ),
    settings: <AnalyticsSettingsForm />,
  };

  return (
    <>
      <PageHeader
        title={t('analytics.title')}
        level={2}
        description={
          <>
            {t('analytics.subtitle')}{' '}
            <Typography.Text strong data-testid="analytics-as-of" data-as-of={asOf ?? undefined}>
              {asOf ? t('analytics.asOf', { date: format.day(asOf) }) : kpis.data && t('analytics.notScored')}
            </Typography.Text>
          </>
        }
        extra={asOf && <RefreshScoresButton />}
      />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={tabs.map((key) => ({
          key,
          label: <span data-testid={`analytics-tab-${key}`}>{t(`analytics.tabs.${key}`)}</span>,
          children: panes[key],
        }))}
      />
    </>
  );
};
