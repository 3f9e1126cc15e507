import type { Picklist } from '../../../../shared/contracts/customers';
import type { Picklists } from '../picklists/picklists.service';
import { normaliseHeader } from './mapping-suggestions';

/**
 * The names people write for the default pick-list items (the web app shows these items
 * translated until an admin labels them), so a file saying 潜在客户 or "walk in" still maps.
 */
const defaultNames: Record<string, string[]> = {
  prospect: ['潜在客户', '潜在', '意向客户'],
  existing: ['现有客户', '老客户', '已成交'],
  vip: ['VIP', '贵宾', 'VIP客户'],
  high: ['高', '高价值'],
  medium: ['中', '中价值'],
  low: ['低', '低价值'],
  new: ['新客户', '新'],
  active: ['活跃', '活跃客户'],
  at_risk: ['流失风险', '有流失风险', '风险'],
  churned: ['已流失', '流失'],
  won_back: ['已挽回', '挽回', '赢回'],
  web_form: ['网页表单', '表单', '官网'],
  import: ['导入'],
  referral: ['转介绍', '推荐', '介绍'],
  event: ['活动', '展会'],
  advertising: ['广告', '投放'],
  walk_in: ['到店', '上门', '自然到访'],
  phone: ['电话', '来电'],
  wechat: ['微信'],
  other: ['其他'],
};

/** For each list: every accepted spelling (key, admin label, default names) → the item key. */
export const picklistLookup = (lists: Picklists): Record<Picklist, Map<string, string>> => {
  const lookup = {} as Record<Picklist, Map<string, string>>;
  for (const [list, items] of Object.entries(lists) as [Picklist, Picklists[Picklist]][]) {
    const names = new Map<string, string>();
    for (const item of items) {
      for (const name of [
        item.key,
        item.key.replace(/_/g, ' '),
        item.label ?? '',
        ...(defaultNames[item.key] ?? []),
      ])
        if (name) names.set(normaliseHeader(name), item.key);
    }
    lookup[list] = names;
  }
  return lookup;
};
