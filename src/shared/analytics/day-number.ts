/**
 * Calendar dates as whole UTC day numbers (days since 1970-01-01), computed arithmetically so
 * no time zone or Date parsing quirk can shift a purchase to another day.
 */

export type CivilDate = { year: number; month: number; day: number };

const daysInMonth = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export const dayNumber = ({ year, month, day }: CivilDate): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

/** The calendar date of a day number (inverse of `dayNumber`). */
export const civilDate = (dayNo: number): CivilDate => {
  const z = dayNo + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of a day number. */
export const formatDay = (dayNo: number): string => {
  const { year, month, day } = civilDate(dayNo);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
};

const datePatterns = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** The formats `parseDay` reads, for error messages. */
export const acceptedDateFormats = 'YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS], YYYYMMDD or YYYY/MM/DD';

/**
 * The day number of a date written as YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS], YYYYMMDD or
 * YYYY/MM/DD, or null if the text is none of these or not a real date (2023-02-30). A time
 * of day is checked but otherwise ignored: the date is taken as written.
 */
export const parseDay = (text: string): number | null => {
  const trimmed = text.trim();
  for (const pattern of datePatterns) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const [year, month, day, hour = 0, minute = 0, second = 0] = match
      .slice(1)
      .map((part) => (part === undefined ? undefined : Number(part)));
    if (year === undefined || month === undefined || day === undefined) return null;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    if (hour > 23 || minute > 59 || second > 60) return null;
    return dayNumber({ year, month, day });
  }
  return null;
};
