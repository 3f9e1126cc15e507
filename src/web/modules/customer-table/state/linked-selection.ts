import { FilterSchema, type FilterNode } from '../../../../shared/filter/filter';

const SORT = /^-?[a-z][a-z0-9_.]*(,-?[a-z][a-z0-9_.]*)*$/;

/**
 * A filter tree and sort handed over in the URL (`?filter=<json>&sort=-value_at_risk`), as the
 * analytics dashboard opens the customers behind a number. Anything malformed is ignored; the
 * server checks the fields.
 */
export const linkedSelection = (params: URLSearchParams): { filter?: FilterNode; sort?: string } => {
  const selection: { filter?: FilterNode; sort?: string } = {};
  const raw = params.get('filter');
  if (raw) {
    try {
      const parsed = FilterSchema.safeParse(JSON.parse(raw));
      if (parsed.success) selection.filter = parsed.data;
    } catch {
      // not JSON: no filter
    }
  }
  const sort = params.get('sort');
  if (sort && SORT.test(sort)) selection.sort = sort;
  return selection;
};
