import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Me } from '../../../../shared/contracts/auth';
import type { InvitationAcceptSchema, InvitationPreviewSchema } from '../../../../shared/contracts/users';
import { api } from '../../../app/api-client';
import { rememberMe } from './me.api';

type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;
type InvitationAccept = z.infer<typeof InvitationAcceptSchema>;

/** Who an invitation link is for; fails with NOT_FOUND when it expired, was revoked or used. */
export const useInvitationPreview = (token: string) =>
  useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => api.get<InvitationPreview>(`/invitations/${encodeURIComponent(token)}`),
    retry: false,
    staleTime: Infinity,
  });

export const useAcceptInvitation = (token: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationAccept) =>
      api.post<Me>(`/invitations/${encodeURIComponent(token)}/accept`, body),
    meta: { keepSession: true },
    onSuccess: (me) => rememberMe(queryClient, me),
  });
};
