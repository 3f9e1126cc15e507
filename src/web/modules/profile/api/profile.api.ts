import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MeUpdate, PasswordChangeSchema } from '../../../../shared/contracts/auth';
import { api } from '../../../app/api-client';
import { meQueryKey } from '../../../app/query-client';

type PasswordChange = z.infer<typeof PasswordChangeSchema>;

/** Saves name, language or theme to the signed-in person's profile. */
export const useUpdateMe = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeUpdate) => api.patch<unknown>('/me', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
};

/** A wrong current password is a form error, not a reason to sign out. */
export const useChangePassword = () =>
  useMutation({
    mutationFn: (body: PasswordChange) => api.post<unknown>('/me/password', body),
    meta: { keepSession: true },
  });
