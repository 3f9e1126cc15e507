import { Navigate } from 'react-router';
import { useCan } from '../../modules/auth/hooks/use-can';
import { settingsSections } from '../../modules/settings/components/settings-sections';

/** /settings opens the first section this person may use. */
export const SettingsIndexPage = () => {
  const can = useCan();
  const first = settingsSections.find((section) => !section.permission || can(section.permission));
  return <Navigate to={`/settings/${first?.path ?? 'profile'}`} replace />;
};
