import dayjs, { type Dayjs } from 'dayjs';
import type { CustomField } from '../../../../shared/contracts/custom-fields';
import type { Customer, CustomerCreate } from '../../../../shared/contracts/customers';
import { fromMinorUnits, toMinorUnits } from '../../../ui/format-money';

export type PhoneRow = { label: string; number: string; primary: boolean };
export type EmailRow = { label: string; address: string; primary: boolean };
/** Chinese addresses pick province/city/district in one cascader (`region`); others type them. */
export type AddressRow = {
  label: string;
  country: string;
  region?: string[];
  province?: string | null;
  city?: string | null;
  district?: string | null;
  line1?: string | null;
  line2?: string | null;
  postcode?: string | null;
  primary: boolean;
};

export type CustomerFormValues = {
  kind: Customer['kind'];
  name: string;
  companyId: string | null;
  title: string;
  gender: Customer['gender'];
  birthday: Dayjs | null;
  phones: PhoneRow[];
  emails: EmailRow[];
  addresses: AddressRow[];
  source: string | null;
  category: string | null;
  valueTier: string | null;
  lifecycleStage: string | null;
  ownerId: string | null;
  teamId: string | null;
  tags: string[];
  notes: string;
  externalId: string;
  custom: Record<string, unknown>;
};

/** Which form row each entry of the body came from (blank rows are left out of the body). */
export type RowIndex = Record<'phones' | 'emails' | 'addresses', number[]>;

export type Profile = Omit<CustomerCreate, 'kind'>;

export const emptyValues = (overrides: Partial<CustomerFormValues> = {}): CustomerFormValues => ({
  kind: 'person',
  name: '',
  companyId: null,
  title: '',
  gender: null,
  birthday: null,
  phones: [{ label: 'mobile', number: '', primary: true }],
  emails: [{ label: 'work', address: '', primary: true }],
  addresses: [],
  source: null,
  category: null,
  valueTier: null,
  lifecycleStage: null,
  ownerId: null,
  teamId: null,
  tags: [],
  notes: '',
  externalId: '',
  custom: {},
  ...overrides,
});

const isBlank = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Stored custom value → what its input holds: money in major units, dates as dayjs. */
const customToForm = (field: CustomField, value: unknown, currency: string): unknown => {
  if (isBlank(value)) return undefined;
  if (field.type === 'money' && typeof value === 'number') return fromMinorUnits(value, currency);
  if (field.type === 'date' && typeof value === 'string') return dayjs(value);
  return value;
};

/** Input value → stored custom value; blank becomes null (which clears the field). */
const customFromForm = (field: CustomField, value: unknown, currency: string): unknown => {
  if (isBlank(value)) return null;
  switch (field.type) {
    case 'money':
      return toMinorUnits(Number(value), currency);
    case 'date':
      return dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : value;
    case 'text':
    case 'long_text':
      return typeof value === 'string' ? value.trim() || null : value;
    default:
      return value;
  }
};

export const valuesFromCustomer = (
  customer: Customer,
  fields: CustomField[],
  currency: string,
): CustomerFormValues => ({
  kind: customer.kind,
  name: customer.name,
  companyId: customer.companyId,
  title: customer.title ?? '',
  gender: customer.gender,
  birthday: customer.birthday ? dayjs(customer.birthday) : null,
  phones: customer.phones.map((p) => ({ ...p })),
  emails: customer.emails.map((e) => ({ ...e })),
  addresses: customer.addresses.map((a) => ({
    ...a,
    region: a.country === 'CN' ? [a.province, a.city, a.district].filter((p): p is string => !!p) : [],
  })),
  source: customer.source,
  category: customer.category,
  valueTier: customer.valueTier,
  lifecycleStage: customer.lifecycleStage,
  ownerId: customer.ownerId,
  teamId: customer.teamId,
  tags: customer.tags,
  notes: customer.notes ?? '',
  externalId: customer.externalId ?? '',
  custom: Object.fromEntries(fields.map((f) => [f.key, customToForm(f, customer.custom[f.key], currency)])),
});

const text = (value: string | null | undefined) => value?.trim() || null;

const addressOf = (row: AddressRow) => {
  const chinese = row.country === 'CN';
  const [province, city, district] = chinese ? (row.region ?? []) : [row.province, row.city, row.district];
  return {
    label: row.label || 'office',
    country: row.country || 'CN',
    province: text(province),
    city: text(city),
    district: text(district),
    line1: text(row.line1),
    line2: text(row.line2),
    postcode: text(row.postcode),
    primary: !!row.primary,
  };
};

/** Keeps non-blank rows and remembers which form row each came from. */
const keep = <Row, Entry>(rows: Row[], toEntry: (row: Row) => Entry | null) => {
  const entries: Entry[] = [];
  const index: number[] = [];
  rows.forEach((row, i) => {
    const entry = toEntry(row);
    if (entry) {
      entries.push(entry);
      index.push(i);
    }
  });
  return { entries, index };
};

/** The whole profile as the API takes it; company customers have no employer, title or birthday. */
export const profileFromValues = (
  values: CustomerFormValues,
  fields: CustomField[],
  currency: string,
): { profile: Profile; rowIndex: RowIndex } => {
  const person = values.kind === 'person';
  const phones = keep(values.phones ?? [], (p) =>
    p.number?.trim() ? { label: p.label || 'mobile', number: p.number.trim(), primary: !!p.primary } : null,
  );
  const emails = keep(values.emails ?? [], (e) =>
    e.address?.trim() ? { label: e.label || 'work', address: e.address.trim(), primary: !!e.primary } : null,
  );
  const addresses = keep(values.addresses ?? [], (row) => {
    const address = addressOf(row);
    const filled = [address.province, address.city, address.district, address.line1, address.line2];
    return filled.some(Boolean) || address.postcode ? address : null;
  });
  const profile: Profile = {
    name: values.name?.trim() ?? '',
    companyId: person ? (values.companyId ?? null) : null,
    title: person ? text(values.title) : null,
    gender: person ? (values.gender ?? null) : null,
    birthday: person && values.birthday ? values.birthday.format('YYYY-MM-DD') : null,
    phones: phones.entries,
    emails: emails.entries,
    addresses: addresses.entries,
    source: values.source ?? null,
    category: values.category ?? null,
    valueTier: values.valueTier ?? null,
    lifecycleStage: values.lifecycleStage ?? null,
    ownerId: values.ownerId ?? null,
    teamId: values.teamId ?? null,
    tags: values.tags ?? [],
    notes: text(values.notes),
    externalId: text(values.externalId),
    custom: Object.fromEntries(
      fields
        .filter((f) => !f.archived)
        .map((f) => [f.key, customFromForm(f, values.custom?.[f.key], currency)]),
    ),
  };
  return { profile, rowIndex: { phones: phones.index, emails: emails.index, addresses: addresses.index } };
};

/** A create body: blank custom values are simply left out. */
export const createBody = (kind: Customer['kind'], profile: Profile): CustomerCreate => ({
  kind,
  ...profile,
  custom: Object.fromEntries(Object.entries(profile.custom ?? {}).filter(([, v]) => v !== null)),
});
