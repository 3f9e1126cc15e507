import { z } from 'zod';

const optionalUrl = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.url({ message: 'must be a URL such as postgres://user:pass@host:5432/kehu' }).optional());

const numberFrom = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  KEHU_DATA_DIR: z.string().min(1).default('./data'),
  KEHU_BASE_URL: optionalUrl,
  DATABASE_URL: optionalUrl,
  DATABASE_READ_URL: optionalUrl,
  DATABASE_POOL_SIZE: numberFrom(10),
  KEHU_SESSION_IDLE_MINUTES: numberFrom(60 * 24),
  KEHU_SESSION_MAX_DAYS: numberFrom(30),
  KEHU_SECURE_COOKIES: z.enum(['auto', 'true', 'false']).default('auto'),
  KEHU_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  KEHU_JOB_CONCURRENCY: numberFrom(2),
  KEHU_JOBS: z.enum(['on', 'off']).default('on'),
  KEHU_BODY_LIMIT_BYTES: numberFrom(1024 * 1024),
  KEHU_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(6000),
  SMTP_URL: optionalUrl,
  SMTP_FROM: z.string().default('Kehu <no-reply@localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  baseUrl: string | undefined;
  databaseUrl: string | undefined;
  databaseReadUrl: string | undefined;
  poolSize: number;
  sessionIdleMinutes: number;
  sessionMaxDays: number;
  secureCookies: 'auto' | 'true' | 'false';
  trustProxy: boolean;
  jobConcurrency: number;
  jobsEnabled: boolean;
  bodyLimitBytes: number;
  /** Requests per minute per client address and app instance; 0 turns the limit off. */
  rateLimitPerMinute: number;
  smtpUrl: string | undefined;
  smtpFrom: string;
  logLevel: string;
}>;

export class ConfigError extends Error {}

/** Parses the environment once; every invalid variable is reported together. */
export const loadConfig = (env: Record<string, string | undefined> = process.env): Config => {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: e.KEHU_DATA_DIR,
    baseUrl: e.KEHU_BASE_URL,
    databaseUrl: e.DATABASE_URL,
    databaseReadUrl: e.DATABASE_READ_URL,
    poolSize: e.DATABASE_POOL_SIZE,
    sessionIdleMinutes: e.KEHU_SESSION_IDLE_MINUTES,
    sessionMaxDays: e.KEHU_SESSION_MAX_DAYS,
    secureCookies: e.KEHU_SECURE_COOKIES,
    trustProxy: e.KEHU_TRUST_PROXY === 'true',
    jobConcurrency: e.KEHU_JOB_CONCURRENCY,
    jobsEnabled: e.KEHU_JOBS === 'on',
    bodyLimitBytes: e.KEHU_BODY_LIMIT_BYTES,
    rateLimitPerMinute: e.KEHU_RATE_LIMIT_PER_MINUTE,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    logLevel: e.LOG_LEVEL,
  });
};

/** Config for tests and tools: defaults plus the given overrides. */
export const configWith = (overrides: Record<string, string | undefined>): Config =>
  loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...overrides });
