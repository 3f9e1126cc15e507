import { EventEmitter } from 'node:events';
import pg from 'pg';
import { sql, type Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { ChangeEvent } from '../../shared/contracts/events';
import type { Permission } from '../../shared/permissions';

/** A change as it travels between app instances: the event plus who may see it. */
export type BusEvent = ChangeEvent & { orgId: string; permission: Permission };

export type EventBus = {
  publish(events: BusEvent[]): Promise<void>;
  subscribe(listener: (event: BusEvent) => void): () => void;
  close(): Promise<void>;
};

const CHANNEL = 'kehu_events';

/** In one process (embedded database, which only one process can serve). */
export const createLocalEventBus = (): EventBus => {
  const emitter = new EventEmitter().setMaxListeners(0);
  return {
    async publish(events) {
      for (const event of events) emitter.emit('event', event);
    },
    subscribe(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
};

/**
 * Across app instances sharing one PostgreSQL: NOTIFY fans out, each instance LISTENs on one
 * dedicated connection and reconnects if it drops.
 */
export const createPgEventBus = async (
  connection: pg.ClientConfig,
  db: Kysely<never>,
  logger: Logger,
): Promise<EventBus> => {
  const emitter = new EventEmitter().setMaxListeners(0);
  let client: pg.Client | undefined;
  let closed = false;

  const connect = async (): Promise<void> => {
    const c = new pg.Client(connection);
    c.on('notification', (msg) => {
      if (!msg.payload) return;
      try {
        emitter.emit('event', JSON.parse(msg.payload) as BusEvent);
      } catch (error) {
        logger.warn({ err: error }, 'ignored a malformed change event');
      }
    });
    c.on('error', (error) => {
      logger.warn({ err: error }, 'event listener connection lost; reconnecting');
      client = undefined;
      if (!closed) setTimeout(() => void connect().catch(() => undefined), 1000);
    });
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    client = c;
  };
  await connect();

  return {
    async publish(events) {
      if (events.length === 0) return;
      // One round trip however many events a transaction emitted.
      const payloads = events.map((event) => JSON.stringify(event));
      await sql`SELECT pg_notify(${CHANNEL}, p) FROM unnest(${payloads}::text[]) WITH ORDINALITY AS e(p, n)
                ORDER BY n`.execute(db);
    },
    subscribe(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    async close() {
      closed = true;
      emitter.removeAllListeners();
      await client?.end().catch(() => undefined);
    },
  };
};
