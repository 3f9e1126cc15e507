import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { AppError } from '../../shared/errors';
import { setCsrfToken } from './api-client';

declare module '@tanstack/react-query' {
  // Module augmentation needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Register {
    defaultError: AppError;
    /** `keepSession`: a 401 from this call means bad input (e.g. a wrong current password), not an ended session. */
    mutationMeta: { keepSession?: boolean };
  }
}

export const meQueryKey = ['me'] as const;

/**
 * One QueryClient for the app. Any 401 outside the sign-in flows clears the cached user, which makes
 * the signed-in layout redirect to /sign-in.
 */
export const createQueryClient = (): QueryClient => {
  const onUnauthenticated = (error: unknown) => {
    if (!(error instanceof AppError) || error.code !== 'UNAUTHENTICATED') return;
    setCsrfToken(null);
    if (client.getQueryData(meQueryKey)) client.setQueryData(meQueryKey, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: onUnauthenticated }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => {
        if (!mutation.meta?.keepSession) onUnauthenticated(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: true,
        // UNAVAILABLE includes "the server is still starting": keep trying for about half a minute.
        retry: (failureCount, error) =>
          error.code === 'UNAVAILABLE' ? failureCount < 5 : failureCount < 2 && error.status >= 500,
      },
    },
  });
  return client;
};
