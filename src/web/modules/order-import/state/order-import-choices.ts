import type { OrderImportStart } from '../../../../shared/contracts/order-imports';

/** Everything the options step decides; the mapping is chosen on its own step. */
export type OrderImportChoices = Omit<OrderImportStart, 'mapping'>;

/** Careful defaults: nothing is created that the file merely names, and one bad row loads nothing. */
export const defaultOrderImportChoices: OrderImportChoices = {
  dryRun: false,
  createCustomers: false,
  createProducts: false,
  channel: 'online_store',
  loadGoodRowsOnly: false,
};
