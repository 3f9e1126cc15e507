import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { setUpOrg, signIn, useServerAndBrowser } from './support/journey';

const owner = { name: 'Li Wei', email: 'li.wei@example.com', password: 'Velvet-Harbor-42' };

describe('customers: create, find, edit, history, merge, import, export', () => {
  const journey = useServerAndBrowser('customers');

  it('walks one customer through the whole customers module', async () => {
    const { server, browser, dataDir } = journey;
    const api = await setUpOrg(server, owner);
    for (const [name, phone] of [
      ['王建国', '13900000001'],
      ['Alice Chen', '13900000002'],
      ['欧阳娜娜', '13900000003'],
    ])
      await api('POST', '/customers', { name, phones: [{ number: phone }], category: 'existing' });

    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1366, height: 860 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await signIn(page, server.url, owner);

    // Create a customer from the table's "New customer" button.
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers-table').waitFor();
    await page.getByTestId('customers-new').click();
    await page.getByTestId('customer-name-input').fill('张三丰');
    await page.getByTestId('customer-phone-input-0').fill('138 0013 8000');
    await page.getByTestId('customer-email-input-0').fill('Zhang.Sanfeng@Example.com');
    await screenshot(page, 'customer-new-en');
    await page.getByTestId('customer-save').click();
    await expect
      .poll(() => page.getByTestId('customer-header').textContent(), { timeout: 15_000 })
      .toContain('张三丰');
    const customerUrl = page.url();
    expect(customerUrl).toMatch(/\/customers\/[0-9a-f-]{36}/);
    await expect.poll(() => page.getByTestId('customer-header').textContent()).toContain('138****8000');

    // Find them again by pinyin from anywhere with Ctrl+K.
    await page.getByTestId('nav-home').click();
    await page.keyboard.press('Control+k');
    await page.getByTestId('quick-search-input').fill('zhang san feng');
    await expect
      .poll(() => page.getByTestId('quick-search-result-0').textContent(), { timeout: 10_000 })
      .toContain('张三丰');
    await screenshot(page, 'customer-quick-search-en');
    await page.keyboard.press('Enter');
    await page.waitForURL(customerUrl);

    // Edit the name; the change history shows who changed it, from what, to what.
    await page.getByTestId('customer-edit').click();
    await page.getByTestId('customer-edit-drawer').waitFor();
    await page.getByTestId('customer-name-input').fill('张三峰');
    await page.getByTestId('customer-save').click();
    await expect
      .poll(() => page.getByTestId('customer-header').textContent(), { timeout: 15_000 })
      .toContain('张三峰');
    await page.getByTestId('customer-tab-history').click();
    await expect
      .poll(() => page.getByTestId('history-entry').first().textContent(), { timeout: 10_000 })
      .toMatch(/张三丰[\s\S]*张三峰/);
    await screenshot(page, 'customer-360-history-en');

    // A duplicate with the same phone appears; merge it into the customer.
    const duplicate = await api<{ customer: { id: string } }>('POST', '/customers', {
      name: '张三峰',
      phones: [{ number: '+86 13800138000' }],
      tags: ['展会'],
    });
    const duplicateId = duplicate.customer.id;
    const customerId = customerUrl.split('/').pop()!;
    await page.goto(`${server.url}/customers/duplicates?customer=${customerId}`);
    await page.getByTestId('duplicate-group-0').waitFor({ timeout: 15_000 });
    await screenshot(page, 'customer-duplicates-en');
    await page.getByTestId('duplicate-group-0').getByTestId('merge-open').click();
    await page.getByTestId('merge-table').waitFor();
    await screenshot(page, 'customer-merge-en');
    await page.getByTestId('merge-confirm').click();
    await page.getByTestId('merge-success').waitFor({ timeout: 15_000 });
    const gone = await page.request.get(`${server.url}/api/v1/customers/${duplicateId}`);
    expect(gone.status()).toBe(404);

    // Import a file with errors: read the report, download it, then load the good rows only.
    const csvPath = join(dataDir, '客户导入.csv');
    writeFileSync(
      csvPath,
      [
        '姓名,手机,邮箱,城市,分类,备注',
        '李小龙,13911112222,bruce@example.com,上海市,VIP,',
        '赵敏,13911113333,,杭州市,,',
        '坏电话,12,,北京市,,',
        `${'长'.repeat(300)},13911114444,,,,`,
        '公式,13911115555,,,,=HYPERLINK("http://evil.example")',
        '周芷若,13911116666,zhou@example.com,,,',
      ].join('\n'),
    );
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers-import').click();
    await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(csvPath);
    await page.getByTestId('import-preview').waitFor({ timeout: 20_000 });
    await screenshot(page, 'customer-import-preview-en');
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-mapping-0').waitFor();
    await screenshot(page, 'customer-import-mapping-en');
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-dry-run').click();
    await page.getByTestId('import-problems-table').waitFor({ timeout: 30_000 });
    // The table appears before its rows arrive; wait until the problems are in it.
    const report = () => page.getByTestId('import-problems-table').textContent();
    await expect.poll(report, { timeout: 30_000 }).toMatch(/4[\s\S]*5[\s\S]*6/);
    expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
    await screenshot(page, 'customer-import-report-en');
    const [problems] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-download-report').click(),
    ]);
    const problemsFile = join(dataDir, 'problems.csv');
    await problems.saveAs(problemsFile);
    expect(readFileSync(problemsFile, 'utf8').split('\n').length).toBeGreaterThanOrEqual(4);
    // In Chinese, the problems and the downloaded report say it in Chinese.
    await page.getByTestId('language-switch').click();
    await page.getByTestId('language-option-zh-CN').click();
    await expect.poll(report, { timeout: 10_000 }).toContain('无法识别');
    await screenshot(page, 'customer-import-report-zh');
    const [chineseProblems] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-download-report').click(),
    ]);
    const chineseFile = join(dataDir, 'problems-zh.csv');
    await chineseProblems.saveAs(chineseFile);
    expect(readFileSync(chineseFile, 'utf8')).toMatch(/原因[\s\S]*无法识别/);
    await page.getByTestId('language-switch').click();
    await page.getByTestId('language-option-en').click();
    await expect.poll(report, { timeout: 10_000 }).toContain('is not a valid phone number');
    await page.getByTestId('import-check-good-rows').click();
    await page.getByTestId('import-run').click();
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-done-created').textContent()).toContain('3');
    await screenshot(page, 'customer-import-done-en');

    // Export the current view of the table as CSV: masked phones, every customer, in order.
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers-table').waitFor();
    await expect
      .poll(() => page.getByTestId('customers-table').textContent(), { timeout: 10_000 })
      .toContain('张三峰');
    await screenshot(page, 'customers-table-en');
    await page.getByTestId('customers-export').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('customers-export-csv').click(),
    ]);
    const file = join(dataDir, 'export.csv');
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv).toContain('张三峰');
    expect(csv).toContain('138****8000');
    expect(csv).not.toContain('13800138000');

    // The same screens in Chinese.
    await page.getByTestId('language-switch').click();
    await page.getByTestId('language-option-zh-CN').click();
    await expect.poll(() => page.getByTestId('nav-customers').textContent()).toContain('客户');
    await page.locator('.ant-message-notice').waitFor({ state: 'detached' }); // the export's toast
    await screenshot(page, 'customers-table-zh');
    await page.goto(customerUrl);
    await page.getByTestId('customer-header').waitFor();
    await screenshot(page, 'customer-360-zh');
    await context.close();
  });
});
