import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, errorStatus, type ErrorCode } from '../../../shared/errors';

type Issue = { path: string; message: string };

const issuesOf = (error: FastifyError): Issue[] => {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  const where = error.validationContext ?? 'body';
  return error.validation.map((v) => {
    const path = v.instancePath.split('/').filter(Boolean).join('.');
    const keys = (v.params as { keys?: string[] }).keys ?? [];
    const message =
      v.keyword === 'unrecognized_keys' && keys.length
        ? `unknown field${keys.length > 1 ? 's' : ''}: ${keys.join(', ')}`
        : (v.message ?? 'is not valid');
    return { path: path ? `${where}.${path}` : where, message };
  });
};

/** Maps Fastify's own errors to our codes; anything unknown becomes INTERNAL. */
const fastifyCode = (error: FastifyError): ErrorCode | undefined => {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'PAYLOAD_TOO_LARGE';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_VALIDATION':
      return 'INVALID_INPUT';
    case 'FST_ERR_RATE_LIMIT_EXCEEDED':
      return 'RATE_LIMITED';
  }
  if (error.statusCode === 400) return 'INVALID_INPUT';
  if (error.statusCode === 413) return 'PAYLOAD_TOO_LARGE';
  if (error.statusCode === 415) return 'INVALID_INPUT';
  if (error.statusCode === 429) return 'RATE_LIMITED';
  return undefined;
};

/**
 * PostgreSQL's unique_violation: a second request saved the same unique value (a team name, an
 * email) between the service's own check and its insert. The unique index is the real guard.
 */
const isUniqueViolation = (error: unknown): boolean => (error as { code?: unknown }).code === '23505';

const messages: Partial<Record<string, string>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send the body as JSON with Content-Type: application/json.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The JSON body is empty; send an object.',
};

/**
 * Fastify's router answers a URL it cannot route (bad percent-encoding, a path segment over
 * 100 characters) before any hook runs; pass this as the `frameworkErrors` option so those
 * answers have our shape too.
 */
export const frameworkErrors = (error: FastifyError, _req: FastifyRequest, reply: FastifyReply) => {
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'A part of the address is too long.'
      : 'The address is not valid.';
  void reply.status(400).send(new AppError('INVALID_INPUT', message).toBody());
};

/** One error shape for every failure: `{ error: { code, message, details } }`. */
export const registerErrorHandling = (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) {
      if (
        error.code === 'RATE_LIMITED' &&
        (error.details as { retryAfterSeconds?: number })?.retryAfterSeconds
      ) {
        void reply.header('retry-after', (error.details as { retryAfterSeconds: number }).retryAfterSeconds);
      }
      return reply.status(error.status).send(error.toBody());
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = issuesOf(error);
      const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
      return reply
        .status(400)
        .send(new AppError('INVALID_INPUT', `Invalid input — ${summary}`, { issues }).toBody());
    }
    if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      return reply
        .status(400)
        .send(new AppError('INVALID_INPUT', `The body is not valid JSON: ${error.message}`).toBody());
    }
    if (isUniqueViolation(error)) {
      return reply
        .status(409)
        .send(
          new AppError(
            'CONFLICT',
            'Someone saved the same value at the same moment; reload and try again.',
          ).toBody(),
        );
    }
    const code = isResponseSerializationError(error) ? undefined : fastifyCode(error);
    if (code) {
      return reply
        .status(errorStatus[code])
        .send(new AppError(code, messages[error.code] ?? error.message).toBody());
    }
    req.log.error({ err: error }, 'unexpected error');
    return reply
      .status(500)
      .send(
        new AppError(
          'INTERNAL',
          `Something went wrong on our side (request ${req.id}); it has been logged.`,
        ).toBody(),
      );
  });
  app.setNotFoundHandler((req, reply) =>
    reply
      .status(404)
      .send(new AppError('NOT_FOUND', `No route ${req.method} ${req.url.split('?')[0]}`).toBody()),
  );
};
