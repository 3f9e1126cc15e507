import type { ServerResponse } from 'node:http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { can } from '../../../shared/permissions';
import type { ChangeEvent } from '../../../shared/contracts/events';
import type { EventBus } from '../../platform/events';
import { ACCESS_CHANGE } from '../identity/index';

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

    app.get('/events', { config: { access: 'signed-in' }, schema: { tags: ['events'] } }, (req, reply) => {
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
        if (event.orgId !== actor.orgId) return;
        // A change to what this user may see (role, team, deactivation) ends the stream: the client
        // reconnects and is checked again, so a deactivated or demoted user hears no more than allowed.
        if (
          event.entityType === 'users' &&
          event.entityId === actor.userId &&
          event.action === ACCESS_CHANGE
        ) {
          res.end();
          return;
        }
        if (!can(actor.role, event.permission)) return;
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
    });
  };
