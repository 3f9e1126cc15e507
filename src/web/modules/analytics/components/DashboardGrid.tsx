import { Col, Row } from 'antd';
import type { DashboardFilters } from '../state/dashboard-filters';
import { BreakdownCard } from './BreakdownCard';
import { ChurnCard } from './ChurnCard';
import { ClvCard } from './ClvCard';
import { CohortCard } from './CohortCard';
import { CustomerListCard } from './CustomerListCard';
import { KpiCards } from './KpiCards';
import { RfmGridCard } from './RfmGridCard';
import { TransitionsCard } from './TransitionsCard';
import { TrendCard } from './TrendCard';

/** Every dashboard card for the chosen filters, most-read first. */
export const DashboardGrid = ({ filters }: { filters: DashboardFilters }) => (
  <Row gutter={[16, 16]}>
    <Col span={24}>
      <KpiCards filters={filters} />
    </Col>
    <Col xs={24} xl={16}>
      <TrendCard filters={filters} />
    </Col>
    <Col xs={24} xl={8}>
      <BreakdownCard filters={filters} breakdown="tiers" />
    </Col>
    <Col xs={24} xl={12}>
      <BreakdownCard filters={filters} breakdown="segments" />
    </Col>
    <Col xs={24} xl={12}>
      <RfmGridCard filters={filters} />
    </Col>
    <Col xs={24} xl={12}>
      <ClvCard filters={filters} />
    </Col>
    <Col xs={24} xl={12}>
      <ChurnCard filters={filters} />
    </Col>
    <Col span={24}>
      <CohortCard filters={filters} />
    </Col>
    <Col xs={24} xl={12}>
      <CustomerListCard filters={filters} kind="atRisk" />
    </Col>
    <Col xs={24} xl={12}>
      <CustomerListCard filters={filters} kind="winBack" />
    </Col>
    <Col xs={24} xl={12}>
      <BreakdownCard filters={filters} breakdown="stages" />
    </Col>
    <Col xs={24} xl={12}>
      <TransitionsCard filters={filters} />
    </Col>
  </Row>
);
