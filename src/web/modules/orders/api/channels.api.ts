import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ChannelSchema, ChannelUpdate } from '../../../../shared/contracts/orders';
import { api } from '../../../app/api-client';

export type Channel = z.infer<typeof ChannelSchema>;

/** Named like the server's audit entity type for the list. */
const channelsQueryKey = ['order_channels'] as const;

/** The organisation's sales channels in their order, archived ones included. */
export const useChannels = () =>
  useQuery({
    queryKey: channelsQueryKey,
    queryFn: () => api.get<{ data: Channel[] }>('/order-channels'),
    select: (result) => result.data,
    staleTime: 5 * 60_000,
  });

/** Replaces the list; channels left out are archived by the server, never lost. */
export const useUpdateChannels = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChannelUpdate) => api.put<{ data: Channel[] }>('/order-channels', body),
    onSuccess: (result) => queryClient.setQueryData(channelsQueryKey, result),
    onSettled: () => queryClient.invalidateQueries({ queryKey: channelsQueryKey }),
  });
};
