/** A form field's name path: `['lifecycle', 'atRiskDays']`, `['rfm', 'segments', 3, 'r']`. */
export type FieldName = (string | number)[];

/** `body.rfm.segments.3.r` (a server issue path) → `['rfm', 'segments', 3, 'r']`. */
export const issueNamePath = (path: string): FieldName => {
  const parts = path.split(/[./]/).filter(Boolean);
  return (parts[0] === 'body' ? parts.slice(1) : parts).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
};

const startsWith = (path: FieldName, prefix: FieldName) =>
  prefix.length <= path.length && prefix.every((part, i) => String(part) === String(path[i]));

/**
 * The form field an issue belongs to: the longest field name its path starts with, so an issue
 * on `r.0` lands on the R range input. Null when the form has no such field.
 */
export const fieldForIssue = (path: FieldName, fields: readonly FieldName[]): FieldName | null =>
  fields
    .filter((field) => field.length > 0 && startsWith(path, field))
    .sort((a, b) => b.length - a.length)[0] ?? null;
