import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import relativeTime from 'dayjs/plugin/relativeTime';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { Language } from '../../shared/contracts/common';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(relativeTime);
dayjs.extend(localizedFormat);

/** Switches dayjs (and with it antd's date pickers) to the app's language. */
export const setDayjsLanguage = (language: Language): void => {
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
};
