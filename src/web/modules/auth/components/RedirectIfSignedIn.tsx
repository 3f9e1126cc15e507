import { Navigate, Outlet, useSearchParams } from 'react-router';
import { FullPageSpinner } from '../../../ui/FullPageSpinner';
import { useMe } from '../api/me.api';

/** Only a path inside this app, never another site ("//evil.example"). */
const safeNext = (next: string | null): string =>
  next && next.startsWith('/') && !next.startsWith('//') ? next : '/';

/** The sign-in page is for signed-out people; a signed-in visitor goes where they were heading. */
export const RedirectIfSignedIn = () => {
  const { data: me, isPending } = useMe();
  const [params] = useSearchParams();
  if (isPending) return <FullPageSpinner />;
  if (me) return <Navigate to={safeNext(params.get('next'))} replace />;
  return <Outlet />;
};
