import { createHash, randomBytes } from 'node:crypto';
import { uuidv7 } from 'uuidv7';

/** Time-ordered, unguessable ids for every record. */
export const newId = (): string => uuidv7();

/** A random secret for links, sessions and API keys (URL-safe). */
export const newSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Secrets are stored only as this hash. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');
