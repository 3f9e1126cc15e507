import type { MergeInput } from '../../../../shared/contracts/duplicates';
import { AppError } from '../../../../shared/errors';

/** Reference problems name the merge field the person picked, not the stored column. */
export const referencePaths: Record<string, string> = {
  ownerId: 'owner',
  teamId: 'team',
  companyId: 'company',
};

export type CheckedMerge = {
  survivorId: string;
  mergedIds: string[];
  choices: Record<string, string>;
  versions: Record<string, number>;
};

/**
 * The merge request with ids lower-cased (UUIDs compare as text below), or INVALID_INPUT: the
 * survivor among the merged (a customer cannot be merged into itself), a customer named twice,
 * or a customer without the version the person reviewed.
 */
export const checkMergeInput = (input: MergeInput): CheckedMerge => {
  const survivorId = input.survivorId.toLowerCase();
  const mergedIds = input.mergedIds.map((id) => id.toLowerCase());
  const versions = Object.fromEntries(
    Object.entries(input.versions).map(([id, version]) => [id.toLowerCase(), version]),
  );
  const issues: { path: string; message: string }[] = [];
  if (mergedIds.includes(survivorId))
    issues.push({
      path: 'body.mergedIds',
      message: 'must not include the survivor: a customer cannot be merged into itself',
    });
  if (new Set(mergedIds).size !== mergedIds.length)
    issues.push({ path: 'body.mergedIds', message: 'must name each customer once' });
  for (const id of [survivorId, ...mergedIds])
    if (versions[id] === undefined)
      issues.push({
        path: `body.versions.${id}`,
        message: 'must give the version of every customer in the merge',
      });
  if (issues.length)
    throw new AppError(
      'INVALID_INPUT',
      `The merge cannot be done: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
      {
        issues,
      },
    );
  const choices = Object.fromEntries(
    Object.entries(input.fields).map(([key, id]) => [key, id.toLowerCase()]),
  );
  return { survivorId, mergedIds, choices, versions };
};
