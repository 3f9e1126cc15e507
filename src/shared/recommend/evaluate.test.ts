import { describe, expect, it } from 'vitest';
import { compareWithPopular, hitRates, leaveLastOut, validationSplit, type Invoice } from './evaluate';

const invoice = (invoiceId: string, customerId: string, at: number, productIds: string[]): Invoice => ({
  invoiceId,
  customerId,
  at,
  productIds,
});

const invoices = [
  invoice('i1', 'c1', 1, ['A', 'B']),
  invoice('i3', 'c1', 3, ['A', 'D']),
  invoice('i2', 'c1', 2, ['C']),
  invoice('i5', 'c2', 5, ['B']),
  invoice('i4', 'c2', 5, ['A']),
  invoice('i6', 'c3', 1, ['E']),
  invoice('i9', 'c3', 9, []),
  invoice('i7', 'c4', 1, ['A']),
  invoice('i8', 'c4', 2, ['A']),
];

describe('leave-last-out split', () => {
  const split = leaveLastOut(invoices);

  it('holds out each repeat customer’s last invoice, ties broken by invoice id', () => {
    expect(split.cases.map((c) => [c.customerId, c.invoiceId, [...c.owned], [...c.heldOut]])).toEqual([
      ['c1', 'i3', ['A', 'B', 'C'], ['A', 'D']],
      ['c2', 'i5', ['A'], ['B']],
      ['c4', 'i8', ['A'], ['A']],
    ]);
  });

  it('trains on everything but the held-out invoices, one-invoice customers included', () => {
    expect(Object.fromEntries([...split.training].map(([c, p]) => [c, [...p]]))).toEqual({
      c1: ['A', 'B', 'C'],
      c2: ['A'],
      c3: ['E'],
      c4: ['A'],
    });
  });

  it('validates one invoice earlier, without the test invoices', () => {
    const validation = validationSplit(invoices, split);
    expect(validation.cases.map((c) => [c.customerId, c.invoiceId, [...c.owned], [...c.heldOut]])).toEqual([
      ['c1', 'i2', ['A', 'B'], ['C']],
    ]);
  });
});

describe('hit rate', () => {
  const { cases } = leaveLastOut(invoices);
  const asked: number[] = [];
  const fixedList = (owned: ReadonlySet<string>, k: number) => {
    asked.push(k);
    return ['D', 'B', 'E', 'F'].filter((p) => !owned.has(p)).slice(0, k);
  };

  it('counts a hit when any of the first k is in the held-out invoice', () => {
    expect(hitRates(cases, fixedList, [1, 2])).toEqual({
      customers: 3,
      customersWithNewItem: 2,
      atK: [
        { k: 1, hits: 1, hitRate: 1 / 3, newItemHitRate: 1 / 2, coverage: 1 },
        { k: 2, hits: 2, hitRate: 2 / 3, newItemHitRate: 1, coverage: 3 },
      ],
    });
    expect(asked).toEqual([2, 2, 2]);
  });

  it('finds co-purchase ahead of the most popular product when the data says so', () => {
    const world = [
      ...['t1', 't2'].map((c, i) => invoice(`x${i}`, c, 1, ['P', 'X1', 'Y1'])),
      ...['t3', 't4'].map((c, i) => invoice(`y${i}`, c, 1, ['P', 'X2', 'Y2'])),
      ...['p1', 'p2', 'p3', 'p4', 'p5'].map((c, i) => invoice(`p${i}`, c, 1, ['P'])),
      invoice('a1', 'u1', 1, ['X1']),
      invoice('a2', 'u1', 2, ['Y1']),
      invoice('b1', 'u2', 1, ['X2']),
      invoice('b2', 'u2', 2, ['Y2']),
    ];
    const { coPurchase, popular } = compareWithPopular(leaveLastOut(world), [1]);
    expect(coPurchase.atK[0]).toMatchObject({ hits: 2, hitRate: 1 });
    expect(popular.atK[0]).toMatchObject({ hits: 0, hitRate: 0 });
  });
});
