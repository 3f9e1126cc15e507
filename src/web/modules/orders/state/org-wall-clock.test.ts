import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { fromOrgWallClock, toOrgWallClock } from './org-wall-clock';

describe('organisation wall-clock times', () => {
  it('shows an instant as the time on the organisation’s clocks', () => {
    const instant = dayjs('2026-03-01T02:30:00Z');
    expect(toOrgWallClock(instant, 'Asia/Shanghai').format('YYYY-MM-DD HH:mm')).toBe('2026-03-01 10:30');
    expect(toOrgWallClock(instant, 'America/New_York').format('YYYY-MM-DD HH:mm')).toBe('2026-02-28 21:30');
  });

  it('reads a picked wall-clock time in the organisation’s zone', () => {
    expect(fromOrgWallClock(dayjs('2026-03-01T10:30:00'), 'Asia/Shanghai')).toBe('2026-03-01T02:30:00.000Z');
  });

  it('round-trips an instant', () => {
    const instant = dayjs('2026-07-15T23:59:00Z');
    for (const zone of ['Asia/Shanghai', 'Europe/London', 'UTC'])
      expect(fromOrgWallClock(toOrgWallClock(instant, zone), zone)).toBe(instant.toISOString());
  });
});
