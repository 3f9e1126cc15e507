import { RequirePermission } from '../modules/auth/components/RequirePermission';
import { DuplicatesView } from '../modules/dedupe/components/DuplicatesView';

/** /customers/duplicates — review likely duplicates and merge them. */
export const DuplicatesPage = () => (
  <RequirePermission permission="customers.read">
    <DuplicatesView />
  </RequirePermission>
);
