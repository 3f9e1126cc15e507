import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannels } from '../api/channels.api';
import { useChannelLabel } from '../hooks/use-channel-label';

type ChannelSelectProps = {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** For filters: an empty choice meaning "any channel". */
  allowClear?: boolean;
  placeholder?: string;
  id?: string;
  style?: CSSProperties;
  'data-testid'?: string;
};

/** The organisation's active sales channels, in the admin's order. */
export const ChannelSelect = ({ value, onChange, placeholder, ...rest }: ChannelSelectProps) => {
  const { t } = useTranslation();
  const { data: channels, isPending } = useChannels();
  const label = useChannelLabel();
  const options = (channels ?? [])
    .filter((channel) => !channel.archived || channel.key === value)
    .map((channel) => ({ value: channel.key, label: label(channel.key) }));
  return (
    <Select<string | null>
      {...rest}
      value={value ?? null}
      onChange={(next) => onChange?.(next ?? null)}
      options={options}
      loading={isPending}
      placeholder={placeholder ?? t('orders.fields.channel')}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
};
