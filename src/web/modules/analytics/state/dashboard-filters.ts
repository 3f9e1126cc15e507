/** The KPI windows the server precomputes (days). */
export const dayOptions = ['30', '90', '365'] as const;
export type DayOption = (typeof dayOptions)[number];

/** How many months the series (trend, churn, cohorts) show. */
export const monthOptions = [12, 24, 36] as const;

/** The dashboard's filters as the API takes them; they live in the URL so a link shows the same view. */
export type DashboardFilters = {
  segmentId?: string;
  owner?: string;
  channel?: string;
  days: DayOption;
  months: number;
};

const isDayOption = (value: string | null): value is DayOption =>
  (dayOptions as readonly string[]).includes(value ?? '');

/** Reads `?segment=&owner=&channel=&days=&months=`; anything unknown falls back to the default. */
export const filtersFromParams = (params: URLSearchParams): DashboardFilters => {
  const days = params.get('days');
  const months = Number(params.get('months'));
  return {
    segmentId: params.get('segment') || undefined,
    owner: params.get('owner') || undefined,
    channel: params.get('channel') || undefined,
    days: isDayOption(days) ? days : '30',
    months: (monthOptions as readonly number[]).includes(months) ? months : 24,
  };
};

/** The URL parameters for `filters`; defaults are left out so the plain page URL stays short. */
export const paramsOfFilters = (filters: DashboardFilters): Record<string, string | undefined> => ({
  segment: filters.segmentId,
  owner: filters.owner,
  channel: filters.channel,
  days: filters.days === '30' ? undefined : filters.days,
  months: filters.months === 24 ? undefined : String(filters.months),
});

/** True when a filter narrows the customers (the period and series length do not). */
export const narrowsCustomers = (filters: DashboardFilters) =>
  !!(filters.segmentId || filters.owner || filters.channel);
