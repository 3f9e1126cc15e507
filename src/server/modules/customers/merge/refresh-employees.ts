import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { profileOf } from '../customer-record';
import { employeeIds, findCustomerRow } from '../customers.queries';
import { searchColumns } from '../profile/customer-profile';

/** People at a company carry its name in their search text; after a merge it may be a new name. */
export const refreshCompanySearch = async (
  db: Kysely<DB>,
  orgId: string,
  companyId: string,
  companyName: string,
): Promise<void> => {
  for (const id of await employeeIds(db, orgId, companyId)) {
    const row = await findCustomerRow(db, orgId, id);
    if (!row) continue;
    const { search_text } = searchColumns(profileOf(row), companyName);
    await db
      .updateTable('customers')
      .set({ search_text })
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .execute();
  }
};
