import { describe, expect, it } from 'vitest';
import { backoffSeconds } from './job-runner';
import { nextRunAfter } from './scheduler';

describe('job timing', () => {
  it('backs off exponentially and caps at an hour', () => {
    expect([1, 2, 3, 4].map(backoffSeconds)).toEqual([2, 4, 8, 16]);
    expect(backoffSeconds(30)).toBe(3600);
  });

  it('computes the next cron firing in UTC', () => {
    expect(nextRunAfter('17 3 * * *', new Date('2026-01-01T04:00:00Z')).toISOString()).toBe(
      '2026-01-02T03:17:00.000Z',
    );
  });
});
