import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  PublicSubmission,
  PublicSubmissionResult,
  PublicWebForm,
  WebForm,
  WebFormCreate,
  WebFormUpdate,
} from '../../../../shared/contracts/web-forms';
import { api } from '../../../app/api-client';

/** Named like the server's realtime entity type, so another admin's change refetches the list. */
export const webFormsQueryKey = ['web-forms'] as const;

export const useWebForms = () =>
  useQuery({
    queryKey: webFormsQueryKey,
    queryFn: () => api.get<{ data: WebForm[] }>('/web-forms'),
    select: (result) => result.data,
  });

export const useCreateWebForm = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WebFormCreate) => api.post<WebForm>('/web-forms', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webFormsQueryKey }),
  });
};

/** A stale `version` gets CONFLICT with the current form. */
export const useUpdateWebForm = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: WebFormUpdate & { id: string }) =>
      api.patch<WebForm>(`/web-forms/${id}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webFormsQueryKey }),
  });
};

export const useDeleteWebForm = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/web-forms/${id}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webFormsQueryKey }),
  });
};

/** The form as a visitor sees it; NOT_FOUND when it is off or gone. */
export const usePublicForm = (publicId: string) =>
  useQuery({
    queryKey: ['public-form', publicId],
    queryFn: () => api.get<PublicWebForm>(`/public/forms/${publicId}`),
    retry: (failures, error) => error.status >= 500 && failures < 2,
  });

export const useSubmitPublicForm = (publicId: string) =>
  useMutation({
    mutationFn: (body: PublicSubmission) =>
      api.post<PublicSubmissionResult>(`/public/forms/${publicId}/submissions`, body),
  });
