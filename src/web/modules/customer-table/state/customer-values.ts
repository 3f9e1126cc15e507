import type { Customer } from '../../../../shared/contracts/customers';

/** Built-in field keys → where a listed customer holds the value. */
const builtin: Record<string, (c: Customer) => unknown> = {
  name: (c) => c.name,
  kind: (c) => c.kind,
  company: (c) => c.companyName,
  title: (c) => c.title,
  gender: (c) => c.gender,
  birthday: (c) => c.birthday,
  primary_phone: (c) => c.primaryPhone,
  primary_email: (c) => c.primaryEmail,
  province: (c) => c.province,
  city: (c) => c.city,
  district: (c) => c.district,
  source: (c) => c.source,
  category: (c) => c.category,
  value_tier: (c) => c.valueTier,
  lifecycle_stage: (c) => c.lifecycleStage,
  owner: (c) => c.ownerId,
  team: (c) => c.teamId,
  tags: (c) => c.tags,
  external_id: (c) => c.externalId,
  created_at: (c) => c.createdAt,
  updated_at: (c) => c.updatedAt,
  last_contact_at: (c) => c.rollups.lastContactAt,
  order_count: (c) => c.rollups.orderCount,
  revenue: (c) => c.rollups.revenueCents,
  first_order_at: (c) => c.rollups.firstOrderAt,
  last_order_at: (c) => c.rollups.lastOrderAt,
  avg_order_value: (c) => c.rollups.avgOrderCents,
  favourite_category: (c) => c.rollups.favouriteCategory,
  favourite_product: (c) => c.rollups.favouriteProduct,
  preferred_channel: (c) => c.rollups.preferredChannel,
  days_since_last_order: (c) => c.rollups.daysSinceLastOrder,
  purchase_frequency: (c) => c.rollups.purchaseFrequency,
  rfm_segment: (c) => c.scores?.rfm?.segment,
  rfm_code: (c) => c.scores?.rfm?.code,
  rfm_r: (c) => c.scores?.rfm?.r,
  rfm_f: (c) => c.scores?.rfm?.f,
  rfm_m: (c) => c.scores?.rfm?.m,
  value_tier_scored: (c) => c.scores?.valueTier,
  lifecycle_stage_scored: (c) => c.scores?.lifecycleStage,
  lifecycle_stage_since: (c) => c.scores?.lifecycleStageSince,
  p_alive: (c) => c.scores?.pAlive,
  expected_purchases: (c) => c.scores?.expectedPurchases,
  predicted_clv: (c) => c.scores?.predictedClvCents,
  historical_clv: (c) => c.scores?.historicalClvCents,
  value_at_risk: (c) => c.scores?.valueAtRiskCents,
  purchase_days: (c) => c.scores?.purchaseDays,
  first_purchase_on: (c) => c.scores?.firstPurchaseOn,
  last_purchase_on: (c) => c.scores?.lastPurchaseOn,
  cohort: (c) => c.scores?.firstPurchaseOn?.slice(0, 7),
};

/** The raw value of a field (`city`, `revenue`, `custom.vip_level`) on a customer, or null. */
export const fieldValue = (key: string, customer: Customer): unknown => {
  if (key.startsWith('custom.')) return customer.custom[key.slice('custom.'.length)] ?? null;
  return builtin[key]?.(customer) ?? null;
};

const dateOnlyFields = new Set(['birthday', 'first_purchase_on', 'last_purchase_on']);

/** Date-only values (birthdays, purchase days, custom dates) are shown as they are, not moved into a time zone. */
export const isTimestampField = (key: string) => !key.startsWith('custom.') && !dateOnlyFields.has(key);

/** Fields edited in place in the table, and the body each edit PATCHes. */
export const inlineEditable = {
  name: (v: unknown) => ({ name: String(v ?? '') }),
  title: (v: unknown) => ({ title: typeof v === 'string' && v.trim() ? v : null }),
  category: (v: unknown) => ({ category: typeof v === 'string' && v ? v : null }),
  value_tier: (v: unknown) => ({ valueTier: typeof v === 'string' && v ? v : null }),
  tags: (v: unknown) => ({ tags: Array.isArray(v) ? (v as string[]) : [] }),
} as const;
export type InlineEditableKey = keyof typeof inlineEditable;
export const isInlineEditable = (key: string): key is InlineEditableKey => key in inlineEditable;
