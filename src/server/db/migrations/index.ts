import type { Migration } from 'kysely';
import * as m0001 from './0001_extensions';
import * as m0002 from './0002_accounts';
import * as m0003 from './0003_audit_log';
import * as m0004 from './0004_jobs';
import * as m0005 from './0005_customers';
import * as m0006 from './0006_customer_timeline';
import * as m0007 from './0007_views_and_segments';
import * as m0008 from './0008_imports';
import * as m0009 from './0009_web_forms';
import * as m0012 from './0012_duplicate_dismissals';
import * as m0013 from './0013_import_extras';
import * as m0014 from './0014_products';
import * as m0015 from './0015_orders';
import * as m0016 from './0016_idempotency_keys';
import * as m0017 from './0017_product_neighbours';
import * as m0018 from './0018_customer_scores';
import * as m0019 from './0019_analytics_models';
import * as m0020 from './0020_analytics_slices';
import * as m0021 from './0021_import_problem_codes';
import * as m0022 from './0022_analytics_segment_slices';

/** Every migration in order; listed statically so the bundled server carries them. */
export const migrations: Record<string, Migration> = {
  '0001_extensions': m0001,
  '0002_accounts': m0002,
  '0003_audit_log': m0003,
  '0004_jobs': m0004,
  '0005_customers': m0005,
  '0006_customer_timeline': m0006,
  '0007_views_and_segments': m0007,
  '0008_imports': m0008,
  '0009_web_forms': m0009,
  '0012_duplicate_dismissals': m0012,
  '0013_import_extras': m0013,
  '0014_products': m0014,
  '0015_orders': m0015,
  '0016_idempotency_keys': m0016,
  '0017_product_neighbours': m0017,
  '0018_customer_scores': m0018,
  '0019_analytics_models': m0019,
  '0020_analytics_slices': m0020,
  '0021_import_problem_codes': m0021,
  '0022_analytics_segment_slices': m0022,
};
