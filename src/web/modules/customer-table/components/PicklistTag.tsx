import { Tag } from 'antd';
import type { Picklist } from '../../../../shared/contracts/customers';
import { usePicklistLabel } from '../hooks/use-picklist-label';

const colours: Record<string, string> = {
  vip: 'gold',
  existing: 'green',
  prospect: 'blue',
  high: 'volcano',
  medium: 'orange',
  low: 'default',
  active: 'green',
  new: 'cyan',
  at_risk: 'orange',
  churned: 'red',
  won_back: 'purple',
};

/** A picklist value (category, value tier…) as a coloured tag with its label. */
export const PicklistTag = ({ list, value }: { list: Picklist; value: string }) => {
  const label = usePicklistLabel();
  return (
    <Tag color={list === 'source' ? undefined : colours[value]} style={{ marginInlineEnd: 0 }}>
      {label(list, value)}
    </Tag>
  );
};
