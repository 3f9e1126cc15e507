import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseOption } from './support/antd';
import { screenshot } from './support/browser';
import { setUpOrg, signIn, useServerAndBrowser } from './support/journey';

const owner = { name: 'Olivia Hart', email: 'olivia@example.co.uk', password: 'Velvet-Harbor-42' };
const fixture = resolve('test/fixtures/imports/online-retail-sample.csv');

type RetailLine = {
  InvoiceNo: string;
  InvoiceDate: string;
  CustomerID: string;
  Quantity: string;
  UnitPrice: string;
};

/** What the sample should produce, worked out from the file itself rather than from Kehu. */
const expectationsOf = (lines: RetailLine[]) => {
  const line = (i: number) => i + 2; // the header is line 1
  const noCustomer = lines.flatMap((l, i) => (l.CustomerID ? [] : [line(i)]));
  // An order loads when it is a purchase (not a return) and its lines all name the same customer
  // and time, with a quantity above 0.
  const byInvoice = new Map<string, RetailLine[]>();
  for (const l of lines) byInvoice.set(l.InvoiceNo, [...(byInvoice.get(l.InvoiceNo) ?? []), l]);
  const loadable = [...byInvoice].filter(
    ([id, [first, ...rest]]) =>
      !id.startsWith('C') &&
      first!.CustomerID !== '' &&
      Number(first!.Quantity) > 0 &&
      rest.every(
        (l) =>
          l.CustomerID === first!.CustomerID &&
          l.InvoiceDate === first!.InvoiceDate &&
          Number(l.Quantity) > 0,
      ),
  );
  const newest = loadable.reduce((a, b) => (b[1][0]!.InvoiceDate > a[1][0]!.InvoiceDate ? b : a))[0];
  const of17850 = lines.filter((l) => l.CustomerID === '17850');
  return {
    noCustomer,
    orders: loadable.length,
    newest,
    customer: {
      orders: new Set(of17850.map((l) => l.InvoiceNo)).size,
      revenuePence: of17850.reduce(
        (s, l) => s + Number(l.Quantity) * Math.round(Number(l.UnitPrice) * 100),
        0,
      ),
      returns: of17850.some((l) => l.InvoiceNo.startsWith('C')),
    },
  };
};

const upload = async (page: Page) => {
  await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(fixture);
  await page.getByTestId('order-import-mapping').waitFor({ timeout: 30_000 });
};

/** The label an antd select shows for column `index` of the mapping table. */
const mappedField = (page: Page, index: number) =>
  page.getByTestId(`order-import-field-${index}`).textContent();

const result = (page: Page) => page.getByTestId('order-import-result');
const count = async (page: Page, key: string) =>
  Number(
    (
      await page.getByTestId(`order-import-result-${key}`).locator('.ant-statistic-content').textContent()
    )?.replace(/\D/g, ''),
  );

/** Waits for the result of the run just started; an earlier run's result may still be on screen. */
const waitForResult = (page: Page, status: string) =>
  page.locator(`[data-testid="order-import-result"][data-status="${status}"]`).waitFor({ timeout: 120_000 });

