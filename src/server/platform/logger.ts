import pino, { type Logger } from 'pino';
import type { Config } from '../config';

export const createLogger = (config: Config): Logger =>
  pino({
    level: config.logLevel,
    base: { service: 'kehu' },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password'],
      censor: '[redacted]',
    },
  });
