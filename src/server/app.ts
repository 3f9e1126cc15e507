import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../shared/errors';
import type { Deps } from './platform/deps';
import { registerAccessControl } from './platform/http/access-plugin';
import { frameworkErrors, registerErrorHandling } from './platform/http/error-handler';
import { webDistDir } from './platform/http/web-assets';
import { createIdentity } from './modules/identity/index';
import { createAudit } from './modules/audit/index';
import { createJobsModule } from './modules/jobs/index';
import { eventsRoutes } from './modules/events/index';
import { createCustomers } from './modules/customers/index';
import { createOrders } from './modules/orders/index';
import { createAnalytics } from './modules/analytics/index';
import { createDemo } from './modules/demo/index';

export type Modules = {
  identity: ReturnType<typeof createIdentity>;
  audit: ReturnType<typeof createAudit>;
  jobs: ReturnType<typeof createJobsModule>;
  customers: ReturnType<typeof createCustomers>;
  orders: ReturnType<typeof createOrders>;
  demo: ReturnType<typeof createDemo>;
  analytics: ReturnType<typeof createAnalytics>;
};

export const createModules = (deps: Deps): Modules => {
  const audit = createAudit(deps);
  const customers = createCustomers(deps, audit.service);
  return {
    identity: createIdentity(deps),
    audit,
    jobs: createJobsModule(deps),
    customers,
    orders: createOrders(deps, customers),
    demo: createDemo(deps),
    analytics: createAnalytics(deps, customers),
  };
};

const HealthSchema = z.object({ status: z.enum(['ok', 'starting']) });

const cspDirectives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/** The HTTP application. `isReady` gates everything but health until migrations are done. */
export const buildApp = async (
  deps: Deps,
  modules: Modules,
  isReady: () => boolean,
): Promise<FastifyInstance> => {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  app.addHook('onSend', async (req, reply) => {
    void reply.header('x-request-id', req.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: { directives: cspDirectives },
    strictTransportSecurity: deps.config.secureCookies === 'true',
  });
  await app.register(cookie);
  if (deps.config.rateLimitPerMinute > 0) {
    await app.register(rateLimit, {
      global: true,
      max: deps.config.rateLimitPerMinute,
      timeWindow: '1 minute',
    });
  }
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Kehu API',
        version: '1',
        description: 'Customer management: REST API. Authenticate with `Authorization: Bearer <API key>`.',
      },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } } },
      security: [{ apiKey: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.addHook('onRequest', async (req) => {
    if (!isReady() && req.url.startsWith('/api/') && req.url !== '/api/health') {
      throw new AppError(
        'UNAVAILABLE',
        'Kehu is starting (preparing the database); try again in a few seconds.',
      );
    }
  });
  registerAccessControl(app, modules.identity.resolveActor);

  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: { tags: ['health'], response: { 200: HealthSchema, 503: HealthSchema } },
    },
    async (_req, reply) => {
      if (isReady()) return { status: 'ok' as const };
      return reply.status(503).send({ status: 'starting' as const });
    },
  );
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());

  await app.register(
    async (v1) => {
      await v1.register(modules.identity.routes);
      await v1.register(modules.audit.routes);
      await v1.register(modules.jobs.routes);
      await v1.register(modules.customers.routes);
      await v1.register(modules.orders.routes);
      await v1.register(modules.analytics.routes);
      await v1.register(modules.demo.routes);
      await v1.register(eventsRoutes(deps.events));
    },
    { prefix: '/api/v1' },
  );

  const webDir = webDistDir();
  if (existsSync(webDir)) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'] });
    // Public lead forms (/f/<id>) are embedded in the organisation's own web sites, so they alone
    // may be framed by any page; every other page keeps frame-ancestors 'none' against clickjacking.
    app.get(
      '/f/*',
      {
        config: { access: 'public' },
        schema: { hide: true },
        helmet: {
          contentSecurityPolicy: { directives: { ...cspDirectives, frameAncestors: ['*'] } },
          frameguard: false,
        },
      },
      (_req, reply) => reply.sendFile('index.html'),
    );
    app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (req, reply) => {
      if (req.url.startsWith('/api/'))
        throw new AppError('NOT_FOUND', `No route GET ${req.url.split('?')[0]}`);
      return reply.sendFile('index.html');
    });
  }
  return app;
};
