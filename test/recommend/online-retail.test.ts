import { describe, expect, it } from 'vitest';
import { readOnlineRetail } from '../../bench/offline/recommend-online-retail';
import { compareWithPopular, leaveLastOut } from '../../src/shared/recommend/evaluate';

describe('recommendations on UCI Online Retail', () => {
  it('fails with a clear message when the data file is missing', async () => {
    await expect(readOnlineRetail('/nonexistent/online_retail.csv.gz')).rejects.toThrow(
      /Online Retail data set not found at \/nonexistent/,
    );
  });

  it('beats the most-popular baseline at hit-rate@10 with the last invoice held out', async () => {
    const { invoices, stats } = await readOnlineRetail();
    expect(stats.lines).toBe(541_909);
    expect(stats.withoutCustomer).toBe(135_080);
    const split = leaveLastOut(invoices);
    expect(split.cases.length).toBeGreaterThan(2_500);
    const { coPurchase, popular } = compareWithPopular(split, [10]);
    const [co] = coPurchase.atK;
    const [pop] = popular.atK;
    expect(co!.hitRate).toBeGreaterThan(pop!.hitRate * 1.25);
    expect(co!.newItemHitRate).toBeGreaterThan(pop!.newItemHitRate * 1.25);
  }, 30_000);
});
