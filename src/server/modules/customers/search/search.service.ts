import type { Actor } from '../../../platform/actor';
import type { Deps } from '../../../platform/deps';
import { maskEmail, maskPhone } from '../../../../shared/contacts';
import { highlightName, pinyinQuery } from './search-keys';
import { searchCustomerRows, type SearchRow } from './search.queries';

const matchedOn = (row: SearchRow, query: string) => {
  const lower = query.toLowerCase().trim();
  const compact = pinyinQuery(lower);
  const digits = lower.replace(/\D/g, '');
  if (row.name.toLowerCase().includes(lower)) return 'name' as const;
  if (compact && row.name_pinyin.includes(compact)) return 'pinyin' as const;
  if (compact && row.name_initials.startsWith(compact)) return 'initials' as const;
  if (row.primary_email?.includes(lower) || (lower.includes('@') && row.search_text.includes(lower)))
    return 'email' as const;
  if (digits.length >= 3 && row.search_text.includes(digits)) return 'phone' as const;
  if (row.company_name?.toLowerCase().includes(lower)) return 'company' as const;
  if (row.external_id?.toLowerCase().includes(lower)) return 'external_id' as const;
  return 'email' as const;
};

/** The search box and the Ctrl/⌘-K quick search (C5). Contact details come back masked. */
export const createSearchService = (deps: Deps) => ({
  async searchCustomers(actor: Actor, query: { q: string; limit: number }) {
    const { rows } = await searchCustomerRows(deps.readDb, actor, query.q, query.limit);
    return {
      data: rows.map((row) => ({
        id: row.id,
        kind: row.kind as 'person' | 'company',
        name: row.name,
        companyName: row.company_name,
        primaryPhone: row.primary_phone && maskPhone(row.primary_phone),
        primaryEmail: row.primary_email && maskEmail(row.primary_email),
        city: row.city,
        matchedOn: matchedOn(row, query.q),
        highlight: highlightName(row.name, query.q),
      })),
    };
  },
});

export type SearchService = ReturnType<typeof createSearchService>;
