import { Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

type DateTimeTextProps = {
  value: string | null | undefined;
  /** IANA zone the time is shown in, normally the organisation's. */
  timeZone: string;
  /** Show "3 hours ago" with the exact time in a tooltip. */
  relative?: boolean;
  /** Text when there is no value, e.g. "Never". */
  empty?: string;
};

/** A timestamp rendered in a given time zone and the current language. */
export const DateTimeText = ({ value, timeZone, relative = false, empty }: DateTimeTextProps) => {
  const { t, i18n } = useTranslation();
  if (!value) return <Typography.Text type="secondary">{empty ?? t('common.none')}</Typography.Text>;
  const time = dayjs(value)
    .tz(timeZone)
    .locale(i18n.language === 'zh-CN' ? 'zh-cn' : 'en');
  const exact = time.format('YYYY-MM-DD HH:mm');
  if (!relative) {
    return (
      <Tooltip title={`${time.format('YYYY-MM-DD HH:mm:ss')} (${timeZone})`}>
        <span style={{ whiteSpace: 'nowrap' }}>{exact}</span>
      </Tooltip>
    );
  }
  return (
    <Tooltip title={`${exact} (${timeZone})`}>
      <span style={{ whiteSpace: 'nowrap' }}>{time.fromNow()}</span>
    </Tooltip>
  );
};
