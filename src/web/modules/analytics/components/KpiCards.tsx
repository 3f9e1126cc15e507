import { Card, Skeleton } from 'antd';
import { useKpis } from '../api/dashboard.api';
import { useAnalyticsFormat } from '../hooks/use-analytics-format';
import { useOpenCustomers } from '../hooks/use-open-customers';
import type { DashboardFilters } from '../state/dashboard-filters';
import { ErrorState } from '../../../ui/ErrorState';
import { KpiCard } from './KpiCard';

const grid = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(136px, 1fr))',
  gap: 12,
} as const;

/** The seven KPI cards for the chosen period. */
export const KpiCards = ({ filters }: { filters: DashboardFilters }) => {
  const { data, error, refetch } = useKpis(filters);
  const format = useAnalyticsFormat();
  const open = useOpenCustomers();
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} compact />;
  if (!data)
    return (
      <div style={grid}>
        {Array.from({ length: 7 }, (_, i) => (
          <Card key={i} size="small">
            <Skeleton active title={false} paragraph={{ rows: 2 }} />
          </Card>
        ))}
      </div>
    );
  return (
    <div style={grid} data-testid="kpi-cards" data-days={data.days}>
      {data.cards.map((card) => (
        <KpiCard key={card.key} card={card} days={data.days} format={format} onOpen={open} />
      ))}
    </div>
  );
};
