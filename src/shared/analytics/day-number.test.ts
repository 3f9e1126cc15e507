import { describe, expect, it } from 'vitest';
import { civilDate, dayNumber, formatDay, parseDay } from './day-number';

describe('day numbers', () => {
  it('counts days from 1970-01-01 across leap years and centuries', () => {
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(dayNumber({ year: 1969, month: 12, day: 31 })).toBe(-1);
    expect(dayNumber({ year: 2000, month: 3, day: 1 }) - dayNumber({ year: 2000, month: 2, day: 28 })).toBe(
      2,
    );
    expect(dayNumber({ year: 1900, month: 3, day: 1 }) - dayNumber({ year: 1900, month: 2, day: 28 })).toBe(
      1,
    );
    expect(parseDay('1997-09-30')! - parseDay('1997-01-01')!).toBe(272);
    for (const text of ['1997-01-01', '2024-02-29', '2038-01-19', '1899-12-31'])
      expect(parseDay(text)).toBe(Date.parse(`${text}T00:00:00Z`) / 86_400_000);
  });

  it('round-trips every day of four centuries', () => {
    for (let day = -200_000; day < 200_000; day += 17) {
      expect(dayNumber(civilDate(day))).toBe(day);
    }
    expect(formatDay(parseDay('0987-06-05')!)).toBe('0987-06-05');
  });

  it('reads the accepted formats, ignoring a time of day', () => {
    const expected = parseDay('2011-12-09');
    for (const text of [
      '2011-12-09',
      ' 2011-12-09 ',
      '2011-12-09 12:50',
      '2011-12-09 23:59:59',
      '2011-12-09T08:00:00.123',
      '20111209',
      '2011/12/09',
      '2011/12/9',
    ])
      expect(parseDay(text), text).toBe(expected);
  });

  it('rejects other formats and dates that do not exist', () => {
    for (const text of [
      '',
      '12/09/2011',
      '2023-02-29',
      '2023-02-30',
      '2011-13-01',
      '2011-00-10',
      '20111232',
      '2011-12-09 24:00',
      'yesterday',
      '2011-12-09Z',
    ])
      expect(parseDay(text), text).toBeNull();
  });
});
