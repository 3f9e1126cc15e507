import type { Role } from '../../../../shared/permissions';
import type { MailMessage } from '../../../platform/mailer';

const roleNames: Record<'zh-CN' | 'en', Record<Role, string>> = {
  'zh-CN': {
    owner: '所有者',
    admin: '管理员',
    manager: '经理',
    sales: '销售',
    service: '客服',
    analyst: '分析师',
    readonly: '只读',
  },
  en: {
    owner: 'Owner',
    admin: 'Admin',
    manager: 'Manager',
    sales: 'Sales',
    service: 'Service',
    analyst: 'Analyst',
    readonly: 'Read-only',
  },
};

/** The invitation email, in the organisation's language. */
export const invitationEmail = (input: {
  to: string;
  language: string;
  orgName: string;
  inviterName: string;
  role: Role;
  link: string;
  days: number;
}): MailMessage => {
  if (input.language === 'zh-CN') {
    return {
      to: input.to,
      subject: `${input.inviterName} 邀请您加入「${input.orgName}」的 Kehu`,
      text: [
        '您好：',
        '',
        `${input.inviterName} 邀请您以「${roleNames['zh-CN'][input.role]}」身份加入「${input.orgName}」的 Kehu 客户管理系统。`,
        '',
        `请在 ${input.days} 天内打开下面的链接，设置姓名和密码后即可登录：`,
        input.link,
        '',
        '如果您不认识发出邀请的人，请忽略这封邮件。',
      ].join('\n'),
    };
  }
  return {
    to: input.to,
    subject: `${input.inviterName} invited you to ${input.orgName} on Kehu`,
    text: [
      'Hello,',
      '',
      `${input.inviterName} invited you to join ${input.orgName} on Kehu as ${roleNames.en[input.role]}.`,
      '',
      `Open this link within ${input.days} days to choose your name and password:`,
      input.link,
      '',
      'If you do not know who sent this, ignore this email.',
    ].join('\n'),
  };
};
