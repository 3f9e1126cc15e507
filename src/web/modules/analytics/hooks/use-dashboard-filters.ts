import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromParams, paramsOfFilters, type DashboardFilters } from '../state/dashboard-filters';

/** The dashboard filters, read from and written to the URL (replacing the history entry). */
export const useDashboardFilters = () => {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const setFilters = useCallback(
    (next: DashboardFilters) =>
      setParams(
        (current) => {
          const merged = new URLSearchParams(current);
          for (const [key, value] of Object.entries(paramsOfFilters(next))) {
            if (value) merged.set(key, value);
            else merged.delete(key);
          }
          return merged;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [filters, setFilters] as const;
};
