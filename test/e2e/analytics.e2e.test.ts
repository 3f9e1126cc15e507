import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseOption } from './support/antd';
import { screenshot } from './support/browser';
import { setUpOrg, signIn, useServerAndBrowser, type Api } from './support/journey';

const owner = { name: 'Li Wei', email: 'li.wei@example.com', password: 'Velvet-Harbor-42' };

type Kpis = { asOf: string; cards: { key: string; value: number | null }[] };
type RfmGrid = { cells: { r: number; f: number; customers: number }[] };
type AtRisk = { data: { id: string; name: string; rfmSegment: string | null }[] };

type Jobs = { data: { type: string; status: string }[] };

/**
 * A few hundred demo customers with two years of orders (the documented BG/NBD process). The load
 * queues a scoring refresh when it ends; that one is waited for too, so the refresh the journey
 * starts from the UI is its own.
 */
const loadDemo = async (call: Api) => {
  await call('POST', '/demo', { customers: 300 });
  const pending = async () =>
    (await call<Jobs>('GET', '/jobs?limit=20')).data.filter(
      (job) =>
        (job.type === 'demo.load' || job.type === 'analytics.refresh') &&
        (job.status === 'queued' || job.status === 'running'),
    ).length;
  await expect.poll(async () => (await call<Jobs>('GET', '/jobs?limit=20')).data.length).toBeGreaterThan(0);
  await expect.poll(pending, { timeout: 30_000, interval: 300 }).toBe(0);
};

/** Every chart drawn (a canvas in each), no card still loading, no toast over the page. */
const dashboardSettled = async (page: Page) => {
  for (const chart of [
    'trend-chart',
    'rfm-segments-chart',
    'value-tiers-chart',
    'clv-chart',
    'cohort-heatmap',
  ])
    await page.locator(`[data-testid="${chart}"] canvas`).first().waitFor({ timeout: 15_000 });
  await expect.poll(() => page.locator('[data-loading="true"]').count(), { timeout: 15_000 }).toBe(0);
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
};

/** The customer table's total, once counted. */
const tableCount = (page: Page) =>
  page
    .getByTestId('customers-count')
    .getAttribute('data-count')
    .then((v) => (v === null ? null : Number(v)));