describe('order import: the Online Retail sample through the browser', () => {
  const journey = useServerAndBrowser('order-import');

  it('refuses a file with bad rows, then loads its good rows, and the orders reach the customer', async () => {
    const { server, browser, dataDir } = journey;
    expect(existsSync(fixture), `missing fixture ${fixture}`).toBe(true);
    const lines = parse(readFileSync(fixture), { columns: true, skip_empty_lines: true }) as RetailLine[];
    const expected = expectationsOf(lines);
    expect(expected.noCustomer.length).toBeGreaterThan(0);
    expect(expected.customer.returns).toBe(false);

    await setUpOrg(server, owner, {
      orgName: 'Harbour Gifts Ltd',
      timeZone: 'Europe/London',
      currency: 'GBP',
    });

    const context = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1366, height: 860 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await signIn(page, server.url, owner);

    // Orders → Import; the suggested mapping is complete for the Online Retail columns.
    await page.getByTestId('nav-orders').click();
    await page.getByTestId('orders-import').click();
    await page.waitForURL(/\/orders\/import$/);
    await page.getByTestId('import-upload').waitFor();
    await screenshot(page, 'order-import-upload-en');
    await upload(page);
    const suggested = [
      'Order ID',
      'SKU',
      'Product name',
      'Quantity',
      'Order date',
      'Unit price',
      'Customer ID',
    ];
    for (const [index, label] of suggested.entries()) expect(await mappedField(page, index)).toContain(label);
    expect(await mappedField(page, 7)).toContain('Ignore this column');
    expect(await page.getByTestId('order-import-mapping-check').textContent()).toContain(
      'Every required field has a column',
    );
    await screenshot(page, 'order-import-mapping-en');
    // Without a customer column the step says what is missing and will not go on.
    await chooseOption(page, 'order-import-field-6', /Ignore this column/);
    await expect
      .poll(() => page.getByTestId('order-import-mapping-check').textContent())
      .toContain('Map a column that identifies the customer');
    expect(await page.getByTestId('order-import-next').isDisabled()).toBe(true);
    await chooseOption(page, 'order-import-field-6', /^Customer ID/);
    await expect.poll(() => page.getByTestId('order-import-next').isDisabled()).toBe(false);

    // First run, strict: lines without a customer id stop the whole file.
    await page.getByTestId('order-import-next').click();
    await page.getByTestId('order-import-create-customers').click();
    await page.getByTestId('order-import-create-products').click();
    expect(await page.getByTestId('order-import-good-rows').getAttribute('aria-checked')).toBe('false');
    await screenshot(page, 'order-import-options-en');
    await page.getByTestId('order-import-start').click();
    await page.getByTestId('order-import-progress').waitFor({ timeout: 20_000 });
    await waitForResult(page, 'failed_validation');
    expect(await result(page).textContent()).toContain('Nothing was imported');
    const problems = page.getByTestId('order-import-problems');
    await problems.locator('tbody tr.ant-table-row').first().waitFor({ timeout: 20_000 });
    const firstRow = (await problems.locator('tbody tr.ant-table-row').first().textContent()) ?? '';
    expect(firstRow).toContain(String(expected.noCustomer[0]));
    expect(firstRow).toContain('names no customer');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('order-import-download-report').click(),
    ]);
    const reportFile = join(dataDir, 'problems.csv');
    await download.saveAs(reportFile);
    const report = parse(readFileSync(reportFile, 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as {
      Line: string;
      Reason: string;
    }[];
    const reported = new Set(
      report.filter((r) => /names no customer/.test(r.Reason)).map((r) => Number(r.Line)),
    );
    // The server lists the first 1,000 problems; every no-customer line among them is reported.
    const listedUpTo = Math.max(...report.map((r) => Number(r.Line)));
    expect(expected.noCustomer.filter((l) => l <= listedUpTo).every((l) => reported.has(l))).toBe(true);
    await screenshot(page, 'order-import-refused-en');
    const strictOrders = await page.request.get(`${server.url}/api/v1/orders`);
    expect(((await strictOrders.json()) as { data: unknown[] }).data).toHaveLength(0);

    // Second run, good rows only: the same file is sent again and its good orders load.
    await page.getByTestId('order-import-good-rows-again').click();
    await waitForResult(page, 'done');
    expect(await count(page, 'created')).toBe(expected.orders);
    expect(await count(page, 'skipped')).toBe(0);
    expect(await count(page, 'problems')).toBeGreaterThanOrEqual(expected.noCustomer.length);
    const returnsRecorded = await count(page, 'updated');
    expect(returnsRecorded).toBeGreaterThan(0);
    await page.getByTestId('order-import-problems').waitFor();
    await screenshot(page, 'order-import-result-en');

    // The orders page lists them, newest first.
    await page.getByTestId('order-import-open-orders').click();
    await page.getByTestId('orders-table').waitFor();
    await expect
      .poll(() => page.getByTestId('orders-table').locator('tbody tr.ant-table-row').first().textContent(), {
        timeout: 15_000,
      })
      .toContain(expected.newest);

    // One customer's purchases tab carries the numbers from the file, in pounds.
    const found = await page.request.get(`${server.url}/api/v1/customers?q=17850`);
    const [customer] = ((await found.json()) as { data: { id: string }[] }).data;
    expect(customer).toBeDefined();
    await page.goto(`${server.url}/customers/${customer!.id}?tab=purchases`);
    await page.getByTestId('customer-purchases').waitFor();
    const purchaseNumber = (key: string) =>
      page.getByTestId(`purchase-number-${key}`).locator('.ant-statistic-content').textContent();
    await expect
      .poll(() => purchaseNumber('orders'), { timeout: 15_000 })
      .toBe(String(expected.customer.orders));
    const pounds = new Intl.NumberFormat('en', { style: 'currency', currency: 'GBP' });
    expect(await purchaseNumber('revenue')).toBe(pounds.format(expected.customer.revenuePence / 100));

    // In Chinese: the same file again, now with nothing new to load.
    await page.getByTestId('language-switch').click();
    await page.getByTestId('language-option-zh-CN').click();
    await expect.poll(() => page.getByTestId('nav-orders').textContent()).toContain('订单');
    await page.goto(`${server.url}/orders/import`);
    await upload(page);
    expect(await mappedField(page, 0)).toContain('订单号');
    await screenshot(page, 'order-import-mapping-zh');
    await page.getByTestId('order-import-next').click();
    await page.getByTestId('order-import-create-customers').click();
    await page.getByTestId('order-import-create-products').click();
    await page.getByTestId('order-import-good-rows').click();
    await page.getByTestId('order-import-start').click();
    await waitForResult(page, 'done');
    expect(await count(page, 'created')).toBe(0);
    // Already imported: every order, and every return recorded the first time.
    expect(await count(page, 'skipped')).toBe(expected.orders + returnsRecorded);
    await page.getByTestId('order-import-problems').waitFor();
    await screenshot(page, 'order-import-result-zh');
    await context.close();
    // Three imports of the sample run back to back on two shared cores.
  }, 300_000);
});
