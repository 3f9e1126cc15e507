import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSetup } from '../factories/accounts';
import { startTestKehu } from '../support/test-kehu';
import { testRoot } from '../support/test-env';
import { runCli, startServerProcess, type ServerProcess } from '../support/server-process';

const json = (url: string, init?: RequestInit) =>
  fetch(url, { ...init, headers: { 'content-type': 'application/json', ...(init?.headers ?? {}) } });

const signIn = async (server: ServerProcess, email: string, password: string) => {
  const res = await json(`${server.url}/api/v1/auth/sign-in`, {
    method: 'POST',
    body: JSON.stringify({ email, password }),
  });
  return {
    status: res.status,
    cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '',
    me: res.status === 200 ? await res.json() : null,
  };
};

describe('the embedded database', { timeout: 180_000 }, () => {
  const dataDir = mkdtempSync(join(testRoot, 'embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps answering HTTP while a slow query runs (PGlite is off the event loop)', async () => {
    const kehu = await startTestKehu('embedded');
    try {
      await kehu.app.listen({ port: 0, host: '127.0.0.1' });
      const address = kehu.app.server.address();
      const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/health`;
      await fetch(url); // warm up the HTTP client's connection
      const slow = sql`SELECT pg_sleep(1.5)`.execute(kehu.deps.db);
      const latencies: number[] = [];
      const started = Date.now();
      while (Date.now() - started < 1200) {
        const t0 = performance.now();
        const res = await fetch(url);
        expect(res.status).toBe(200);
        latencies.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 20));
      }
      await slow;
      expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
      expect(latencies.length).toBeGreaterThan(20);
      expect(Math.max(...latencies)).toBeLessThan(100);
    } finally {
      await kehu.stop();
    }
  });

  it('survives a graceful restart and a kill -9, and serves the CLI through the running server', async () => {
    const env = { KEHU_DATA_DIR: dataDir };
    const setup = makeSetup();

    let server = await startServerProcess(env);
    const created = await json(`${server.url}/api/v1/setup`, { method: 'POST', body: JSON.stringify(setup) });
    expect(created.status).toBe(200);

    // While the server holds the data directory, the CLI goes through its socket.
    const admin = await runCli(
      ['create-admin', '--email', 'second@example.com', '--password', 'Quiet-Lantern-77', '--org', 'Second'],
      env,
    );
    expect(admin.stderr + admin.stdout).toContain('Created organisation');
    const backup = await runCli(['backup', join(dataDir, '..', `${setup.orgName}.kehu.gz`)], env);
    expect(backup.code, backup.stderr).toBe(0);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    server = await startServerProcess(env);
    const owner = await signIn(server, setup.email, setup.password);
    expect(owner.status).toBe(200);
    expect((await signIn(server, 'second@example.com', 'Quiet-Lantern-77')).status).toBe(200);

    // A committed write must survive the process being killed without warning.
    const team = await json(`${server.url}/api/v1/teams`, {
      method: 'POST',
      headers: { cookie: owner.cookie, 'x-csrf-token': owner.me.csrfToken },
      body: JSON.stringify({ name: 'East China' }),
    });
    expect(team.status).toBe(200);
    server.child.kill('SIGKILL');
    await server.exited;

    server = await startServerProcess(env);
    const again = await signIn(server, setup.email, setup.password);
    const teams = await (
      await fetch(`${server.url}/api/v1/teams`, { headers: { cookie: again.cookie } })
    ).json();
    expect(teams.data.map((t: { name: string }) => t.name)).toEqual(['East China']);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('refuses to open a data directory another server is using', async () => {
    const env = { KEHU_DATA_DIR: dataDir };
    const server = await startServerProcess(env);
    try {
      const second = await startServerProcess(env).catch((e: Error) => e);
      expect(second).toBeInstanceOf(Error);
      expect(String(second)).toMatch(/already running/);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
