import type { ExportFormat } from '../../../../shared/contracts/exports';

/** The download address of every column of a segment's customers (GET /api/v1/customers/export). */
export const segmentExportUrl = (segmentId: string, format: ExportFormat): string =>
  `/api/v1/customers/export?${new URLSearchParams({ format, segmentId }).toString()}`;
