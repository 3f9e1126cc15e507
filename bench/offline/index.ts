import { analyticsFit } from './analytics-fit';
import { recommendations } from './recommendations';

/**
 * Offline scenarios: model quality and pure computation that need no database or server
 * (fits on public data sets, recommendation hit-rates). Each returns a Markdown section for
 * docs/benchmarks.md; `npm run bench -- <name>` runs one.
 */
export const offlineScenarios: Record<string, () => Promise<string>> = {
  recommendations: recommendations,
  'analytics-fit': analyticsFit,
};
