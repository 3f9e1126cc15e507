/**
 * The customer table opened on exactly the customers behind a dashboard number: the filter tree
 * the API returned with it (the dashboard's own filters included) and, for ranked lists, the
 * sort that shows them in the same order.
 */
export const customersLink = (filter: unknown, sort?: string): string => {
  const params = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (sort) params.set('sort', sort);
  return `/customers?${params.toString()}`;
};
