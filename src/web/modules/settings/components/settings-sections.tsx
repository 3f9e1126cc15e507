import {
  ApiOutlined,
  AppstoreAddOutlined,
  AuditOutlined,
  FormOutlined,
  BankOutlined,
  IdcardOutlined,
  ShopOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../../../shared/permissions';

export type SettingsSectionKey =
  | 'organisation'
  | 'customFields'
  | 'picklists'
  | 'webForms'
  | 'orderChannels'
  | 'profile'
  | 'users'
  | 'teams'
  | 'apiKeys'
  | 'audit'
  | 'jobs';

export type SettingsSection = {
  key: SettingsSectionKey;
  path: string;
  group: 'workspace' | 'account' | 'people' | 'system';
  icon: ReactNode;
  /** Hidden from people without it; Profile has none because everyone has a profile. */
  permission?: Permission;
};

export const settingsSections: SettingsSection[] = [
  {
    key: 'organisation',
    path: 'organisation',
    group: 'workspace',
    icon: <BankOutlined />,
    permission: 'org.manage',
  },
  {
    key: 'customFields',
    path: 'custom-fields',
    group: 'workspace',
    icon: <AppstoreAddOutlined />,
    permission: 'org.manage',
  },
  {
    key: 'picklists',
    path: 'picklists',
    group: 'workspace',
    icon: <UnorderedListOutlined />,
    permission: 'org.manage',
  },
  {
    key: 'webForms',
    path: 'web-forms',
    group: 'workspace',
    icon: <FormOutlined />,
    permission: 'org.manage',
  },
  {
    key: 'orderChannels',
    path: 'order-channels',
    group: 'workspace',
    icon: <ShopOutlined />,
    permission: 'products.manage',
  },
  { key: 'profile', path: 'profile', group: 'account', icon: <IdcardOutlined /> },
  { key: 'users', path: 'users', group: 'people', icon: <UserOutlined />, permission: 'users.read' },
  { key: 'teams', path: 'teams', group: 'people', icon: <TeamOutlined />, permission: 'teams.manage' },
  { key: 'apiKeys', path: 'api-keys', group: 'system', icon: <ApiOutlined />, permission: 'apikeys.manage' },
  { key: 'audit', path: 'audit', group: 'system', icon: <AuditOutlined />, permission: 'audit.read' },
  { key: 'jobs', path: 'jobs', group: 'system', icon: <ThunderboltOutlined />, permission: 'jobs.read' },
];
