import type { Translation } from '../translation';
import { auth } from './auth';
import { common } from './common';
import { modules } from './modules';
import { people } from './people';
import { settings } from './settings';
import { shell } from './shell';
import { system } from './system';
import { customerTable } from './customer-table';
import { customer } from './customer';
import { segments } from './segments';
import { dedupe } from './dedupe';
import { importWizard } from './import-wizard';
import { orderImport } from './order-import';
import { orders } from './orders';
import { products } from './products';
import { demo } from './demo';
import { analytics } from './analytics';

/** Simplified Chinese strings. */
export const zhCN: Translation = {
  common,
  auth,
  shell,
  modules,
  settings,
  people,
  system,
  customerTable,
  customer,

  segments,
  dedupe,
  importWizard,
  orderImport,
  orders,
  products,
  demo,
  analytics,
};
