import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { DB } from '../../src/server/db/schema';
import { pgTypes } from '../../src/server/db/database';
import { newId } from '../../src/server/platform/ids';
import type { Target } from '../harness';
import { seedCustomers } from '../seed/seed-customers';
import { createBenchOrg } from '../seed/seed-orders';
import type { BenchOrg } from './bench-org';

export const CUSTOMERS = Number(process.env.KEHU_BENCH_CUSTOMERS ?? 1_000_000);

export type Seeded = BenchOrg & { pool: pg.Pool; db: Kysely<DB>; seedSeconds: number };

const seeded = new WeakMap<Target, Promise<Seeded>>();

/** The target's organisation filled with CUSTOMERS customers (once per target, shared by scenarios). */
export const seededCustomers = (target: Target): Promise<Seeded> => {
  let ready = seeded.get(target);
  if (!ready) {
    ready = seed(target);
    seeded.set(target, ready);
  }
  return ready;
};

const seed = async (target: Target): Promise<Seeded> => {
  // Another scenario may have set the target up already: add an organisation as an operator would.
  const org = await createBenchOrg(target, { name: 'Bench Org', currency: 'CNY', timeZone: 'Asia/Shanghai' });
  const pool = new pg.Pool({ ...target.rawConnection, max: 8, types: pgTypes });
  const owners = [org.userId];
  for (let i = 0; i < 9; i++) {
    const id = newId();
    await pool.query(
      `INSERT INTO users (org_id, id, email, name, password_hash, role) VALUES ($1, $2, $3, $4, 'x', 'sales')`,
      [org.orgId, id, `sales${i}-${Date.now()}@example.com`, `销售${i}`],
    );
    owners.push(id);
  }
  const started = performance.now();
  await seedCustomers(pool, org.orgId, owners, CUSTOMERS, (done) => {
    if (done % 200_000 === 0 || done === CUSTOMERS)
      console.log(`  seeded ${done} customers on ${target.kind}`);
  });
  const seedSeconds = (performance.now() - started) / 1000;
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { ...org, pool, db, seedSeconds };
};

/** Closes the raw pool of a seeded target, if it was seeded. */
export const releaseSeeded = async (target: Target) => {
  const ready = seeded.get(target);
  if (ready) await (await ready).pool.end();
};

/** A GET through the API as the bench owner; throws on anything but 200 so errors are counted. */
export const apiGet = async (target: Target, org: BenchOrg, path: string) => {
  const res = await fetch(`${target.server.url}${path}`, { headers: { cookie: org.cookie } });
  if (res.status !== 200) throw new Error(`${path} → ${res.status}: ${(await res.text()).slice(0, 200)}`);
  await res.arrayBuffer();
};
