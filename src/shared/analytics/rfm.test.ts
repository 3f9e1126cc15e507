import { describe, expect, it } from 'vitest';
import { quintileScores, scoreRfm, type RfmInput } from './rfm';

describe('quintileScores', () => {
  it('puts a fifth of the customers in each score', () => {
    const values = Array.from({ length: 100 }, (_, i) => (i * 37) % 100);
    const ids = values.map((_, i) => `c${i}`);
    const scores = quintileScores(values, ids);
    for (let s = 1; s <= 5; s++) expect(scores.filter((v) => v === s)).toHaveLength(20);
    expect(scores[values.indexOf(99)]).toBe(5);
    expect(scores[values.indexOf(0)]).toBe(1);
  });

  it('breaks ties by customer id, so the input order does not matter', () => {
    const values = [1, 1, 1, 1, 1, 2, 2, 2, 2, 2];
    const ids = ['j', 'i', 'h', 'g', 'f', 'e', 'd', 'c', 'b', 'a'];
    const scores = quintileScores(values, ids);
    const byId = (s: Uint8Array, order: string[]) => Object.fromEntries(order.map((id, i) => [id, s[i]]));
    const reversed = quintileScores([...values].reverse(), [...ids].reverse());
    expect(byId(reversed, [...ids].reverse())).toEqual(byId(scores, ids));
    // Equal values fill the scores in id order: f, g | h, i | j, then the 2s.
    expect(byId(scores, ids)).toMatchObject({ f: 1, g: 1, h: 2, i: 2, j: 3, a: 3, b: 4, c: 4, d: 5, e: 5 });
  });

  it('reverses the order when lower is better', () => {
    expect(
      Array.from(quintileScores([1, 50, 100, 200, 400], ['a', 'b', 'c', 'd', 'e'], { lowerIsBetter: true })),
    ).toEqual([5, 4, 3, 2, 1]);
  });
});

describe('scoreRfm', () => {
  const customers: RfmInput[] = [
    { customerId: 'recent-big', recencyDays: 2, frequency: 30, monetary: 5000 },
    { customerId: 'recent-small', recencyDays: 3, frequency: 1, monetary: 20 },
    { customerId: 'old-big', recencyDays: 400, frequency: 25, monetary: 4000 },
    { customerId: 'old-small', recencyDays: 500, frequency: 1, monetary: 10 },
    { customerId: 'middling', recencyDays: 60, frequency: 5, monetary: 300 },
  ];

  it('scores recency reversed, builds the R‖F‖M code, segment and tier', () => {
    const byId = Object.fromEntries(scoreRfm(customers).map((s) => [s.customerId, s]));
    expect(byId['recent-big']).toMatchObject({
      r: 5,
      f: 5,
      m: 5,
      code: '555',
      segment: 'Champions',
      tier: 'high',
    });
    // Both one-time buyers have frequency 1; the tie goes by id, so old-small gets F = 1.
    expect(byId['recent-small']).toMatchObject({ r: 4, code: '422', fm: 2, segment: 'Potential Loyalist' });
    expect(byId['old-big']).toMatchObject({ r: 2, f: 4, m: 4, segment: 'Loyal', tier: 'medium' });
    expect(byId['old-small']).toMatchObject({ r: 1, f: 1, m: 1, code: '111', segment: 'Lost', tier: 'low' });
    expect(byId['middling']).toMatchObject({ code: '333', segment: 'Loyal', tier: 'medium' });
  });
});
