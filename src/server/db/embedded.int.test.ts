import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database';
import { openTestDatabase } from '../../../test/support/test-database';

/** The embedded database serves many pooled connections through one PGlite session. */
describe('the embedded database under concurrent load', () => {
  let database: Database;
  beforeAll(async () => {
    database = (await openTestDatabase('embedded')).database;
    await sql`CREATE TABLE load_probe (id int PRIMARY KEY, v text)`.execute(database.db);
    await sql`INSERT INTO load_probe SELECT g, 'v' || g FROM generate_series(1, 100) g`.execute(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('never hands one connection another connection’s rows while transactions run alongside reads', async () => {
    for (let round = 0; round < 20; round++) {
      const reads = Array.from({ length: 8 }, async (_, i) => {
        const id = ((round * 8 + i) % 100) + 1;
        const { rows } = await sql<{
          id: number;
          v: string;
        }>`SELECT id, v FROM load_probe WHERE id = ${id}`.execute(database.db);
        return rows.length === 1 && rows[0]!.id === id && rows[0]!.v === `v${id}`;
      });
      const writes = Array.from({ length: 3 }, (_, i) =>
        database.db
          .transaction()
          .execute(async (tx) => {
            const id = 1000 + round * 3 + i;
            await sql`INSERT INTO load_probe VALUES (${id}, ${'w' + id})`.execute(tx);
            const { rows } = await sql<{ v: string }>`SELECT v FROM load_probe WHERE id = ${id}`.execute(tx);
            if (i === 2) throw new Error('roll back this one');
            return rows[0]?.v === `w${id}`;
          })
          .catch((e: Error) => e.message === 'roll back this one'),
      );
      expect(await Promise.all([...reads, ...writes])).toEqual(Array(11).fill(true));
    }
    const { rows } = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM load_probe WHERE id >= 1000`.execute(database.db);
    expect(rows[0]!.n).toBe(40);
  });

  it('delivers results far larger than the socket buffer intact, to several readers at once', async () => {
    const read = () =>
      sql<{
        n: number;
        v: string;
      }>`SELECT g AS n, repeat(md5(g::text), 20) AS v FROM generate_series(1, 4000) g`.execute(database.db);
    const results = await Promise.all([read(), read(), read()]);
    for (const { rows } of results) {
      expect(rows).toHaveLength(4000);
      expect(rows.every((r, i) => r.n === i + 1 && r.v.length === 640)).toBe(true);
    }
  });
});
