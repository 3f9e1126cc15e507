import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../app/api-client';

/** The catalogue as CSV, for a download link. */
export const productsExportUrl = '/api/v1/products/export';

/** Creates or updates products by SKU from a CSV file; one bad row imports nothing. */
export const useImportProducts = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      apiRequest<{ created: number; updated: number }>('POST', '/products/import', {
        raw: { contentType: 'text/csv', data: file },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['products'] }),
  });
};
