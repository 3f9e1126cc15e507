import { describe, expect, it } from 'vitest';
import type { ProfileColumns } from '../profile/customer-profile';
import { choiceIssues, mergeProfiles } from './merge-values';

const profile = (overrides: Partial<ProfileColumns>): ProfileColumns => ({
  name: 'x',
  company_id: null,
  title: null,
  gender: null,
  birthday: null,
  phones: [],
  emails: [],
  addresses: [],
  primary_phone: null,
  primary_email: null,
  country: null,
  province: null,
  city: null,
  district: null,
  source: null,
  category: null,
  value_tier: null,
  lifecycle_stage: null,
  owner_id: null,
  team_id: null,
  tags: [],
  notes: null,
  custom: {},
  external_id: null,
  ...overrides,
});

describe('mergeProfiles', () => {
  it("keeps the survivor's value unless another is chosen, and fills its blanks from the others", () => {
    const merged = mergeProfiles(
      { id: 's', profile: profile({ name: 'Survivor', title: null, category: 'vip', custom: { size: 1 } }) },
      [
        { id: 'm1', profile: profile({ name: 'First', title: '', notes: 'n1', custom: { colour: 'red' } }) },
        { id: 'm2', profile: profile({ name: 'Second', title: 'CEO', notes: 'n2', category: 'prospect' }) },
      ],
      { name: 'm2', notes: 'm2' },
      ['size', 'colour'],
    );
    expect(merged).toMatchObject({ name: 'Second', title: 'CEO', category: 'vip', notes: 'n2' });
    expect(merged.custom).toEqual({ size: 1, colour: 'red' });
  });

  it('unites contacts without repeats; only the survivor keeps a primary', () => {
    const merged = mergeProfiles(
      {
        id: 's',
        profile: profile({
          phones: [
            { label: 'home', number: '+8613600000001', primary: false },
            { label: 'mobile', number: '+8613600000002', primary: true },
          ],
          tags: ['a'],
        }),
      },
      [
        {
          id: 'm',
          profile: profile({
            phones: [
              { label: 'mobile', number: '+8613600000003', primary: true },
              { label: 'x', number: '+8613600000001', primary: true },
            ],
            emails: [{ label: 'work', address: 'm@example.com', primary: true }],
            addresses: [
              { label: 'office', country: 'CN', province: '浙江省', city: '杭州市', primary: true },
            ],
            tags: ['b', 'a'],
          }),
        },
      ],
      {},
      [],
    );
    expect(merged.phones.map((p) => [p.number, p.primary])).toEqual([
      ['+8613600000001', false],
      ['+8613600000002', true],
      ['+8613600000003', false],
    ]);
    expect(merged).toMatchObject({
      primary_phone: '+8613600000002',
      primary_email: 'm@example.com',
      city: '杭州市',
      tags: ['a', 'b'],
    });
    expect(merged.emails[0]!.primary).toBe(true);
  });
});

describe('choiceIssues', () => {
  it('names unknown fields and customers outside the merge', () => {
    expect(
      choiceIssues({ name: 'a', 'custom.size': 'b', 'custom.gone': 'a', owner: 'z' }, ['a', 'b'], ['size']),
    ).toEqual([
      { path: 'body.fields.custom.gone', message: 'is not a field that can be merged' },
      { path: 'body.fields.owner', message: 'must be the id of one of the merged customers' },
    ]);
  });
});
