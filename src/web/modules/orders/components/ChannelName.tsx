import { useChannelLabel } from '../hooks/use-channel-label';

/** A sales channel key as people read it, e.g. in the customer table's "Preferred channel" column. */
export const ChannelName = ({ channel }: { channel: string }) => {
  const label = useChannelLabel();
  return <>{label(channel)}</>;
};
