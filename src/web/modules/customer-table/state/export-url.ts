import type { FilterNode } from '../../../../shared/filter/filter';

export type ExportRequest = {
  format: 'csv' | 'xlsx';
  q?: string;
  filter?: FilterNode;
  segmentId?: string;
  sort?: string;
  columns: string[];
  /** Only these customers; otherwise everything the selection matches. */
  ids?: string[];
  deleted?: boolean;
};

/** The download address of GET /api/v1/customers/export for what the table shows. */
export const exportUrl = (r: ExportRequest): string => {
  const params = new URLSearchParams({ format: r.format });
  if (r.q?.trim()) params.set('q', r.q.trim());
  if (r.filter) params.set('filter', JSON.stringify(r.filter));
  if (r.segmentId) params.set('segmentId', r.segmentId);
  if (r.sort) params.set('sort', r.sort);
  params.set('columns', r.columns.join(','));
  if (r.ids?.length) params.set('ids', r.ids.join(','));
  if (r.deleted) params.set('deleted', 'true');
  return `/api/v1/customers/export?${params.toString()}`;
};
