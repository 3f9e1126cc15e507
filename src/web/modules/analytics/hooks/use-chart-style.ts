import { theme } from 'antd';
import { useMemo } from 'react';

/** Axis, grid and series colours from the antd theme, so charts follow light and dark mode. */
export const useChartStyle = () => {
  const { token } = theme.useToken();
  return useMemo(
    () => ({
      token,
      axisLabel: { color: token.colorTextSecondary, fontSize: 11 },
      axisLine: { lineStyle: { color: token.colorBorder } },
      splitLine: { lineStyle: { color: token.colorBorderSecondary } },
      legendText: { color: token.colorText },
      tooltip: { confine: true, appendToBody: false },
      /** Series colours, first the brand's. */
      palette: [
        token.colorPrimary,
        token.colorWarning,
        token.colorSuccess,
        '#9254de',
        '#13c2c2',
        token.colorError,
        '#eb2f96',
        '#fa8c16',
        '#a0d911',
        '#2f54eb',
        '#8c8c8c',
      ],
    }),
    [token],
  );
};

export type ChartStyle = ReturnType<typeof useChartStyle>;
