import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, startTestKehu } from '../../../../../test/support/test-kehu';
import { startSmtpSink } from '../../../../../test/support/smtp-sink';
import { insertOrgWithOwner } from '../../../../../test/factories/accounts';

describe.each(databaseKinds)('invitation emails on %s', (kind) => {
  let kehu: Kehu;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    kehu = await startTestKehu(kind, { SMTP_URL: smtp.url, SMTP_FROM: 'Kehu <kehu@example.com>' });
  });
  afterAll(async () => {
    await kehu?.stop();
    await smtp?.close();
  });

  it('emails the invitation link in the organisation’s language', async () => {
    const english = await insertOrgWithOwner(kehu, {
      language: 'en',
      orgName: 'Harbour Tea',
      name: 'Ann Lee',
    });
    const res = await call(kehu, english, 'POST', '/api/v1/invitations', {
      email: 'new.hire@example.com',
      role: 'sales',
    });
    expect(res.statusCode).toBe(200);
    const { link, emailed } = res.json();
    expect(emailed).toBe(true);
    const mail = smtp.received.find((m) => m.to.includes('new.hire@example.com'))!;
    expect(mail.subject).toBe('Ann Lee invited you to Harbour Tea on Kehu');
    expect(mail.text).toContain(link);
    expect(mail.text).toContain('as Sales');

    const chinese = await insertOrgWithOwner(kehu, { language: 'zh-CN', orgName: '海港茶业', name: '王芳' });
    await call(kehu, chinese, 'POST', '/api/v1/invitations', {
      email: 'xin.yuangong@example.com',
      role: 'service',
    });
    const zh = smtp.received.find((m) => m.to.includes('xin.yuangong@example.com'))!;
    expect(zh.subject).toBe('王芳 邀请您加入「海港茶业」的 Kehu');
    expect(zh.text).toContain('以「客服」身份加入');
  });
});

describe('invitation emails when the mail server is unreachable', () => {
  it('still creates the invitation and says the email was not sent', async () => {
    const kehu = await startTestKehu('postgres', { SMTP_URL: 'smtp://127.0.0.1:9' });
    try {
      const owner = await insertOrgWithOwner(kehu);
      const res = await call(kehu, owner, 'POST', '/api/v1/invitations', {
        email: 'later@example.com',
        role: 'readonly',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ emailed: false, link: expect.stringContaining('/invite/') });
    } finally {
      await kehu.stop();
    }
  });
});
