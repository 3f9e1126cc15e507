import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config';
import { openDatabase, type Database } from './db/database';
import { migrateToLatest } from './db/migrate';
import { buildApp, createModules, type Modules } from './app';
import type { Deps } from './platform/deps';
import { createLocalEventBus, createPgEventBus, type EventBus } from './platform/events';
import { createJobQueue } from './platform/jobs/job-queue';
import { createJobRunner, type JobRunner } from './platform/jobs/job-runner';
import { createScheduler } from './platform/jobs/scheduler';
import { createLogger } from './platform/logger';
import { createMailer } from './platform/mailer';

export type Kehu = {
  app: FastifyInstance;
  deps: Deps;
  modules: Modules;
  database: Database;
  runner: JobRunner;
  /** Migrates, then starts jobs and schedules (when enabled); health turns ok. */
  start(): Promise<void>;
  /** Graceful: stop taking requests, finish in-flight requests and jobs, close the database. */
  stop(): Promise<void>;
};

const eventBusFor = async (database: Database, logger: Logger): Promise<EventBus> =>
  database.kind === 'postgres'
    ? createPgEventBus(database.connection, database.db as never, logger)
    : createLocalEventBus();

/** Assembles Kehu: database, services, HTTP app, job runner and scheduler. */
export const createKehu = async (
  config: Config,
  opts: { database?: Database; logger?: Logger } = {},
): Promise<Kehu> => {
  const logger = opts.logger ?? createLogger(config);
  const database = opts.database ?? (await openDatabase(config));
  const events = await eventBusFor(database, logger);
  const jobs = createJobQueue();
  const mailer = createMailer(config, logger);
  const deps: Deps = {
    db: database.db,
    readDb: database.readDb,
    dbKind: database.kind,
    events,
    jobs,
    mailer,
    config,
    logger,
  };
  const modules = createModules(deps);
  for (const job of [
    ...modules.jobs.jobs,
    ...modules.customers.jobs,
    ...modules.orders.jobs,
    ...modules.demo.jobs,
    ...modules.analytics.jobs,
  ])
    jobs.register(job as never);

  let ready = false;
  const app = await buildApp(deps, modules, () => ready);
  const runner = createJobRunner({
    db: database.db,
    queue: jobs,
    logger,
    concurrency: config.jobConcurrency,
  });
  const scheduler = createScheduler({
    db: database.db,
    queue: jobs,
    logger,
    schedules: [
      ...modules.jobs.schedules,
      ...modules.customers.schedules,
      ...modules.orders.schedules,
      ...modules.analytics.schedules,
    ],
  });

  return {
    app,
    deps,
    modules,
    database,
    runner,
    async start() {
      await migrateToLatest(database.db as never);
      ready = true;
      if (config.jobsEnabled) {
        await scheduler.start();
        runner.start();
      }
    },
    async stop() {
      scheduler.stop();
      await app.close();
      await runner.stop();
      await events.close();
      mailer.close();
      await database.close();
    },
  };
};
