import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannels } from '../api/channels.api';

/** The channels every organisation starts with; their names are translated until an admin relabels them. */
export const defaultChannelKeys = [
  'online_store',
  'retail_store',
  'phone',
  'wechat',
  'marketplace',
  'other',
] as const;
type DefaultChannel = (typeof defaultChannelKeys)[number];

const isDefault = (key: string): key is DefaultChannel =>
  (defaultChannelKeys as readonly string[]).includes(key);

/** The translated name of a built-in channel, or null for one an admin added. */
export const useDefaultChannelName = () => {
  const { t } = useTranslation();
  return useCallback((key: string) => (isDefault(key) ? t(`orders.channels.${key}`) : null), [t]);
};

/** A channel key as people read it: the admin's label, else the translated default, else the key. */
export const useChannelLabel = () => {
  const { data: channels } = useChannels();
  const defaultName = useDefaultChannelName();
  return useCallback(
    (key: string) => channels?.find((c) => c.key === key)?.label ?? defaultName(key) ?? key,
    [channels, defaultName],
  );
};
