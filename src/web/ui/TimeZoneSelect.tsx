import { Select, type SelectProps } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';

type Option = { value: string; label: string; offset: number };

let cached: Option[] | null = null;

/** Every IANA zone the browser knows, labelled with its current UTC offset, sorted by offset. */
const timeZoneOptions = (): Option[] => {
  if (cached) return cached;
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  const now = dayjs();
  cached = [...zones]
    .map((zone) => {
      const local = now.tz(zone);
      return {
        value: zone,
        label: `(UTC${local.format('Z')}) ${zone.replaceAll('_', ' ')}`,
        offset: local.utcOffset(),
      };
    })
    .sort((a, b) => a.offset - b.offset || a.value.localeCompare(b.value));
  return cached;
};

/** The browser's own time zone, the usual default. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** A searchable select of IANA time zones (type "shanghai" or "+08"). */
export const TimeZoneSelect = (props: Omit<SelectProps<string>, 'options'>) => {
  const options = useMemo(timeZoneOptions, []);
  return (
    <Select<string>
      {...props}
      options={options}
      showSearch={{
        filterOption: (input, option) =>
          !!option &&
          `${option.value} ${option.label}`
            .toLowerCase()
            .includes(input.trim().toLowerCase().replaceAll(' ', '_')),
      }}
      popupMatchSelectWidth={false}
    />
  );
};
