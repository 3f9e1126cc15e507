import { maskEmail, maskPhone } from '../../../shared/contacts';
import type { CustomerScores } from '../../../shared/contracts/analytics';
import type { Customer } from '../../../shared/contracts/customers';
import { daysSinceLastOrder, purchaseFrequency } from '../../../shared/customers/purchase-pace';
import { can } from '../../../shared/permissions';
import type { Actor } from '../../platform/actor';
import { iso, isoOrNull } from '../../platform/time';
import type { CustomerRow } from './customers.queries';
import type { ProfileColumns } from './profile/customer-profile';

/** The analytics scores of a row, or null before the customer's first scoring. */
const scoresOf = (row: CustomerRow): CustomerScores | null =>
  row.scored_at && row.scored_lifecycle_stage && row.stage_since
    ? {
        purchaseDays: row.purchase_days ?? 0,
        firstPurchaseOn: row.first_purchase_on,
        lastPurchaseOn: row.last_purchase_on,
        rfm:
          row.rfm_r !== null && row.rfm_f !== null && row.rfm_m !== null
            ? { r: row.rfm_r, f: row.rfm_f, m: row.rfm_m, code: row.rfm_code ?? '', segment: row.rfm_segment }
            : null,
        valueTier: row.scored_value_tier as CustomerScores['valueTier'],
        pAlive: row.p_alive,
        expectedPurchases: row.expected_purchases,
        predictedClvCents: row.predicted_clv_cents,
        historicalClvCents: row.historical_clv_cents ?? 0,
        valueAtRiskCents: row.value_at_risk_cents,
        lifecycleStage: row.scored_lifecycle_stage as CustomerScores['lifecycleStage'],
        lifecycleStageSince: iso(row.stage_since),
        scoredAt: iso(row.scored_at),
      }
    : null;

/** Phones and emails are masked for everyone until they are revealed (an audited action). */
export const toCustomer = (row: CustomerRow, reveal = false, now = new Date()): Customer => ({
  id: row.id,
  kind: row.kind as Customer['kind'],
  name: row.name,
  companyId: row.company_id,
  companyName: row.company_name,
  title: row.title,
  gender: row.gender as Customer['gender'],
  birthday: row.birthday,
  phones: row.phones.map((p) => (reveal ? p : { ...p, number: maskPhone(p.number) })),
  emails: row.emails.map((e) => (reveal ? e : { ...e, address: maskEmail(e.address) })),
  addresses: row.addresses as Customer['addresses'],
  primaryPhone: row.primary_phone && (reveal ? row.primary_phone : maskPhone(row.primary_phone)),
  primaryEmail: row.primary_email && (reveal ? row.primary_email : maskEmail(row.primary_email)),
  province: row.province,
  city: row.city,
  district: row.district,
  source: row.source,
  category: row.category,
  valueTier: row.value_tier,
  lifecycleStage: row.lifecycle_stage,
  ownerId: row.owner_id,
  ownerName: row.owner_name,
  teamId: row.team_id,
  tags: row.tags,
  notes: row.notes,
  custom: row.custom,
  externalId: row.external_id,
  masked: !reveal,
  rollups: {
    lastContactAt: isoOrNull(row.last_contact_at),
    orderCount: row.order_count,
    revenueCents: row.revenue_cents,
    firstOrderAt: isoOrNull(row.first_order_at),
    lastOrderAt: isoOrNull(row.last_order_at),
    avgOrderCents: row.avg_order_cents,
    favouriteCategory: row.favourite_category,
    favouriteProduct: row.favourite_product,
    preferredChannel: row.preferred_channel,
    daysSinceLastOrder: daysSinceLastOrder(isoOrNull(row.last_order_at), now),
    purchaseFrequency: purchaseFrequency(row.order_count, isoOrNull(row.first_order_at), now),
  },
  scores: scoresOf(row),
  version: row.version,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
  deletedAt: isoOrNull(row.deleted_at),
});

/** May this actor see contact details unmasked at all (they still ask, and it is audited)? */
export const mayReveal = (actor: Actor) => can(actor.role, 'customers.reveal');

export const profileOf = (row: CustomerRow): ProfileColumns => ({
  name: row.name,
  company_id: row.company_id,
  title: row.title,
  gender: row.gender,
  birthday: row.birthday,
  phones: row.phones,
  emails: row.emails,
  addresses: row.addresses as ProfileColumns['addresses'],
  primary_phone: row.primary_phone,
  primary_email: row.primary_email,
  country: row.country,
  province: row.province,
  city: row.city,
  district: row.district,
  source: row.source,
  category: row.category,
  value_tier: row.value_tier,
  lifecycle_stage: row.lifecycle_stage,
  owner_id: row.owner_id,
  team_id: row.team_id,
  tags: row.tags,
  notes: row.notes,
  custom: row.custom,
  external_id: row.external_id,
});
