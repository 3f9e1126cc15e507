import { Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RfmGrid as RfmGridData } from '../api/dashboard.api';
import type { AnalyticsFormat } from '../hooks/use-analytics-format';

type RfmGridProps = {
  cells: RfmGridData['cells'];
  format: AnalyticsFormat;
  onOpen: (filter: unknown) => void;
};

const scores = [1, 2, 3, 4, 5] as const;

/**
 * The R × F grid: recency 5 (bought most recently) on top, frequency 5 (most purchase days) on
 * the right, so the best customers sit top right. Shade follows the number of customers.
 */
export const RfmGrid = ({ cells, format, onOpen }: RfmGridProps) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const most = Math.max(1, ...cells.map((c) => c.customers));
  const cellAt = (r: number, f: number) => cells.find((c) => c.r === r && c.f === f);
  const axis = { fontSize: 12, color: token.colorTextSecondary, textAlign: 'center' as const };
  return (
    <div
      style={{ display: 'grid', gridTemplateColumns: '28px repeat(5, minmax(0, 1fr))', gap: 4 }}
      data-testid="rfm-grid"
    >
      {[...scores].reverse().map((r) => [
        <div key={`r${r}`} style={{ ...axis, alignSelf: 'center' }}>
          R{r}
        </div>,
        ...scores.map((f) => {
          const cell = cellAt(r, f);
          const customers = cell?.customers ?? 0;
          const share = customers / most;
          const strong = share > 0.55;
          const summary = `${t('analytics.charts.rfm.cell', { r, f })}: ${format.count(customers)} · ${format.money(cell?.revenueCents ?? 0)}`;
          return (
            <Tooltip key={`${r}:${f}`} title={summary}>
              <button
                type="button"
                aria-label={summary}
                disabled={!cell || customers === 0}
                onClick={() => cell && onOpen(cell.filter)}
                style={{
                  border: `1px solid ${token.colorBorderSecondary}`,
                  borderRadius: token.borderRadiusSM,
                  padding: '8px 4px',
                  minHeight: 56,
                  cursor: customers > 0 ? 'pointer' : 'default',
                  background:
                    customers === 0
                      ? token.colorFillQuaternary
                      : `color-mix(in srgb, ${token.colorPrimary} ${Math.round(12 + share * 78)}%, ${token.colorBgContainer})`,
                  color: strong ? token.colorTextLightSolid : token.colorText,
                  font: 'inherit',
                  textAlign: 'center',
                }}
                data-testid={`rfm-cell-${r}-${f}`}
                data-customers={customers}
              >
                <div style={{ fontWeight: 600, fontSize: 15, fontVariantNumeric: 'tabular-nums' }}>
                  {format.count(customers)}
                </div>
                <div style={{ fontSize: 11, opacity: 0.85, whiteSpace: 'nowrap', overflow: 'hidden' }}>
                  {format.compactMoney(cell?.revenueCents ?? 0)}
                </div>
              </button>
            </Tooltip>
          );
        }),
      ])}
      <div />
      {scores.map((f) => (
        <div key={`f${f}`} style={axis}>
          F{f}
        </div>
      ))}
      <div />
      <Typography.Text type="secondary" style={{ ...axis, gridColumn: 'span 5' }}>
        {t('analytics.charts.rfm.frequency')} →
      </Typography.Text>
    </div>
  );
};
