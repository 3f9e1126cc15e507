import { describe, expect, it } from 'vitest';
import { OrderCreateSchema } from '../../../../shared/contracts/orders';
import { draftCents, draftFieldOfIssue, lineCents, toOrderCreate } from './order-draft';

const cny = { toMinor: (amount: number) => Math.round(amount * 100) };
const jpy = { toMinor: (amount: number) => Math.round(amount) };

describe('line and order totals', () => {
  it('multiplies price by quantity and takes off the discount, in minor units', () => {
    expect(lineCents({ unitPrice: 128, quantity: 2, discount: 6 }, cny)).toBe(25000);
    expect(lineCents({ unitPrice: 0.1, quantity: 3 }, cny)).toBe(30);
    expect(lineCents({ unitPrice: 500, quantity: 2, discount: 100 }, jpy)).toBe(900);
  });

  it('treats a half-filled line as zero and never goes below zero', () => {
    expect(lineCents({ productId: 'x' }, cny)).toBe(0);
    expect(lineCents({ unitPrice: 1, quantity: 1, discount: 5 }, cny)).toBe(0);
    expect(
      draftCents(
        [
          { unitPrice: 128, quantity: 2, discount: 6 },
          { unitPrice: 25, quantity: 1 },
        ],
        cny,
      ),
    ).toBe(27500);
  });
});

describe('toOrderCreate', () => {
  it('builds a body the shared contract accepts, leaving blank optional fields out', () => {
    const body = toOrderCreate(
      {
        customerId: '0190a0b4-8a55-7c3e-9f00-000000000001',
        channel: 'phone',
        orderedAt: '2026-01-10T02:00:00.000Z',
        externalId: '  ',
        note: ' gift wrap ',
        lines: [
          { productId: '0190a0b4-8a55-7c3e-9f00-000000000002', quantity: 2, unitPrice: 128, discount: 6 },
          { productId: '0190a0b4-8a55-7c3e-9f00-000000000003', quantity: 1, unitPrice: null },
        ],
      },
      cny,
    );
    expect(body).toEqual({
      customerId: '0190a0b4-8a55-7c3e-9f00-000000000001',
      channel: 'phone',
      orderedAt: '2026-01-10T02:00:00.000Z',
      externalId: undefined,
      note: 'gift wrap',
      lines: [
        {
          productId: '0190a0b4-8a55-7c3e-9f00-000000000002',
          quantity: 2,
          unitPriceCents: 12800,
          discountCents: 600,
        },
        { productId: '0190a0b4-8a55-7c3e-9f00-000000000003', quantity: 1, discountCents: 0 },
      ],
    });
    expect(OrderCreateSchema.safeParse(body).success).toBe(true);
  });
});

describe('draftFieldOfIssue', () => {
  it('puts server issues on the field the person typed into', () => {
    expect(draftFieldOfIssue('body.lines.0.quantity')).toEqual(['lines', 0, 'quantity']);
    expect(draftFieldOfIssue('body.lines.3.discountCents')).toEqual(['lines', 3, 'discount']);
    expect(draftFieldOfIssue('body.lines.1.unitPriceCents')).toEqual(['lines', 1, 'unitPrice']);
    expect(draftFieldOfIssue('body.lines.1.sku')).toEqual(['lines', 1, 'productId']);
    expect(draftFieldOfIssue('body.customerId')).toEqual(['customerId']);
    expect(draftFieldOfIssue('body.lines')).toEqual(['lines']);
    expect(draftFieldOfIssue('body.orderedAt')).toEqual(['orderedAt']);
  });

  it('returns null for issues the form has no field for', () => {
    expect(draftFieldOfIssue('body.currency')).toBeNull();
    expect(draftFieldOfIssue('headers.idempotency-key')).toBeNull();
  });
});
