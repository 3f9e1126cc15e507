import type { Migration } from 'kysely';
import * as m0001 from './0001_extensions';
import * as m0002 from './0002_accounts';
import * as m0003 from './0003_audit_log';
import * as m0004 from './0004_jobs';

/** Every migration in order; listed statically so the bundled server carries them. */
export const migrations: Record<string, Migration> = {
  '0001_extensions': m0001,
  '0002_accounts': m0002,
  '0003_audit_log': m0003,
  '0004_jobs': m0004,
};
