import type { Kehu } from '../../src/server/kehu';
import type { Customer, CustomerCreate } from '../../src/shared/contracts/customers';
import { call, type Session } from '../support/test-kehu';

let counter = 0;

/** A valid customer body; phones are unique per call so duplicate checks stay quiet unless wanted. */
export const makeCustomer = (overrides: Partial<CustomerCreate> = {}): Partial<CustomerCreate> => {
  counter += 1;
  const serial = String(10_000_000 + ((Date.now() + counter * 7919) % 89_999_999)).slice(-8);
  return {
    kind: 'person',
    name: `张三${counter}`,
    phones: [{ label: 'mobile', number: `139${serial}`, primary: true }],
    emails: [{ label: 'work', address: `c${counter}-${Date.now().toString(36)}@example.com`, primary: true }],
    addresses: [
      {
        label: 'office',
        country: 'CN',
        province: '上海市',
        city: '上海市',
        district: '浦东新区',
        primary: true,
      },
    ],
    tags: ['tea'],
    ...overrides,
  };
};

/** Creates a customer through the API, as `session`; fails the test on anything but 200. */
export const insertCustomer = async (
  kehu: Kehu,
  session: Session,
  overrides: Partial<CustomerCreate> = {},
): Promise<Customer> => {
  const res = await call(kehu, session, 'POST', '/api/v1/customers', makeCustomer(overrides));
  if (res.statusCode !== 200) throw new Error(`create customer failed: ${res.body}`);
  return res.json<{ customer: Customer }>().customer;
};
