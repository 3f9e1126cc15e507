/** Onboarding's demo data card on Home. */
export const demo = {
  title: 'Try Kehu with demo data',
  description:
    'Load a tea shop: customers from all over China, products in categories, sales teams and two years of orders — enough to explore the customer table, 360 pages, analytics and recommendations.',
  size: 'How many customers',
  customers_one: '{{formatted}} customer',
  customers_other: '{{formatted}} customers',
  load: 'Load demo data',
  retry: 'Try again',
  queued: 'Waiting for the background job to start…',
  running: 'Loading demo customers: {{done}} of {{total}}',
  succeeded: 'Demo data loaded: {{customers}} customers, {{orders}} orders, {{products}} products.',
  failed: 'Loading the demo data failed',
  hint: 'Every demo customer carries the tag “demo”, so you can find and delete them all later.',
  openCustomers: 'Open customers',
};
