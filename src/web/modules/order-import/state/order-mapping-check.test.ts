import { describe, expect, it } from 'vitest';
import { initialOrderMapping, reviewOrderMapping } from './order-mapping-check';

const onlineRetail = [
  'InvoiceNo',
  'StockCode',
  'Description',
  'Quantity',
  'InvoiceDate',
  'UnitPrice',
  'CustomerID',
  'Country',
];

describe('reviewOrderMapping', () => {
  it('accepts the Online Retail columns mapped as suggested', () => {
    const mapping = {
      InvoiceNo: 'orderId',
      StockCode: 'sku',
      Description: 'productName',
      Quantity: 'quantity',
      InvoiceDate: 'orderedAt',
      UnitPrice: 'unitPrice',
      CustomerID: 'customerExternalId',
      Country: null,
    } as const;
    const review = reviewOrderMapping(onlineRetail, mapping);
    expect(review).toMatchObject({ missing: [], noCustomer: false, ok: true });
    expect(review.conflicts.size).toBe(0);
  });

  it('lists required fields no column fills, and a missing customer column', () => {
    const review = reviewOrderMapping(onlineRetail, {
      InvoiceNo: 'orderId',
      StockCode: 'sku',
      Description: 'customerName',
    });
    expect(review.missing).toEqual(['orderedAt', 'quantity', 'unitPrice']);
    expect(review.noCustomer).toBe(true);
    expect(review.ok).toBe(false);
  });

  it('flags a second column for the same field, naming the column that already fills it', () => {
    const review = reviewOrderMapping(['Order', 'Date', 'Phone', 'SKU', 'Qty', 'Price', 'Ref'], {
      Order: 'orderId',
      Date: 'orderedAt',
      Phone: 'customerPhone',
      SKU: 'sku',
      Qty: 'quantity',
      Price: 'unitPrice',
      Ref: 'orderId',
    });
    expect([...review.conflicts]).toEqual([['Ref', { field: 'orderId', claimedBy: 'Order' }]]);
    expect(review.missing).toEqual([]);
    expect(review.ok).toBe(false);
  });
});

describe('initialOrderMapping', () => {
  it('keeps known suggestions and ignores headers without one or with an unknown field', () => {
    expect(
      initialOrderMapping(['InvoiceNo', 'Country', 'Odd'], { InvoiceNo: 'orderId', Odd: 'shoeSize' }),
    ).toEqual({ InvoiceNo: 'orderId', Country: null, Odd: null });
  });
});
