import {
  multiColumnFields,
  type ImportFieldOption,
  type ImportMapping,
} from '../../../../shared/contracts/imports';

export type MappingIssue = { header: string; field: string; claimedBy: string };

/** Columns that map to a single-valued field another column already fills (the server refuses those). */
export const mappingConflicts = (headers: readonly string[], mapping: ImportMapping): MappingIssue[] => {
  const claimed = new Map<string, string>();
  const issues: MappingIssue[] = [];
  for (const header of headers) {
    const field = mapping[header];
    if (!field) continue;
    const other = claimed.get(field);
    if (other && !multiColumnFields.includes(field)) issues.push({ header, field, claimedBy: other });
    else claimed.set(field, header);
  }
  return issues;
};

export const mapsAnything = (mapping: ImportMapping) => Object.values(mapping).some((f) => !!f);

/** The suggestion for every header; headers the server did not mention are left out. */
export const initialMapping = (headers: readonly string[], suggestions: Record<string, string | null>) =>
  Object.fromEntries(headers.map((h) => [h, suggestions[h] ?? null])) as ImportMapping;

/** A saved template's choice for each header it knows; other headers keep their current field. */
export const applyTemplateMapping = (
  headers: readonly string[],
  current: ImportMapping,
  template: Record<string, string | null>,
  fields: readonly ImportFieldOption[],
): ImportMapping => {
  const known = new Set(fields.map((f) => f.key));
  return Object.fromEntries(
    headers.map((h) => {
      const field = h in template ? template[h] : current[h];
      return [h, field && known.has(field) ? field : null];
    }),
  ) as ImportMapping;
};
