import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { visibleCustomers } from '../visibility';
import { isShortHanQuery, pinyinQuery } from './search-keys';

export type SearchRow = {
  id: string;
  kind: string;
  name: string;
  company_name: string | null;
  primary_phone: string | null;
  primary_email: string | null;
  city: string | null;
  name_pinyin: string;
  name_initials: string;
  external_id: string | null;
  search_text: string;
};

/**
 * Candidates looked at for ranking (besides exact matches, which are always included): enough
 * for a top ten, few enough to stay fast at 1M rows.
 */
const CANDIDATES = 300;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The condition that finds a query, chosen so an index serves it: one or two Han characters
 * use the character-pair array; one or two Latin letters use the pinyin-initials and pinyin
 * prefix indexes; anything longer uses the trigram index on `search_text`.
 */
export const searchCondition = (query: string) => {
  const lower = query.toLowerCase().trim();
  const compact = pinyinQuery(lower);
  const digits = lower.replace(/[\s\-()+]/g, '');
  if (isShortHanQuery(lower)) return sql<boolean>`c.name_grams @> ARRAY[${lower}]::text[]`;
  if (compact.length < 3 && /^[a-z]+$/.test(compact))
    return sql<boolean>`(c.name_initials LIKE ${`${compact}%`} OR c.name_pinyin LIKE ${`${compact}%`})`;
  // Anything else this short would match most rows without an index to help: exact names only.
  if ([...lower].length < 3) return sql<boolean>`c.name_key = ${lower}`;
  // A phone number as people type it: compare its digits only (stored keys have no spaces).
  if (/^[\d\s\-()+]+$/.test(lower) && /^\d{3,}$/.test(digits))
    return sql<boolean>`c.search_text LIKE ${`%${digits}%`}`;
  // Letters and digits only: the stored pinyin (which Latin names get too) is the text without
  // spaces, so the compact form alone finds `zhang san`, `zhangsan` and `Ben Smith`.
  if (/^[a-z0-9]+$/.test(compact)) return sql<boolean>`c.search_text LIKE ${`%${compact}%`}`;
  return sql<boolean>`c.search_text LIKE ${`%${escapeLike(lower)}%`}`;
};

const columns = sql.raw(
  'c.id, c.kind, c.name, c.name_key, c.company_id, c.primary_phone, c.primary_email, c.city, c.name_pinyin, c.name_initials, c.external_id, c.search_text, c.updated_at',
);

/** Ranked: exact name, then name/pinyin/initials prefix, then anything else, shorter names first. */
export const searchCustomerRows = (db: Kysely<DB>, actor: Actor, query: string, limit: number) => {
  const lower = query.toLowerCase().trim();
  const compact = pinyinQuery(lower);
  return sql<SearchRow>`
    WITH hits AS (
      (SELECT ${columns} FROM customers c
       WHERE c.org_id = ${actor.orgId} AND c.deleted_at IS NULL AND ${visibleCustomers(actor)}
         AND (c.name_key = ${lower} OR c.name_pinyin = ${compact} OR c.name_initials = ${compact})
       LIMIT 50)
      UNION
      (SELECT ${columns} FROM customers c
       WHERE c.org_id = ${actor.orgId} AND c.deleted_at IS NULL AND ${visibleCustomers(actor)}
         AND ${searchCondition(query)}
       LIMIT ${CANDIDATES})
    )
    SELECT h.*, co.name AS company_name
    FROM hits h
    LEFT JOIN customers co ON co.org_id = ${actor.orgId} AND co.id = h.company_id
    ORDER BY
      (h.name_key = ${lower} OR h.name_pinyin = ${compact} OR h.name_initials = ${compact}) DESC,
      (h.name_key LIKE ${`${escapeLike(lower)}%`} OR h.name_pinyin LIKE ${`${escapeLike(compact)}%`}) DESC,
      length(h.name), h.updated_at DESC
    LIMIT ${limit}
  `.execute(db);
};
