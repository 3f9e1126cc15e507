import { useQuery } from '@tanstack/react-query';
import type { CustomField } from '../../../../shared/contracts/custom-fields';
import type { Picklist } from '../../../../shared/contracts/customers';
import { api } from '../../../app/api-client';

export type PicklistItem = { key: string; label: string | null; archived: boolean };
export type Picklists = Record<Picklist, PicklistItem[]>;

/** Keys match the server's change events (`custom_fields`, `picklists`), so edits by an admin show at once. */
export const useCustomFields = () =>
  useQuery({
    queryKey: ['custom_fields'],
    queryFn: () => api.get<{ data: CustomField[] }>('/custom-fields'),
    select: (page) => page.data,
    staleTime: 5 * 60_000,
  });

export const usePicklists = () =>
  useQuery({
    queryKey: ['picklists'],
    queryFn: () => api.get<Picklists>('/customer-picklists'),
    staleTime: 5 * 60_000,
  });
