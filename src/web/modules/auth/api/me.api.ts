import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Me, SignIn } from '../../../../shared/contracts/auth';
import { AppError } from '../../../../shared/errors';
import { api, setCsrfToken } from '../../../app/api-client';
import { meQueryKey } from '../../../app/query-client';

/** The signed-in person, or null when nobody is signed in. */
const fetchMe = async (): Promise<Me | null> => {
  try {
    const me = await api.get<Me>('/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof AppError && error.code === 'UNAUTHENTICATED') {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
};

export const useMe = () => useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 });

/** Stores a Me returned by sign-in, setup or accepting an invitation. */
export const rememberMe = (queryClient: QueryClient, me: Me): void => {
  setCsrfToken(me.csrfToken);
  forgetOtherData(queryClient);
  queryClient.setQueryData(meQueryKey, me);
};

/** Drops everything cached except who is signed in and the setup state: a new session starts clean. */
const forgetOtherData = (queryClient: QueryClient): void =>
  queryClient.removeQueries({ predicate: (query) => !['me', 'setup'].includes(String(query.queryKey[0])) });

/** Me inside the signed-in layout, where it is known to exist. */
export const useSignedInMe = (): Me => {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInMe used outside the signed-in layout');
  return data;
};

export const useSignIn = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignIn) => api.post<Me>('/auth/sign-in', body),
    meta: { keepSession: true },
    onSuccess: (me) => rememberMe(queryClient, me),
  });
};

export const useSignOut = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<unknown>('/auth/sign-out'),
    meta: { keepSession: true },
    onSettled: () => {
      setCsrfToken(null);
      queryClient.setQueryData(meQueryKey, null);
      forgetOtherData(queryClient);
    },
  });
};
