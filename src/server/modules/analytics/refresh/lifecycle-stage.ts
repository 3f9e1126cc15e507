import type { AnalyticsSettings, LifecycleStage } from '../../../../shared/contracts/analytics';

export type StageFacts = {
  purchaseDays: number;
  /** Day numbers; `lastReturnDay` is NaN when the customer never came back after a long gap. */
  firstDay: number;
  lastDay: number;
  lastReturnDay: number;
  /** null when the BG/NBD model could not be fitted. */
  pAlive: number | null;
};

/**
 * The lifecycle stage (L1) on day `asOfDay`, the first rule that applies winning:
 * - prospect: has not bought;
 * - churned: no purchase for `churn.inactiveDays` days, or P(alive) below `churn.pAliveBelow`;
 * - at risk: no purchase for `lifecycle.atRiskDays` days, or P(alive) below `atRiskPAliveBelow`;
 * - won back: bought again after a gap of `churn.inactiveDays` or more, at most `wonBackDays` ago;
 * - new: first purchase at most `newDays` days ago;
 * - active: everyone else who buys.
 */
export const lifecycleStageOf = (
  c: StageFacts,
  asOfDay: number,
  { churn, lifecycle }: Pick<AnalyticsSettings, 'churn' | 'lifecycle'>,
): LifecycleStage => {
  if (c.purchaseDays === 0) return 'prospect';
  const idle = asOfDay - c.lastDay;
  if (idle >= churn.inactiveDays || (c.pAlive !== null && c.pAlive < churn.pAliveBelow)) return 'churned';
  if (idle >= lifecycle.atRiskDays || (c.pAlive !== null && c.pAlive < lifecycle.atRiskPAliveBelow))
    return 'at_risk';
  if (asOfDay - c.lastReturnDay <= lifecycle.wonBackDays) return 'won_back';
  if (asOfDay - c.firstDay <= lifecycle.newDays) return 'new';
  return 'active';
};
