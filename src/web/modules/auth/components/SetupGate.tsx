import { Suspense } from 'react';
import { Navigate, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { FullPageSpinner } from '../../../ui/FullPageSpinner';
import { useSetupStatus } from '../api/setup.api';

/** On first run everything leads to /setup; once set up, /setup leads home. */
export const SetupGate = () => {
  const { data, isPending, error, refetch } = useSetupStatus();
  const { pathname } = useLocation();
  if (isPending) return <FullPageSpinner />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const onSetup = pathname === '/setup';
  if (data.needsSetup && !onSetup) return <Navigate to="/setup" replace />;
  if (!data.needsSetup && onSetup) return <Navigate to="/" replace />;
  return (
    <>
      {/* New pages start at the top; back and forward restore where the person was. */}
      <ScrollRestoration />
      <Suspense fallback={<FullPageSpinner />}>
        <Outlet />
      </Suspense>
    </>
  );
};
