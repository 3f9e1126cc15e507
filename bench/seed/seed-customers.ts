import type pg from 'pg';
import { cities, namePools } from './name-pools';

/**
 * Fills an organisation with `total` realistic customers straight in SQL (generate_series over
 * name pools whose search keys were computed by the app's own functions), with rollups, so the
 * benchmarks measure the customer table and search at scale. ~85% Chinese names, ~15% English;
 * one phone each (unique), an email for two in three; 20 cities; owners round-robin.
 */
export const seedCustomers = async (
  pool: pg.Pool,
  orgId: string,
  ownerIds: string[],
  total: number,
  onProgress: (done: number) => void = () => undefined,
) => {
  const p = namePools();
  const col = <T>(items: T[], f: (t: T) => string) => items.map(f);
  const params = [
    col(p.chineseFirst, (x) => x.text),
    col(p.chineseFirst, (x) => x.pinyin),
    col(p.chineseFirst, (x) => x.initials),
    col(p.chineseFirst, (x) => x.grams),
    col(p.chineseSecond, (x) => x.text),
    col(p.chineseSecond, (x) => x.pinyin),
    col(p.chineseSecond, (x) => x.initials),
    col(p.chineseSecond, (x) => x.grams),
    col(p.englishFirst, (x) => x.text),
    col(p.englishLast, (x) => x.text),
    cities.map((c) => c[0]),
    cities.map((c) => c[1]),
    ownerIds,
  ];
  // One connection: the helper function below lives in its session.
  const client = await pool.connect();
  try {
    await fill(client, params, orgId, total, onProgress);
  } finally {
    client.release();
  }
  await pool.query('ANALYZE customers; ANALYZE customer_rollups;');
};

const fill = async (
  pool: pg.PoolClient,
  params: unknown[],
  orgId: string,
  total: number,
  onProgress: (done: number) => void,
) => {
  // A well-spread, repeatable pseudo-random number per row and field, so columns are independent.
  await pool.query(
    `CREATE OR REPLACE FUNCTION pg_temp.h(n bigint, k int) RETURNS bigint LANGUAGE sql IMMUTABLE
       AS $$ SELECT (hashint8(n * 1000 + k) & 2147483647)::bigint $$`,
  );
  const batch = 50_000;
  for (let from = 1; from <= total; from += batch) {
    const to = Math.min(total, from + batch - 1);
    await pool.query(
      `
      WITH pools AS (SELECT $1::text[] cs, $2::text[] cp, $3::text[] ci, $4::text[] cg,
                            $5::text[] gs, $6::text[] gp, $7::text[] gi, $8::text[] gg,
                            $9::text[] ef, $10::text[] el, $11::text[] pr, $12::text[] ct, $13::uuid[] ow),
      g AS (
        SELECT n, pg_temp.h(n, 1) % 100 < 85 AS zh,
               (1 + pg_temp.h(n, 2) % cardinality(cs))::int AS si, (1 + pg_temp.h(n, 3) % cardinality(gs))::int AS gi_,
               (1 + pg_temp.h(n, 4) % cardinality(ef))::int AS fi, (1 + pg_temp.h(n, 5) % cardinality(el))::int AS li,
               (1 + pg_temp.h(n, 6) % cardinality(ct))::int AS ci_, (1 + pg_temp.h(n, 7) % cardinality(ow))::int AS oi,
               pg_temp.h(n, 8) % 4 AS cat, pg_temp.h(n, 9) % 4 AS tier, pg_temp.h(n, 10) % 35 AS tag,
               now() - make_interval(secs => pg_temp.h(n, 11) % (3 * 365 * 86400)) AS created
        FROM generate_series($14::bigint, $15::bigint) n, pools
      ),
      named AS (
        SELECT g.*, pools.*,
          CASE WHEN zh THEN cs[si] || gs[gi_] ELSE ef[fi] || ' ' || el[li] END AS name,
          CASE WHEN zh THEN cp[si] || gp[gi_] ELSE lower(ef[fi] || el[li]) END AS py,
          CASE WHEN zh THEN ci[si] || gi[gi_] ELSE lower(left(ef[fi], 1) || left(el[li], 1)) END AS ini,
          CASE WHEN zh THEN string_to_array(cg[si] || ' ' || gg[gi_] || ' ' || right(cs[si], 1) || left(gs[gi_], 1), ' ')
               ELSE '{}'::text[] END AS grams,
          '139' || lpad(n::text, 8, '0') AS national,
          CASE WHEN n % 3 <> 0 THEN 'c' || n || '@example.com' END AS email
        FROM g, pools
      ),
      ins AS (
        INSERT INTO customers (org_id, id, kind, name, phones, emails, addresses, primary_phone, primary_email,
          country, province, city, category, value_tier, owner_id, tags, phone_keys, email_keys,
          name_key, name_pinyin, name_initials, name_grams, search_text, created_at, updated_at)
        SELECT $16::uuid,
          (lpad(to_hex((extract(epoch FROM created) * 1000)::bigint), 12, '0') || '7' || substr(md5(n::text), 1, 3)
            || '8' || substr(md5(n::text), 4, 15))::uuid,
          CASE WHEN n % 10 = 0 THEN 'company' ELSE 'person' END,
          name,
          jsonb_build_array(jsonb_build_object('label', 'mobile', 'number', '+86' || national, 'primary', true)),
          CASE WHEN email IS NULL THEN '[]'::jsonb
               ELSE jsonb_build_array(jsonb_build_object('label', 'work', 'address', email, 'primary', true)) END,
          jsonb_build_array(jsonb_build_object('label', 'office', 'country', 'CN', 'province', pr[ci_], 'city', ct[ci_], 'primary', true)),
          '+86' || national, email, 'CN', pr[ci_], ct[ci_],
          (ARRAY['prospect', 'existing', 'existing', 'vip'])[(1 + cat)::int],
          (ARRAY['high', 'medium', 'low', 'low'])[(1 + tier)::int],
          ow[oi],
          CASE WHEN tag % 5 = 0 THEN ARRAY['tea'] WHEN tag % 7 = 0 THEN ARRAY['wholesale', 'tea'] ELSE '{}' END,
          ARRAY['+86' || national], CASE WHEN email IS NULL THEN '{}' ELSE ARRAY[email] END,
          lower(name), py, ini, grams,
          concat_ws(' ', lower(name), py, '86' || national, national, email),
          created, created
        FROM named
        RETURNING org_id, id, created_at
      )
      INSERT INTO customer_rollups (org_id, customer_id, order_count, revenue_cents, first_order_at, last_order_at, avg_order_cents)
      SELECT org_id, id, k, k * 12345 % 900000 + k * 5000, CASE WHEN k > 0 THEN created_at END,
             CASE WHEN k > 0 THEN created_at + make_interval(days => k * 20) END, CASE WHEN k > 0 THEN (k * 12345 % 900000 + k * 5000) / k END
      FROM (SELECT org_id, id, created_at, (('x' || substr(md5(id::text), 1, 4))::bit(16)::int % 9) AS k FROM ins) r
      `,
      [...params, from, to, orgId],
    );
    onProgress(to);
  }
};
