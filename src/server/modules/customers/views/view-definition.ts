import type { Kysely } from 'kysely';
import { AppError } from '../../../../shared/errors';
import type { SavedViewDefinition } from '../../../../shared/contracts/saved-views';
import { parseSort } from '../../../../shared/customers/customer-fields';
import type { FilterIssue } from '../../../../shared/filter/filter';
import type { DB } from '../../../db/schema';
import { compileFilter } from '../../../platform/filter/compile-filter';
import { customerFieldDefinitions, customerFieldRegistry } from '../customer-fields';
import { listCustomFieldRows } from '../custom-fields/custom-fields.queries';
import { segmentExists } from './saved-views.queries';

const MAX_SORT_FIELDS = 4;
const at = (path: string) => `body.definition.${path}`;

/** The filter compiler's own issues, re-addressed to where the filter sits in the body. */
const filterIssues = (filter: unknown, registry: ReturnType<typeof customerFieldRegistry>): FilterIssue[] => {
  try {
    compileFilter(filter, registry);
    return [];
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'INVALID_INPUT') throw error;
    const issues = (error.details as { issues?: FilterIssue[] } | undefined)?.issues ?? [];
    return issues.length
      ? issues.map((i) => ({ path: at(i.path), message: i.message }))
      : [{ path: at('filter'), message: error.message }];
  }
};

/**
 * Checks a view against this organisation's customer fields, so a saved view can never hold a
 * column, sort or filter the table would refuse. Returns the definition to store; throws
 * INVALID_INPUT naming every problem.
 */
export const checkViewDefinition = async (
  db: Kysely<DB>,
  orgId: string,
  definition: SavedViewDefinition,
): Promise<SavedViewDefinition> => {
  const custom = await listCustomFieldRows(db, orgId);
  const fields = new Map(customerFieldDefinitions(custom).map((f) => [f.key, f]));
  const issues: FilterIssue[] = [];

  const seen = new Set<string>();
  definition.columns.forEach((column, i) => {
    if (!fields.has(column.key))
      issues.push({ path: at(`columns.${i}.key`), message: `unknown field ${column.key}` });
    else if (seen.has(column.key))
      issues.push({ path: at(`columns.${i}.key`), message: `shows ${column.key} twice` });
    seen.add(column.key);
  });

  const sort = parseSort(definition.sort);
  if (sort.length > MAX_SORT_FIELDS)
    issues.push({ path: at('sort'), message: `sorts by more than ${MAX_SORT_FIELDS} fields` });
  for (const key of sort) {
    const field = fields.get(key.key);
    if (!field || !field.sortable)
      issues.push({ path: at('sort'), message: `${key.key} is not a sortable field` });
  }

  if (definition.filter !== undefined)
    issues.push(...filterIssues(definition.filter, customerFieldRegistry(custom)));
  if (definition.segmentId && !(await segmentExists(db, orgId, definition.segmentId)))
    issues.push({ path: at('segmentId'), message: `segment ${definition.segmentId} does not exist` });

  if (issues.length > 0)
    throw new AppError(
      'INVALID_INPUT',
      `The view cannot be saved: ${issues.map((i) => `${i.path.replace('body.definition.', '')} ${i.message}`).join('; ')}`,
      { issues },
    );
  return definition;
};
