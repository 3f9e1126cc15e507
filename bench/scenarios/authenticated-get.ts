import autocannon from 'autocannon';
import pg from 'pg';
import { measureLoop, type Row, type Target } from '../harness';
import { setUpBenchOrg } from './bench-org';

const CONNECTIONS = 32;
const SECONDS = 10;

/**
 * GET /api/v1/auth/me as a signed-in user (session lookup, user, organisation) through the whole
 * HTTP stack, against the same three reads sent straight to the database.
 */
export const authenticatedGet = async (target: Target): Promise<Row[]> => {
  const org = await setUpBenchOrg(target);
  const cookie = org.cookie;
  const me = { user: { id: org.userId }, org: { id: org.orgId } };

  const api = await autocannon({
    url: `${target.server.url}/api/v1/auth/me`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { cookie },
  });
  const apiRow: Row = {
    scenario: 'authenticated GET /api/v1/auth/me',
    database: target.kind,
    variant: 'API (HTTP, 32 connections)',
    measurement: {
      requestsPerSecond: api.requests.average,
      p50: api.latency.p50,
      p95: api.latency.p97_5,
      p99: api.latency.p99,
      errors: api.errors + api.non2xx,
    },
    note: 'p95 column shows autocannon p97.5',
  };

  const pool = new pg.Pool({ ...target.rawConnection, max: CONNECTIONS });
  const sessionId = (await pool.query('SELECT id FROM sessions LIMIT 1')).rows[0].id as string;
  const raw = await measureLoop(CONNECTIONS, SECONDS, async () => {
    await pool.query(
      `SELECT s.org_id, s.id, s.csrf_token, s.last_seen_at, s.expires_at, u.id AS user_id, u.name, u.role, u.team_id, u.status
       FROM sessions s JOIN users u ON u.org_id = s.org_id AND u.id = s.user_id WHERE s.id = $1`,
      [sessionId],
    );
    await Promise.all([
      pool.query('SELECT * FROM users WHERE org_id = $1 AND id = $2', [me.org.id, me.user.id]),
      pool.query('SELECT * FROM orgs WHERE id = $1', [me.org.id]),
    ]);
  });
  await pool.end();
  return [
    apiRow,
    {
      scenario: 'authenticated GET /api/v1/auth/me',
      database: target.kind,
      variant: 'raw SQL (same 3 reads, 32 clients)',
      measurement: raw,
    },
  ];
};
