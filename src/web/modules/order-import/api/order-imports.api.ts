import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { z } from 'zod';
import type {
  OrderImport,
  OrderImportProblem,
  OrderImportStart,
  OrderImportUploadResultSchema,
} from '../../../../shared/contracts/order-imports';
import { api } from '../../../app/api-client';
import { useSignedInMe } from '../../auth/api/me.api';
import { isActive } from '../../import-wizard/api/imports.api';
import { uploadImportFile } from '../../import-wizard/api/upload-file';

/** The server's answer to an upload: the import, the first rows, and a suggested field per column. */
export type OrderImportUploadResult = z.infer<typeof OrderImportUploadResultSchema>;

/** Where order files are uploaded (the raw file as the body). */
export const orderImportUploadPath = '/api/v1/order-imports';

/** Under 'imports', so the server's realtime `imports` progress events refetch it too. */
const orderImportKey = (id: string | null) => ['imports', 'orders', id] as const;

/** One order import; polled every second while its job runs, in case realtime events are not flowing. */
export const useOrderImport = (id: string | null) =>
  useQuery({
    queryKey: orderImportKey(id),
    queryFn: () => api.get<OrderImport>(`/order-imports/${id}`),
    enabled: !!id,
    refetchInterval: (query) => (query.state.data && isActive(query.state.data.status) ? 1_000 : false),
  });

/** The import's problems in file order (the server lists up to 1,000). */
export const useOrderImportProblems = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: [...orderImportKey(id), 'problems'],
    queryFn: () => api.get<{ data: OrderImportProblem[] }>(`/order-imports/${id}/problems`),
    enabled,
    select: (result) => result.data,
  });

type RunInput = {
  /** The upload to start; ignored when `file` must be sent again. */
  importId: string;
  /** Set when the upload was already run: the server runs each upload once, so the file goes again. */
  resend: File | null;
  body: OrderImportStart;
};

/**
 * Starts an import with a mapping and options, first uploading the file again when its last upload
 * has already been run (a second run after a refusal or a check). Resolves with the started import
 * and, after a new upload, its result.
 */
export const useRunOrderImport = () => {
  const me = useSignedInMe();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ importId, resend, body }: RunInput) => {
      const upload = resend
        ? await uploadImportFile<OrderImportUploadResult>(
            resend,
            me.csrfToken,
            () => {},
            orderImportUploadPath,
          )
        : null;
      const started = await api.post<OrderImport>(
        `/order-imports/${upload?.import.id ?? importId}/start`,
        body,
      );
      return { started, upload };
    },
    onSuccess: ({ started }) => queryClient.setQueryData(orderImportKey(started.id), started),
  });
};

/**
 * Refetches what a finished import changed. The job writes orders in bulk and announces only its
 * progress and the customers it touched, so lists of orders and products would otherwise stay stale.
 */
export const useRefreshAfterImport = () => {
  const queryClient = useQueryClient();
  return useCallback(() => {
    for (const key of ['orders', 'customers', 'products'])
      void queryClient.invalidateQueries({ queryKey: [key] });
  }, [queryClient]);
};
