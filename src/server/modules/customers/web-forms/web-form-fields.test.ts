import { describe, expect, it } from 'vitest';
import type { CustomFieldRule } from '../../../../shared/customers/custom-values';
import { formFieldIssues, submissionInput, valuesPath } from './web-form-fields';

const rules: CustomFieldRule[] = [
  { key: 'budget', label: 'Budget', type: 'money', options: [], required: false },
  { key: 'teas', label: 'Teas', type: 'multi_select', options: ['green', 'black'], required: false },
  { key: 'rep', label: 'Rep', type: 'user', options: [], required: false },
  { key: 'region', label: 'Region', type: 'text', options: [], required: true },
];
const field = (f: string, required = false) => ({ field: f, label: f, required });

describe('formFieldIssues', () => {
  it('asks for a name, a way to reach the lead and every required custom field', () => {
    expect(
      formFieldIssues([field('title'), field('title'), field('custom.rep'), field('custom.nope')], rules),
    ).toEqual([
      { path: 'body.fields.1.field', message: 'title is already on the form' },
      { path: 'body.fields.2.field', message: 'Rep holds a user, which visitors cannot choose' },
      { path: 'body.fields.3.field', message: 'custom.nope is not a custom field of this organisation' },
      { path: 'body.fields', message: 'must include the name field' },
      { path: 'body.fields', message: 'must include a phone or an email field' },
      { path: 'body.fields', message: 'must include custom.region (Region), which every customer needs' },
    ]);
    expect(formFieldIssues([field('name'), field('email'), field('custom.region')], rules)).toEqual([]);
  });
});

describe('submissionInput', () => {
  const fields = [
    field('name', true),
    field('phone'),
    field('email'),
    field('city'),
    field('custom.budget'),
    field('custom.teas'),
  ];

  it("turns a visitor's text into a profile input in the field's stored types", () => {
    const { input, issues } = submissionInput(
      fields,
      {
        name: ' 郑十 ',
        phone: '13900001111',
        city: '杭州市',
        'custom.budget': '12.5',
        'custom.teas': 'green，black',
      },
      rules,
      'CN',
    );
    expect(issues).toEqual([]);
    expect(input).toMatchObject({
      name: '郑十',
      phones: [{ number: '13900001111', primary: true }],
      emails: [],
      addresses: [{ country: 'CN', city: '杭州市', primary: true }],
      custom: { budget: 1250, teas: ['green', 'black'] },
    });
  });

  it('names blanks, strangers and a lead nobody can reach', () => {
    expect(submissionInput(fields, { name: '', shoe: '42' }, rules, 'CN').issues).toEqual([
      { path: 'body.values.shoe', message: 'is not a field of this form' },
      { path: 'body.values.name', message: 'name is required' },
      { path: 'body.values.phone', message: 'enter a phone number or an email so we can reach you' },
    ]);
  });

  it('maps profile problems onto the form fields', () => {
    expect(
      ['phones.0.number', 'emails.0.address', 'addresses.0.city', 'custom.teas', 'name'].map(valuesPath),
    ).toEqual([
      'body.values.phone',
      'body.values.email',
      'body.values.city',
      'body.values.custom.teas',
      'body.values.name',
    ]);
  });
});
