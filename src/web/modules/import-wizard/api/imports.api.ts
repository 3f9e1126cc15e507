import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language } from '../../../../shared/contracts/common';
import type {
  Import,
  ImportDetail,
  ImportMapping,
  ImportProblem,
  ImportStart,
  ImportStatus,
  ImportTemplate,
  ImportUploadResult,
} from '../../../../shared/contracts/imports';
import { api } from '../../../app/api-client';
import { useSignedInMe } from '../../auth/api/me.api';
import { uploadImportFile } from './upload-file';

export const importsQueryKey = ['imports'] as const;
const templatesQueryKey = ['import-templates'] as const;

/** Statuses in which the job still works; the wizard polls the import while it is in one. */
export const activeStatuses: readonly ImportStatus[] = ['queued', 'validating', 'loading'];
export const isActive = (status: ImportStatus) => activeStatuses.includes(status);

export const useRecentImports = () =>
  useQuery({
    queryKey: [...importsQueryKey, 'recent'],
    queryFn: () => api.get<{ data: Import[] }>('/imports'),
    refetchInterval: (query) => (query.state.data?.data.some((i) => isActive(i.status)) ? 3_000 : false),
  });

/** One import; polled every second while its job runs (realtime events would only say "changed"). */
export const useImport = (id: string | null) =>
  useQuery({
    queryKey: [...importsQueryKey, id],
    queryFn: () => api.get<ImportDetail>(`/imports/${id}`),
    enabled: !!id,
    refetchInterval: (query) => (query.state.data && isActive(query.state.data.status) ? 1_000 : false),
  });

/** Uploads a file to `path` (customer imports unless told otherwise), reporting progress 0–1. */
export const useUploadImport = <T = ImportUploadResult>(
  onProgress: (fraction: number) => void,
  path?: string,
) => {
  const me = useSignedInMe();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File): Promise<T> => uploadImportFile<T>(file, me.csrfToken, onProgress, path),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importsQueryKey }),
  });
};

export const useStartImport = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ImportStart }) =>
      api.post<Import>(`/imports/${id}/start`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importsQueryKey }),
  });
};

export const useCancelImport = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Import>(`/imports/${id}/cancel`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: importsQueryKey }),
  });
};

/** One page of an import's problems; `cursor` null is the first page. */
export const useImportProblems = (id: string, cursor: string | null, enabled: boolean) =>
  useQuery({
    queryKey: [...importsQueryKey, id, 'problems', cursor],
    queryFn: () =>
      api.get<{ data: ImportProblem[]; nextCursor: string | null }>(`/imports/${id}/problems`, {
        cursor,
        limit: 20,
      }),
    enabled,
    placeholderData: keepPreviousData,
  });

/** The problem report as CSV in `language`, downloaded by the browser with the session cookie. */
export const problemsCsvUrl = (id: string, language: Language) =>
  `/api/v1/imports/${encodeURIComponent(id)}/problems.csv?lang=${encodeURIComponent(language)}`;

export const useImportTemplates = () =>
  useQuery({
    queryKey: templatesQueryKey,
    queryFn: () => api.get<{ data: ImportTemplate[] }>('/import-templates'),
  });

export const useSaveTemplate = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; mapping: ImportMapping }) =>
      api.post<ImportTemplate>('/import-templates', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: templatesQueryKey }),
  });
};

export const useDeleteTemplate = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/import-templates/${id}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: templatesQueryKey }),
  });
};
