import { RequirePermission } from '../../modules/auth/components/RequirePermission';
import { JobsPanel } from '../../modules/jobs/components/JobsPanel';

export const JobsSettingsPage = () => (
  <RequirePermission permission="jobs.read">
    <JobsPanel />
  </RequirePermission>
);