describe('analytics: scores from the UI, the dashboard in both languages, click-through to customers', () => {
  const journey = useServerAndBrowser('analytics');

  it('refreshes scores, shows the API figures, and opens the customers behind a number', async () => {
    const { server, browser } = journey;
    const call = await setUpOrg(server, owner);
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await signIn(page, server.url, owner);

    // Before any data: the empty state says what to do.
    await page.getByTestId('nav-analytics').click();
    await page.getByTestId('analytics-empty').waitFor();
    expect(await page.getByTestId('analytics-empty-demo').isVisible()).toBe(true);
    expect(await page.getByTestId('analytics-empty-import').isVisible()).toBe(true);
    await screenshot(page, 'analytics-empty-en');

    // Demo data, then a refresh from the UI followed until the job ends; the dashboard then loads.
    await loadDemo(call);
    await page.getByTestId('analytics-refresh').click();
    await page.getByTestId('analytics-refresh-progress').waitFor({ timeout: 10_000 });
    await page.getByTestId('analytics-refresh-progress').waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(() => page.locator('.ant-message-notice').textContent()).toContain('Scores refreshed');
    await page.getByTestId('kpi-cards').waitFor({ timeout: 15_000 });

    const kpis = await call<Kpis>('GET', '/analytics/kpis');
    expect(await page.getByTestId('analytics-as-of').getAttribute('data-as-of')).toBe(kpis.asOf);
    expect(kpis.cards).toHaveLength(7);
    for (const card of kpis.cards) {
      const shown = await page.getByTestId(`kpi-${card.key}`).getAttribute('data-value');
      expect(shown === null ? null : Number(shown), card.key).toBe(card.value);
    }
    const active = kpis.cards.find((c) => c.key === 'active')!.value!;
    expect(await page.getByTestId('kpi-active-value').textContent()).toBe(active.toLocaleString('en'));

    const grid = await call<RfmGrid>('GET', '/analytics/rfm-grid');
    for (const cell of grid.cells)
      expect(await page.getByTestId(`rfm-cell-${cell.r}-${cell.f}`).getAttribute('data-customers')).toBe(
        String(cell.customers),
      );
    await dashboardSettled(page);
    await screenshot(page, 'analytics-dashboard-en');

    // A chart's data as CSV and Excel, made in the browser.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByTestId('rfm-grid-card-export')
        .click()
        .then(() => page.getByTestId('rfm-grid-card-export-csv').click()),
    ]);
    expect(csv.suggestedFilename()).toBe(`rfm-grid-${kpis.asOf}.csv`);
    const csvBytes = readFileSync(await csv.path());
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvLines = csvBytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(csvLines[0]).toBe('Recency (R),Frequency (F),Customers,Revenue (CNY),Predicted CLV (CNY)');
    expect(csvLines).toHaveLength(26);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByTestId('value-tiers-card-export')
        .click()
        .then(() => page.getByTestId('value-tiers-card-export-xlsx').click()),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Tier');
    expect(sheet.getRow(2).getCell(1).value).toBe('High');
    expect(sheet.rowCount).toBe(4);

    // An RFM cell opens exactly its customers in the customer table.
    const cell = [...grid.cells].sort((a, b) => b.customers - a.customers)[0]!;
    await page.getByTestId(`rfm-cell-${cell.r}-${cell.f}`).click();
    await page.waitForURL(/\/customers\?filter=/);
    await expect.poll(() => tableCount(page), { timeout: 15_000 }).toBe(cell.customers);

    // The score columns, with names translated and P(alive) as a percentage.
    await page.getByTestId('customers-columns-button').click();
    await page.getByTestId('column-toggle-rfm_segment').click();
    await page.getByTestId('column-toggle-p_alive').click();
    await page.keyboard.press('Escape');
    const header = page.locator('.ant-table-thead');
    await expect.poll(() => header.textContent()).toContain('RFM segment');
    expect(await page.locator('.ant-table-tbody').textContent()).toMatch(/\d+(\.\d)?%/);
    await page
      .locator('.ant-table-content, .ant-table-body')
      .first()
      .evaluate((el) => {
        el.scrollLeft = el.scrollWidth;
      });
    await screenshot(page, 'analytics-rfm-cell-customers-en');

    // A KPI card opens the customers behind its number.
    await page.goBack();
    await page.getByTestId('kpi-active').click();
    await page.waitForURL(/\/customers\?filter=/);
    await expect.poll(() => tableCount(page), { timeout: 15_000 }).toBe(active);

    // The at-risk list opens in the table in the same order; its first customer's 360 shows the scores.
    const atRisk = await call<AtRisk>('GET', '/analytics/at-risk?limit=10');
    await page.goBack();
    await page.getByTestId('at-risk-card-open').click();
    await page.waitForURL(/sort=-value_at_risk/);
    await expect
      .poll(() => page.getByTestId('customer-link').first().textContent(), { timeout: 15_000 })
      .toBe(atRisk.data[0]!.name);
    await page.getByTestId('customer-link').first().click();
    await page.getByTestId('customer-scores').waitFor();
    expect(await page.getByTestId('customer-score-segment').textContent()).toContain(
      atRisk.data[0]!.rfmSegment!,
    );
    await screenshot(page, 'analytics-customer-scores-en');

    // Filtered to one owner: the figures are that owner's customers', and so is the click-through.
    const users = await call<{ data: { id: string; name: string }[] }>('GET', '/users');
    const seller = users.data.find((u) => u.name !== owner.name)!;
    const theirs = await call<Kpis>('GET', `/analytics/kpis?owner=${seller.id}`);
    const theirCustomers = theirs.cards.find((c) => c.key === 'customers')!.value!;
    expect(theirCustomers).toBeGreaterThan(0);
    expect(theirCustomers).toBeLessThan(kpis.cards.find((c) => c.key === 'customers')!.value!);
    await page.goto(`${server.url}/analytics`);
    await chooseOption(page, 'analytics-filter-owner', new RegExp(seller.name));
    await expect
      .poll(() => page.getByTestId('kpi-customers').getAttribute('data-value'), { timeout: 15_000 })
      .toBe(String(theirCustomers));
    expect(page.url()).toContain(`owner=${seller.id}`);
    await page.getByTestId('kpi-customers').click();
    await page.waitForURL(/\/customers\?filter=/);
    await expect.poll(() => tableCount(page), { timeout: 15_000 }).toBe(theirCustomers);

    // The model report with the fit-quality chart.
    await page.goto(`${server.url}/analytics?tab=model`);
    await page.locator('[data-testid="fit-quality-chart"] canvas').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('model-bgnbd').getAttribute('data-ok')).toBe('true');
    await screenshot(page, 'analytics-model-en');

    // Settings: a rule between fields is reported at the field, in the person's language.
    await page.getByTestId('analytics-tab-settings').click();
    await page.getByTestId('settings-at-risk-days').fill('200');
    await page.getByTestId('analytics-settings-save').click();
    await expect
      .poll(() => page.locator('.ant-form-item-explain-error').allTextContents())
      .toContain('Must be fewer than the days after which a customer has churned (180)');
    await page.getByTestId('settings-at-risk-days').fill('100');
    await page.getByTestId('settings-holdout-days').fill('120');
    await page.getByTestId('analytics-settings-save').click();
    await expect
      .poll(() => page.locator('.ant-message-notice').textContent())
      .toContain('Settings saved; they apply from the next refresh');
    const saved = await call<{ version: number; settings: { lifecycle: { atRiskDays: number } } }>(
      'GET',
      '/analytics/settings',
    );
    expect([saved.version, saved.settings.lifecycle.atRiskDays]).toEqual([2, 100]);

    // The dashboard in Chinese.
    await page.getByTestId('analytics-tab-dashboard').click();
    await page.getByTestId('language-switch').click();
    await page.getByTestId('language-option-zh-CN').click();
    await expect.poll(() => page.getByTestId('kpi-cards').textContent()).toContain('活跃客户');
    await dashboardSettled(page);
    await screenshot(page, 'analytics-dashboard-zh');
    await page.getByTestId('analytics-tab-model').click();
    await page.locator('[data-testid="fit-quality-chart"] canvas').waitFor({ timeout: 15_000 });
    await screenshot(page, 'analytics-model-zh');
    await page.getByTestId('analytics-tab-settings').click();
    await page.getByTestId('analytics-settings').waitFor();
    await screenshot(page, 'analytics-settings-zh');
    await context.close();
  });
});
