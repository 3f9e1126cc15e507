import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

const wall = 'YYYY-MM-DDTHH:mm:ss';

/**
 * Date pickers work in the browser's zone; orders are entered in the organisation's. A picker
 * value holds the organisation's wall-clock time ("10:30 in Shanghai") as a browser-local time.
 */
export const toOrgWallClock = (instant: Dayjs, timeZone: string): Dayjs =>
  dayjs(instant.tz(timeZone).format(wall));

/** The instant a picker's wall-clock value means in the organisation's zone, as ISO 8601 UTC. */
export const fromOrgWallClock = (value: Dayjs, timeZone: string): string =>
  dayjs.tz(value.format(wall), timeZone).toISOString();
