import type { Picklist } from '../../../../shared/contracts/customers';

/** Tag colours for the default pick-list keys; items an admin adds get the neutral colour. */
const colours: Record<Picklist, Record<string, string>> = {
  category: { prospect: 'blue', existing: 'green', vip: 'gold' },
  value_tier: { high: 'volcano', medium: 'orange', low: 'default' },
  lifecycle_stage: {
    prospect: 'blue',
    new: 'cyan',
    active: 'green',
    at_risk: 'orange',
    churned: 'red',
    won_back: 'purple',
  },
  source: {},
};

export const picklistColour = (list: Picklist, key: string): string => colours[list][key] ?? 'default';
