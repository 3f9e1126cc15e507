import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { createKysely, type Database } from '../../db/database';
import { createKehu, type Kehu } from '../../kehu';
import { openTestDatabase, databaseKinds } from '../../../../test/support/test-database';
import { call, type Session } from '../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../../../../test/factories/accounts';
import type { ChangeEvent } from '../../../shared/contracts/events';

/** Listens to /api/v1/events over real HTTP and collects what arrives. */
const listen = async (kehu: Kehu, session: Session) => {
  if (!kehu.app.server.listening) await kehu.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = kehu.app.server.address() as AddressInfo;
  const controller = new AbortController();
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/events`, {
    headers: { cookie: session.cookie },
    signal: controller.signal,
  });
  expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
  const events: ChangeEvent[] = [];
  const reader = res.body!.getReader();
  const state = { ended: false };
  void (async () => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) {
        state.ended = true;
        return;
      }
      buffer += new TextDecoder().decode(value);
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const chunk = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = chunk.split('\n').find((l) => l.startsWith('data: '));
        if (data) events.push(JSON.parse(data.slice(6)) as ChangeEvent);
      }
    }
  })();
  return { events, state, close: () => controller.abort() };
};

const waitFor = async (check: () => boolean, ms = 3000) => {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
  return check();
};

describe.each(databaseKinds)('realtime changes on %s', (kind) => {
  let a: Kehu;
  let b: Kehu;
  let extra: Database | undefined;

  beforeAll(async () => {
    const { database, config } = await openTestDatabase(kind);
    a = await createKehu(config, { database });
    await a.start();
    if (kind === 'postgres') {
      // A second app instance on the same PostgreSQL database, as behind a load balancer.
      const { db } = createKysely(database.connection, 4);
      extra = { ...database, db, readDb: db, close: () => db.destroy() };
      b = await createKehu(config, { database: extra });
      await b.start();
    } else {
      b = a; // embedded: one process serves the data directory
    }
  });
  afterAll(async () => {
    if (b !== a) await b?.stop();
    await a?.stop();
  });

  it('delivers a change made through one instance to a client of another, filtered by organisation and role', async () => {
    const owner = await insertOrgWithOwner(a);
    const sales = await insertMember(a, owner, 'sales');
    const stranger = await insertOrgWithOwner(a);
    const ownerStream = await listen(b, owner);
    const salesStream = await listen(b, sales);
    const strangerStream = await listen(b, stranger);
    try {
      expect((await call(a, owner, 'POST', '/api/v1/teams', { name: 'Realtime' })).statusCode).toBe(200);
      expect(
        (await call(a, owner, 'POST', '/api/v1/api-keys', { name: 'k', role: 'readonly' })).statusCode,
      ).toBe(200);
      expect(await waitFor(() => ownerStream.events.some((e) => e.entityType === 'api-keys'))).toBe(true);
      expect(ownerStream.events.map((e) => e.entityType)).toContain('teams');
      expect(await waitFor(() => salesStream.events.some((e) => e.entityType === 'teams'))).toBe(true);
      // Sales may not manage API keys, so never hears of them; another organisation hears nothing.
      expect(salesStream.events.map((e) => e.entityType)).not.toContain('api-keys');
      expect(strangerStream.events).toEqual([]);
    } finally {
      ownerStream.close();
      salesStream.close();
      strangerStream.close();
    }
  });

  it('ends a user’s stream when their access changes, and refuses them once deactivated', async () => {
    const owner = await insertOrgWithOwner(a);
    const sales = await insertMember(a, owner, 'sales');
    const stream = await listen(b, sales);
    const profile = await call(a, sales, 'PATCH', '/api/v1/me', { theme: 'dark' });
    expect(profile.statusCode).toBe(200);
    expect(await waitFor(() => stream.events.some((e) => e.entityId === sales.me.user.id))).toBe(true);
    expect(stream.state.ended).toBe(false);
    expect((await call(a, owner, 'POST', `/api/v1/users/${sales.me.user.id}/deactivate`)).statusCode).toBe(
      200,
    );
    expect(await waitFor(() => stream.state.ended)).toBe(true);
    expect((await call(b, sales, 'GET', '/api/v1/events')).statusCode).toBe(401);
  });

  it('refuses the event stream without a session', async () => {
    expect((await call(b, null, 'GET', '/api/v1/events')).statusCode).toBe(401);
  });
});
