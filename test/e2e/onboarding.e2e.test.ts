import { describe, expect, it } from 'vitest';
import { chooseOption } from './support/antd';
import { screenshot } from './support/browser';
import { useServerAndBrowser } from './support/journey';

const owner = { name: 'Li Wei', email: 'li.wei@example.com', password: 'Velvet-Harbor-42' };
const colleague = { name: 'Zhang San', email: 'zhang.san@example.com', password: 'Quiet-Lantern-77' };

describe('first run: onboarding, sign-in, inviting a colleague, switching language', () => {
  const journey = useServerAndBrowser('onboarding');

  it('walks a new owner from an empty install to a team in both languages', async () => {
    const { server, browser } = journey;
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 860 } });
    const page = await context.newPage();

    // A fresh install sends everyone to onboarding.
    await page.goto(server.url);
    await page.waitForURL(/\/setup/);
    await page.getByTestId('setup-org-name').fill('Harbour Tea Co.');
    await screenshot(page, 'setup-organisation-en');
    await page.getByTestId('setup-next').click();
    await page.getByTestId('setup-owner-name').fill(owner.name);
    await page.getByTestId('setup-owner-email').fill(owner.email);
    await page.getByTestId('setup-owner-password').fill(owner.password);
    await screenshot(page, 'setup-owner-en');
    await page.getByTestId('setup-submit').click();

    await expect.poll(() => page.getByTestId('welcome-card').isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.textContent('body')).toContain('Harbour Tea Co.');
    await screenshot(page, 'shell-en');

    // Invite a colleague as sales.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-nav-users').click();
    await page.getByTestId('invite-button').click();
    await page.getByTestId('invite-email').fill(colleague.email);
    await chooseOption(page, 'invite-role', /sales/i);
    await page.getByTestId('invite-submit').click();
    const linkBox = page.getByTestId('invite-link');
    await linkBox.waitFor();
    const link = (
      (await linkBox.inputValue().catch(() => null)) ??
      (await linkBox.textContent()) ??
      ''
    ).trim();
    expect(link).toMatch(/\/invite\/[\w-]{20,}/);
    await screenshot(page, 'settings-invite-en');
    await page.getByTestId('invite-done').click();
    await screenshot(page, 'settings-users-en');

    // The colleague accepts in their own browser and lands in the app.
    const other = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 860 } });
    const colleaguePage = await other.newPage();
    await colleaguePage.goto(link);
    await colleaguePage.getByTestId('invite-accept-name').fill(colleague.name);
    await colleaguePage.getByTestId('invite-accept-password').fill(colleague.password);
    await screenshot(colleaguePage, 'invite-accept-zh');
    await colleaguePage.getByTestId('invite-accept-submit').click();
    await expect
      .poll(() => colleaguePage.getByTestId('welcome-card').isVisible(), { timeout: 20_000 })
      .toBe(true);
    await other.close();

    // The owner sees the new colleague in the list without reloading.
    await expect
      .poll(() => page.getByTestId('users-table').textContent(), { timeout: 10_000 })
      .toContain(colleague.name);
    await expect
      .poll(
        () =>
          page
            .getByTestId('invitations-table')
            .isVisible()
            .then(async (v) => (v ? await page.getByTestId('invitations-table').textContent() : '')),
        { timeout: 10_000 },
      )
      .not.toContain(colleague.email);

    // Switch to Chinese: the interface and Ant Design's own texts change.
    await page.getByTestId('language-switch').click();
    await page.getByTestId('language-option-zh-CN').click();
    await expect.poll(() => page.getByTestId('nav-customers').textContent()).toContain('客户');
    await screenshot(page, 'settings-users-zh');
    await page.getByTestId('settings-nav-audit').click();
    await expect
      .poll(() => page.getByTestId('audit-table').textContent(), { timeout: 10_000 })
      .toContain(colleague.name);
    await screenshot(page, 'settings-audit-zh');
    await page.getByTestId('nav-home').click();
    await screenshot(page, 'shell-zh');
    await page.getByTestId('theme-switch').click();
    await screenshot(page, 'shell-zh-dark');

    // Sign out, then back in with email and password.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in/);
    await page.getByTestId('sign-in-email').fill(owner.email);
    await page.getByTestId('sign-in-password').fill('not-the-password');
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(() => page.getByTestId('sign-in-error').isVisible()).toBe(true);
    await screenshot(page, 'sign-in-error-zh');
    await page.getByTestId('sign-in-password').fill(owner.password);
    await page.getByTestId('sign-in-submit').click();
    // Password hashing is deliberately slow; on a busy machine the second sign-in can take a while.
    await expect.poll(() => page.getByTestId('welcome-card').isVisible(), { timeout: 45_000 }).toBe(true);
    await context.close();
  });
});
