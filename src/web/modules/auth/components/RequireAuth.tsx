import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { FullPageSpinner } from '../../../ui/FullPageSpinner';
import { useMe } from '../api/me.api';

/** Lets signed-in people through; sends everyone else to /sign-in and back here afterwards. */
export const RequireAuth = () => {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  if (isPending) return <FullPageSpinner />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
};
