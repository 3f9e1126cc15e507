import { describe, expect, it } from 'vitest';
import { checkCustomValues, type CustomFieldRule } from './custom-values';

const rules: CustomFieldRule[] = [
  { key: 'vip_level', label: 'VIP level', type: 'select', options: ['gold', 'silver'], required: true },
  { key: 'hobbies', label: 'Hobbies', type: 'multi_select', options: ['tea', 'golf'], required: false },
  { key: 'since', label: 'Customer since', type: 'date', options: [], required: false },
  { key: 'budget', label: 'Budget', type: 'money', options: [], required: false },
];

describe('custom field values', () => {
  it('keeps valid values in their stored form', () => {
    const { values, issues } = checkCustomValues(rules, {
      vip_level: 'gold',
      hobbies: ['tea', 'tea', 'golf'],
      since: '2024-02-29',
      budget: 150000,
    });
    expect(issues).toEqual([]);
    expect(values).toEqual({
      vip_level: 'gold',
      hobbies: ['tea', 'golf'],
      since: '2024-02-29',
      budget: 150000,
    });
  });

  it('names the field and the rule it breaks, with the code an import reports it under', () => {
    const { issues } = checkCustomValues(rules, { vip_level: 'bronze', since: '2023-02-29', budget: 1.5 });
    expect(issues).toEqual([
      {
        path: 'custom.vip_level',
        message: 'VIP level must be one of gold, silver',
        code: 'unknown_option',
        params: { value: 'bronze', allowed: 'gold, silver' },
      },
      {
        path: 'custom.since',
        message: 'Customer since must be a real date such as 2026-01-31',
        code: 'bad_date',
      },
      {
        path: 'custom.budget',
        message: 'Budget must be a whole number of cents (minor units)',
        code: 'bad_money',
      },
    ]);
  });

  it('refuses unknown keys and missing required fields', () => {
    const { issues } = checkCustomValues(rules, { colour: 'red' });
    expect(issues.map((i) => i.path)).toEqual(['custom.colour', 'custom.vip_level']);
  });

  it('keeps a required value already stored when an update leaves it out, and clears blanks', () => {
    const { values, issues } = checkCustomValues(
      rules,
      { hobbies: [] },
      { vip_level: 'silver', hobbies: ['tea'] },
    );
    expect(issues).toEqual([]);
    expect(values).toEqual({ vip_level: 'silver' });
  });
});
