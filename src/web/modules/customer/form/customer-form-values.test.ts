import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { CustomField } from '../../../../shared/contracts/custom-fields';
import type { Customer } from '../../../../shared/contracts/customers';
import { changedProfile } from './changed-profile';
import { createBody, emptyValues, profileFromValues, valuesFromCustomer } from './customer-form-values';
import { formNameOfIssue } from './issue-paths';

const field = (key: string, type: CustomField['type'], extra: Partial<CustomField> = {}): CustomField => ({
  id: `00000000-0000-7000-8000-0000000000${key.length}`,
  key,
  label: key,
  type,
  options: [],
  required: false,
  position: 0,
  archived: false,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  ...extra,
});

const fields = [
  field('credit', 'money'),
  field('first_visit', 'date'),
  field('level', 'select', { options: ['金卡'] }),
];

const customer: Customer = {
  id: '01a21637-6624-7613-9da4-f9aecd17edbf',
  kind: 'person',
  name: '张三',
  companyId: null,
  companyName: null,
  title: '采购经理',
  gender: 'male',
  birthday: '1988-06-15',
  phones: [{ label: 'mobile', number: '138****8000', primary: true }],
  emails: [],
  addresses: [
    {
      label: 'home',
      country: 'CN',
      province: '广东省',
      city: '深圳市',
      district: '南山区',
      line1: '科技园路 1 号',
      line2: null,
      postcode: null,
      primary: true,
    },
  ],
  primaryPhone: '138****8000',
  primaryEmail: null,
  province: '广东省',
  city: '深圳市',
  district: '南山区',
  source: null,
  category: 'vip',
  valueTier: null,
  lifecycleStage: null,
  ownerId: null,
  ownerName: null,
  teamId: null,
  tags: ['展会'],
  notes: null,
  custom: { credit: 5_000_000, first_visit: '2023-03-08' },
  externalId: null,
  masked: true,
  rollups: {
    lastContactAt: null,
    orderCount: 0,
    revenueCents: 0,
    firstOrderAt: null,
    lastOrderAt: null,
    avgOrderCents: null,
    favouriteCategory: null,
    favouriteProduct: null,
    preferredChannel: null,
    daysSinceLastOrder: null,
    purchaseFrequency: 0,
  },
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  deletedAt: null,
};

const profileOf = (values: ReturnType<typeof emptyValues>) => profileFromValues(values, fields, 'CNY');

describe('profileFromValues', () => {
  it('leaves out blank rows and remembers which form row each entry came from', () => {
    const { profile, rowIndex } = profileOf(
      emptyValues({
        name: ' 王小明 ',
        phones: [
          { label: 'mobile', number: ' ', primary: true },
          { label: 'work', number: '021 6888 1234', primary: false },
        ],
      }),
    );
    expect(profile.name).toBe('王小明');
    expect(profile.phones).toEqual([{ label: 'work', number: '021 6888 1234', primary: false }]);
    expect(profile.emails).toEqual([]);
    expect(rowIndex.phones).toEqual([1]);
  });

  it('reads a Chinese address from the region cascader and an international one from its fields', () => {
    const { profile } = profileOf(
      emptyValues({
        name: 'x',
        addresses: [
          {
            label: 'home',
            country: 'CN',
            region: ['北京市', '北京市', '朝阳区'],
            city: 'ignored',
            primary: true,
          },
          {
            label: 'office',
            country: 'US',
            region: ['广东省'],
            city: 'San Francisco',
            province: 'CA',
            primary: false,
          },
        ],
      }),
    );
    expect(profile.addresses?.[0]).toMatchObject({ province: '北京市', city: '北京市', district: '朝阳区' });
    expect(profile.addresses?.[1]).toMatchObject({ country: 'US', province: 'CA', city: 'San Francisco' });
  });

  it('stores money in cents and dates as YYYY-MM-DD, and gives a company no employer or birthday', () => {
    const { profile } = profileOf(
      emptyValues({
        kind: 'company',
        name: '云杉贸易',
        companyId: '01a21637-65aa-760b-9bd5-300a248a65ab',
        birthday: dayjs('1990-01-02'),
        custom: { credit: 123.45, first_visit: dayjs('2024-02-29'), level: undefined },
      }),
    );
    expect(profile.custom).toEqual({ credit: 12345, first_visit: '2024-02-29', level: null });
    expect(profile.companyId).toBeNull();
    expect(profile.birthday).toBeNull();
    expect(createBody('company', profile).custom).toEqual({ credit: 12345, first_visit: '2024-02-29' });
  });
});

describe('changedProfile', () => {
  const original = profileOf(valuesFromCustomer(customer, fields, 'CNY')).profile;

  it('finds nothing changed when the form holds what was loaded', () => {
    expect(changedProfile(original, original, false)).toEqual({});
  });

  it('sends only the fields and custom keys the user changed', () => {
    const values = valuesFromCustomer(customer, fields, 'CNY');
    const edited = profileOf({
      ...values,
      title: '采购总监',
      custom: { ...values.custom, credit: 600 },
    }).profile;
    expect(changedProfile(edited, original, false)).toEqual({
      title: '采购总监',
      custom: { credit: 60_000 },
    });
  });

  it('never sends the masked phones back unless the user unlocked them', () => {
    const values = valuesFromCustomer(customer, fields, 'CNY');
    const edited = profileOf({
      ...values,
      phones: [{ label: 'mobile', number: '13800138001', primary: true }],
    });
    expect(changedProfile(edited.profile, original, false)).toEqual({});
    expect(changedProfile(edited.profile, original, true)).toEqual({
      phones: [{ label: 'mobile', number: '13800138001', primary: true }],
    });
  });
});

describe('formNameOfIssue', () => {
  const values = emptyValues({
    addresses: [
      { label: 'home', country: 'US', primary: true },
      { label: 'home', country: 'CN', region: [], primary: false },
    ],
  });
  const rowIndex = { phones: [2], emails: [0], addresses: [0, 1] };

  it('maps an entry of the body back to the form row it came from', () => {
    expect(formNameOfIssue('body.phones.0.number', values, rowIndex)).toEqual(['phones', 2, 'number']);
  });

  it('puts a Chinese address’s province, city or district on the region cascader', () => {
    expect(formNameOfIssue('body.addresses.1.city', values, rowIndex)).toEqual(['addresses', 1, 'region']);
    expect(formNameOfIssue('body.addresses.0.city', values, rowIndex)).toEqual(['addresses', 0, 'city']);
  });

  it('maps custom fields and plain fields by name', () => {
    expect(formNameOfIssue('body.custom.vip_level', values, rowIndex)).toEqual(['custom', 'vip_level']);
    expect(formNameOfIssue('body.ownerId', values, rowIndex)).toEqual(['ownerId']);
    expect(formNameOfIssue('name', values, rowIndex)).toEqual(['name']);
  });
});
