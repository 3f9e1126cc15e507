import type { Deps } from '../../platform/deps';
import type { JobDefinition } from '../../platform/jobs/job-queue';
import { createDemoLoadJob } from './demo.jobs';
import { demoRoutes } from './demo.routes';
import { createDemoService } from './demo.service';

export { DEMO_LOAD } from './demo.jobs';
export { loadDemoData, type DemoLoadOptions } from './demo-loader';

/** Demo data (issue 4, item 5): `kehu demo` and onboarding's offer to load it. */
export const createDemo = (deps: Deps) => {
  const service = createDemoService(deps);
  return {
    service,
    routes: demoRoutes(service),
    jobs: [createDemoLoadJob(deps) as unknown as JobDefinition<never>],
  };
};
