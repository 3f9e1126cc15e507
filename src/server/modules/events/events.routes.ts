import type { ServerResponse } from 'node:http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { can } from '../../../shared/permissions';
import type { ChangeEvent } from '../../../shared/contracts/events';
import type { EventBus } from '../../platform/events';

const HEARTBEAT_MS = 25_000;

/**
 * Server-sent events: each connection hears its own organisation's changes that its role may
 * see. Events come through the bus, so a change made on any app instance arrives here.
 */
export const eventsRoutes =
  (bus: EventBus): FastifyPluginAsyncZod =>
  async (app) => {
    const open = new Set<ServerResponse>();
    app.addHook('preClose', async () => {
      for (const res of open) res.end();
    });

    app.get(
      '/events',
      { config: { access: 'signed-in' }, schema: { tags: ['events'], hide: false } },
      (req, reply) => {
        const actor = req.actor!;
        reply.hijack();
        const res = reply.raw;
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
          'x-content-type-options': 'nosniff',
        });
        res.write(`retry: 3000\n: connected\n\n`);
        open.add(res);
        const unsubscribe = bus.subscribe((event) => {
          if (event.orgId !== actor.orgId || !can(actor.role, event.permission as never)) return;
          const body: ChangeEvent = {
            entityType: event.entityType,
            entityId: event.entityId,
            action: event.action,
            actorId: event.actorId,
            at: event.at,
          };
          res.write(`data: ${JSON.stringify(body)}\n\n`);
        });
        const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
        res.on('close', () => {
          clearInterval(heartbeat);
          unsubscribe();
          open.delete(res);
        });
      },
    );
  };
