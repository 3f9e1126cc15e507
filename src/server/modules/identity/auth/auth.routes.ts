import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  MeSchema,
  MeUpdateSchema,
  PasswordChangeSchema,
  SetupSchema,
  SetupStatusSchema,
  SignInSchema,
} from '../../../../shared/contracts/auth';
import { OkSchema } from '../../../../shared/contracts/common';
import type { Config } from '../../../config';
import type { AuthService } from './auth.service';
import { SESSION_COOKIE, clientInfo as client, setSessionCookie } from './session-cookie';

const tags = ['auth'];

export const authRoutes =
  (auth: AuthService, config: Config): FastifyPluginAsyncZod =>
  async (app) => {
    const setCookie = setSessionCookie.bind(null, config);
    const csrf = (req: FastifyRequest) =>
      req.credentials?.kind === 'session' ? req.credentials.csrfToken : '';
    const sessionId = (req: FastifyRequest) =>
      req.credentials?.kind === 'session' ? req.credentials.sessionId : null;

    app.get(
      '/setup',
      { config: { access: 'public' }, schema: { tags, response: { 200: SetupStatusSchema } } },
      async () => ({
        needsSetup: await auth.needsSetup(),
      }),
    );
    app.post(
      '/setup',
      { config: { access: 'public' }, schema: { tags, body: SetupSchema, response: { 200: MeSchema } } },
      async (req, reply) => setCookie(req, reply, await auth.setup(req.body, client(req))),
    );
    app.post(
      '/auth/sign-in',
      { config: { access: 'public' }, schema: { tags, body: SignInSchema, response: { 200: MeSchema } } },
      async (req, reply) => setCookie(req, reply, await auth.signIn(req.body, client(req))),
    );
    app.post(
      '/auth/sign-out',
      { config: { access: 'public' }, schema: { tags, response: { 200: OkSchema } } },
      async (req, reply) => {
        const token = req.cookies[SESSION_COOKIE];
        if (token) await auth.signOut(token);
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    );
    app.get(
      '/auth/me',
      { config: { access: 'signed-in' }, schema: { tags, response: { 200: MeSchema } } },
      (req) => auth.me(req.actor!, csrf(req)),
    );
    app.patch(
      '/me',
      {
        config: { access: 'signed-in' },
        schema: { tags, body: MeUpdateSchema, response: { 200: MeSchema } },
      },
      (req) => auth.updateMe(req.actor!, req.body, csrf(req)),
    );
    app.post(
      '/me/password',
      {
        config: { access: 'signed-in' },
        schema: { tags, body: PasswordChangeSchema, response: { 200: OkSchema } },
      },
      async (req) => {
        await auth.changePassword(req.actor!, req.body, sessionId(req));
        return { ok: true as const };
      },
    );
  };
