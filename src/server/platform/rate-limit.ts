import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';

/**
 * Counters shared by every app instance (they live in the database). A window starts at the
 * first hit and lasts `windowSeconds`.
 */
export const hitRateLimit = async (
  db: Kysely<DB>,
  key: string,
  windowSeconds: number,
): Promise<{ hits: number; retryAfterSeconds: number }> => {
  const { rows } = await sql<{ hits: number; retry: number }>`
    INSERT INTO rate_limits (key, hits, window_ends_at)
    VALUES (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN rate_limits.window_ends_at <= now() THEN 1 ELSE rate_limits.hits + 1 END,
      window_ends_at = CASE WHEN rate_limits.window_ends_at <= now() THEN excluded.window_ends_at
                            ELSE rate_limits.window_ends_at END
    RETURNING hits, ceil(extract(epoch FROM window_ends_at - now()))::int AS retry`.execute(db);
  const row = rows[0]!;
  return { hits: row.hits, retryAfterSeconds: Math.max(1, row.retry) };
};

export const peekRateLimit = async (
  db: Kysely<DB>,
  key: string,
): Promise<{ hits: number; retryAfterSeconds: number }> => {
  const { rows } = await sql<{ hits: number; retry: number }>`
    SELECT hits, ceil(extract(epoch FROM window_ends_at - now()))::int AS retry
    FROM rate_limits WHERE key = ${key} AND window_ends_at > now()`.execute(db);
  return rows[0]
    ? { hits: rows[0].hits, retryAfterSeconds: Math.max(1, rows[0].retry) }
    : { hits: 0, retryAfterSeconds: 0 };
};

export const clearRateLimit = async (db: Kysely<DB>, key: string): Promise<void> => {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
};
