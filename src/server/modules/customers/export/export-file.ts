import type { ExportFormat } from '../../../../shared/contracts/exports';

export const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Characters no file system or download dialog accepts in a name (control characters included). */
const unsafe = (c: string) => '\\/:*?"<>|'.includes(c) || c.charCodeAt(0) < 0x20;

/** `customers-2026-11-26.csv`, or with the segment's name: `customers-老客户-2026-11-26.csv`. */
export const exportFileName = (day: string, format: ExportFormat, segment: string | null) => {
  const part = segment
    ? [...segment]
        .map((c) => (unsafe(c) ? ' ' : c))
        .join('')
        .trim()
        .slice(0, 80)
    : '';
  return `customers-${part ? `${part}-` : ''}${day}.${format}`;
};

/** RFC 5987 `ext-value` encoding: percent-encodes everything but attr-chars. */
const encodeRfc5987 = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment` with a plain ASCII `filename` for old clients and the exact UTF-8 name in
 * `filename*` (RFC 6266 / RFC 5987), which every current browser prefers.
 */
export const contentDisposition = (name: string, fallback: string) => {
  const ascii = /^[\x20-\x7e]+$/.test(name) ? name : fallback;
  return `attachment; filename="${ascii.replace(/["\\]/g, '_')}"; filename*=UTF-8''${encodeRfc5987(name)}`;
};
