import { browserTimeZone } from '../../../ui/TimeZoneSelect';
import { useMe } from '../api/me.api';

/** The organisation's time zone: every date in the app is shown in it. */
export const useOrgTimeZone = (): string => {
  const { data: me } = useMe();
  return me?.org.timeZone ?? browserTimeZone();
};
