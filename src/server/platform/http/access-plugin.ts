import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../../shared/errors';
import { can } from '../../../shared/permissions';
import type { Actor } from '../actor';
import type { Credentials, RouteAccess } from './fastify-types';
import './fastify-types';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type ResolveActor = (
  req: FastifyRequest,
) => Promise<{ actor: Actor; credentials: Credentials } | null>;

/** Every API route must say who may call it; a route without `config.access` fails at start-up. */
export const assertRouteAccess = (route: { url: string; method: string | string[]; config?: unknown }) => {
  if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
  const access = (route.config as { access?: RouteAccess } | undefined)?.access;
  if (!access)
    throw new Error(`Route ${String(route.method)} ${route.url} declares no access (config.access)`);
};

/** Decides whether the request may proceed; throws the error the client should see. */
export const checkAccess = (req: FastifyRequest, access: RouteAccess): void => {
  if (access === 'public') return;
  const actor = req.actor;
  if (!actor)
    throw new AppError('UNAUTHENTICATED', 'Sign in first (or send an API key as Authorization: Bearer).');
  if (req.credentials?.kind === 'session' && !SAFE_METHODS.has(req.method)) {
    const sent = req.headers['x-csrf-token'];
    if (sent !== req.credentials.csrfToken) {
      throw new AppError('FORBIDDEN', 'Missing or wrong X-CSRF-Token header; reload the page and try again.');
    }
  }
  if (access !== 'signed-in' && !can(actor.role, access)) {
    throw new AppError('FORBIDDEN', `Your role (${actor.role}) does not allow this (needs ${access}).`);
  }
};

export const registerAccessControl = (app: FastifyInstance, resolveActor: ResolveActor) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('credentials', null);
  app.addHook('onRoute', assertRouteAccess);
  app.addHook('preValidation', async (req) => {
    const access = req.routeOptions.config.access;
    // Public routes (health, web assets, sign-in) never look up a session: no database work per asset.
    if (!access || access === 'public') return;
    const resolved = await resolveActor(req);
    if (resolved) {
      req.actor = { ...resolved.actor, requestId: req.id, ip: req.ip };
      req.credentials = resolved.credentials;
    }
    checkAccess(req, access);
  });
};
