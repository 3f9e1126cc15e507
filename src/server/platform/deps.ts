import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { DB } from '../db/schema';
import type { DatabaseKind } from '../db/database';
import type { EventBus } from './events';
import type { JobQueue } from './jobs/job-queue';
import type { Mailer } from './mailer';

/** What every service is built from; passed explicitly, never imported as a singleton. */
export type Deps = {
  db: Kysely<DB>;
  readDb: Kysely<DB>;
  dbKind: DatabaseKind;
  events: EventBus;
  jobs: JobQueue;
  mailer: Mailer;
  config: Config;
  logger: Logger;
};
