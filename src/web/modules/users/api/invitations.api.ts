import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Invitation,
  InvitationCreate,
  InvitationCreatedSchema,
} from '../../../../shared/contracts/users';
import { api } from '../../../app/api-client';

type InvitationCreated = z.infer<typeof InvitationCreatedSchema>;

export const invitationsQueryKey = ['invitations'] as const;

export const useInvitations = (enabled = true) =>
  useQuery({
    queryKey: invitationsQueryKey,
    queryFn: () => api.get<{ data: Invitation[] }>('/invitations'),
    select: (page) => page.data,
    enabled,
  });

/** Creates an invitation; the answer carries the link, which the server never shows again. */
export const useCreateInvitation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationCreate) => api.post<InvitationCreated>('/invitations', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsQueryKey }),
  });
};

export const useRevokeInvitation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<unknown>(`/invitations/${id}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsQueryKey }),
  });
};
