import {
  CommentOutlined,
  DeleteOutlined,
  EditOutlined,
  FormOutlined,
  FunnelPlotOutlined,
  ImportOutlined,
  MergeCellsOutlined,
  PhoneOutlined,
  PlusCircleOutlined,
  ShoppingCartOutlined,
  UndoOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

/**
 * Timeline event types are namespaced by module (`order.placed`); the filter offers one tag per
 * module. A module that starts writing events only needs a line here and a word in the i18n file.
 */
export const timelineGroups = [
  { key: 'customer', prefix: 'customer.', icon: <UserOutlined />, colour: '#1677ff' },
  { key: 'order', prefix: 'order.', icon: <ShoppingCartOutlined />, colour: '#52c41a' },
  { key: 'deal', prefix: 'deal.', icon: <FunnelPlotOutlined />, colour: '#722ed1' },
  { key: 'activity', prefix: 'activity.', icon: <PhoneOutlined />, colour: '#13c2c2' },
  { key: 'feedback', prefix: 'feedback.', icon: <CommentOutlined />, colour: '#fa8c16' },
  { key: 'survey', prefix: 'survey.', icon: <FormOutlined />, colour: '#eb2f96' },
] as const;

export type TimelineGroupKey = (typeof timelineGroups)[number]['key'];

/** Customer events we put into words; other types show their own summary. */
export const customerEventKinds = [
  'created',
  'updated',
  'deleted',
  'restored',
  'merged',
  'imported',
  'form_submitted',
] as const;
export type CustomerEventKind = (typeof customerEventKinds)[number];

const customerEventIcons: Record<CustomerEventKind, ReactNode> = {
  created: <PlusCircleOutlined />,
  updated: <EditOutlined />,
  deleted: <DeleteOutlined />,
  restored: <UndoOutlined />,
  merged: <MergeCellsOutlined />,
  imported: <ImportOutlined />,
  form_submitted: <FormOutlined />,
};

export const customerEventKind = (type: string): CustomerEventKind | undefined =>
  customerEventKinds.find((kind) => type === `customer.${kind}`);

export const timelineGroupOf = (type: string) =>
  timelineGroups.find((group) => type.startsWith(group.prefix));

export const timelineIcon = (type: string): { icon: ReactNode; colour: string } => {
  const group = timelineGroupOf(type);
  const kind = customerEventKind(type);
  return {
    icon: (kind && customerEventIcons[kind]) ?? group?.icon ?? <EditOutlined />,
    colour: group?.colour ?? '#8c8c8c',
  };
};
