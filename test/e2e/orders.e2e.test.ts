import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseOption } from './support/antd';
import { screenshot } from './support/browser';
import { setUpOrg, signIn, useServerAndBrowser } from './support/journey';

const owner = { name: 'Li Wei', email: 'li.wei@example.com', password: 'Velvet-Harbor-42' };
const dayMs = 86_400_000;

/** Money as the English UI shows it, e.g. CN¥1,234.50. */
const cny = (cents: number) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: 'CNY' }).format(cents / 100);

/** The value shown by one of the purchases tab's key numbers. */
const purchaseNumber = (page: Page, key: string) =>
  page.getByTestId(`purchase-number-${key}`).locator('.ant-statistic-content').textContent();

/** Types into a searchable antd select and picks the first option whose text matches. */
const search = async (page: Page, testId: string, text: string, option: RegExp) => {
  await page.getByTestId(testId).click();
  await page.keyboard.type(text);
  const item = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option });
  await item.first().waitFor({ timeout: 10_000 });
  await item.first().click();
};

/** A screenshot once toasts have faded, so it shows the page rather than the last message. */
const shot = async (page: Page, name: string) => {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  await screenshot(page, name);
};

describe('orders: catalogue, an order by hand, live purchase metrics, refund', () => {
  const journey = useServerAndBrowser('orders');

  it('records an order by hand and the customer page follows it live, refunds included', async () => {
    const { server, browser } = journey;
    const api = await setUpOrg(server, owner);
    const tea = await api<{ id: string }>('POST', '/product-categories', { name: '茶叶' });
    const green = await api<{ id: string }>('POST', '/product-categories', {
      name: '绿茶',
      parentId: tea.id,
    });
    const cups = await api<{ id: string }>('POST', '/product-categories', { name: '茶具' });
    const longjing = await api<{ id: string }>('POST', '/products', {
      sku: 'LJ-01',
      name: '西湖龙井 250g',
      categoryId: green.id,
      listPriceCents: 12800,
    });
    const cup = await api<{ id: string }>('POST', '/products', {
      sku: 'CUP-1',
      name: '青瓷茶杯',
      categoryId: cups.id,
      listPriceCents: 3000,
    });
    const { customer } = await api<{ customer: { id: string } }>('POST', '/customers', {
      name: '王建国',
      phones: [{ number: '13900000001' }],
    });
    // Three earlier orders, a month apart, so the spend chart and category ring have a history.
    for (const [daysAgo, lines] of [
      [95, [{ productId: longjing.id, quantity: 2 }]],
      [60, [{ productId: cup.id, quantity: 4 }]],
      [30, [{ productId: longjing.id, quantity: 1, discountCents: 800 }]],
    ] as const)
      await api('POST', '/orders', {
        customerId: customer.id,
        channel: 'wechat',
        status: 'completed',
        orderedAt: new Date(Date.now() - daysAgo * dayMs).toISOString(),
        lines,
      });
    const revenueBefore = 2 * 12800 + 4 * 3000 + 12800 - 800;

    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 860 } });
    const customerPage = await context.newPage();
    await signIn(customerPage, server.url, owner);

    // A product created in the catalogue, under a category chosen from the tree.
    await customerPage.getByTestId('nav-products').click();
    await customerPage.getByTestId('products-table').waitFor();
    await customerPage.getByTestId('product-new').click();
    await customerPage.getByTestId('product-sku').fill('BLT-50');
    await customerPage.getByTestId('product-name').fill('Jasmine Pearls 50g');
    await customerPage.getByTestId('product-price').fill('58.5');
    await customerPage.getByTestId('product-category').click();
    await customerPage
      .locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper', { hasText: '绿茶' })
      .click();
    await customerPage.getByTestId('product-save').click();
    await expect
      .poll(() => customerPage.getByTestId('products-table').textContent(), { timeout: 10_000 })
      .toContain('Jasmine Pearls 50g');
    expect(await customerPage.getByTestId('products-table').textContent()).toContain('茶叶 / 绿茶');
    await shot(customerPage, 'products-en');
    // A category renamed and moved from the tree; its products' paths follow.
    await customerPage.getByTestId('category-actions-茶具').click();
    await customerPage.locator('.ant-dropdown:visible').getByText('Rename or move').click();
    await customerPage.getByTestId('category-name').fill('茶器');
    await customerPage.getByTestId('category-parent').click();
    await customerPage
      .locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper', { hasText: '茶叶' })
      .click();
    await customerPage.getByTestId('category-submit').click();
    await expect
      .poll(() => customerPage.getByTestId('products-table').textContent(), { timeout: 10_000 })
      .toContain('茶叶 / 茶器');
    await customerPage.getByTestId('product-open-LJ-01').click();
    await customerPage.getByTestId('also-bought').waitFor();
    await shot(customerPage, 'product-drawer-en');
    await customerPage.getByTestId('product-drawer').getByRole('button', { name: 'Close' }).click();

    // Channels as the organisation names them: one relabelled, one added.
    await customerPage.goto(`${server.url}/settings/order-channels`);
    await customerPage.getByTestId('channels-editor').waitFor();
    await customerPage.getByTestId('channel-label-marketplace').fill('Tmall');
    await customerPage.getByTestId('channel-add-label').fill('Live stream');
    expect(await customerPage.getByTestId('channel-add-key').inputValue()).toBe('live_stream');
    await customerPage.getByTestId('channel-add').click();
    await customerPage.getByTestId('channels-save').click();
    await expect
      .poll(async () => {
        const res = await customerPage.request.get(`${server.url}/api/v1/order-channels`);
        return ((await res.json()) as { data: { key: string; label: string | null }[] }).data;
      })
      .toEqual(
        expect.arrayContaining([
          expect.objectContaining({ key: 'marketplace', label: 'Tmall' }),
          expect.objectContaining({ key: 'live_stream', label: 'Live stream' }),
        ]),
      );
    await shot(customerPage, 'order-channels-en');

    // The customer's purchases tab, left open while an order is entered elsewhere.
    await customerPage.goto(`${server.url}/customers/${customer.id}?tab=purchases`);
    await customerPage.getByTestId('customer-purchases').waitFor();
    await expect.poll(() => purchaseNumber(customerPage, 'orders'), { timeout: 10_000 }).toBe('3');
    expect(await purchaseNumber(customerPage, 'revenue')).toBe(cny(revenueBefore));

    // A colleague's page: the orders page and its "New order" form.
    const ordersPage = await context.newPage();
    await ordersPage.goto(`${server.url}/orders`);
    await ordersPage.getByTestId('orders-table').waitFor();
    await expect
      .poll(() => ordersPage.getByTestId('orders-table').locator('tbody tr.ant-table-row').count())
      .toBe(3);
    await ordersPage.getByTestId('order-new').click();
    await ordersPage.getByTestId('order-form').waitFor();
    await search(ordersPage, 'order-customer', '王建国', /王建国/);
    await ordersPage.getByTestId('order-channel').click();
    const channels = ordersPage.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(() => channels.allTextContents()).toContain('Tmall');
    expect(await channels.allTextContents()).toContain('Live stream');
    await channels.filter({ hasText: /^Phone$/ }).click();
    await search(ordersPage, 'order-line-product-0', 'BLT', /Jasmine Pearls/);
    await expect.poll(() => ordersPage.getByTestId('order-line-price-0').inputValue()).toBe('58.50');
    await ordersPage.getByTestId('order-line-quantity-0').fill('2');
    await ordersPage.getByTestId('order-line-add').click();
    await search(ordersPage, 'order-line-product-1', 'CUP', /青瓷茶杯/);
    await ordersPage.getByTestId('order-line-discount-1').fill('5');
    await expect.poll(() => ordersPage.getByTestId('order-form-total').textContent()).toBe(cny(14200));
    await shot(ordersPage, 'order-form-en');
    await ordersPage.getByTestId('order-save').click();
    await ordersPage.getByTestId('order-drawer').waitFor({ timeout: 15_000 });
    await expect.poll(() => ordersPage.getByTestId('order-net').textContent()).toBe(cny(14200));

    // The first page shows the new order without a reload.
    await expect.poll(() => purchaseNumber(customerPage, 'orders'), { timeout: 15_000 }).toBe('4');
    const revenueAfterOrder = revenueBefore + 14200;
    await expect
      .poll(() => purchaseNumber(customerPage, 'revenue'), { timeout: 15_000 })
      .toBe(cny(revenueAfterOrder));
    await expect
      .poll(() => customerPage.getByTestId('customer-orders').locator('tbody tr.ant-table-row').count())
      .toBe(4);

    // Paid, then one of the two jasmine packs refunded; a double click refunds once.
    await ordersPage.getByTestId('order-move-paid').click();
    await ordersPage
      .getByTestId('order-drawer')
      .getByTestId('order-status-paid')
      .waitFor({ timeout: 10_000 });
    await ordersPage.getByTestId('order-refund-line-1').click();
    await ordersPage.getByTestId('refund-quantity').fill('1');
    await ordersPage.getByTestId('refund-reason').fill('Damaged in transit');
    await ordersPage.getByTestId('refund-submit').dblclick();
    await ordersPage.getByTestId('order-refunds').waitFor({ timeout: 10_000 });
    await expect.poll(() => ordersPage.getByTestId('order-net').textContent()).toBe(cny(8350));
    expect(await ordersPage.getByTestId('order-refunds').locator('tbody tr.ant-table-row').count()).toBe(1);
    await shot(ordersPage, 'order-drawer-en');
    const orderId = new URL(ordersPage.url()).searchParams.get('order')!;
    const stored = await ordersPage.request.get(`${server.url}/api/v1/orders/${orderId}`);
    expect(((await stored.json()) as { refunds: unknown[] }).refunds).toHaveLength(1);
    await ordersPage.getByTestId('order-drawer').getByRole('button', { name: 'Close' }).click();
    await ordersPage.getByTestId('order-drawer').waitFor({ state: 'hidden' });
    await expect
      .poll(() => ordersPage.getByTestId('orders-table').locator('tbody tr.ant-table-row').count())
      .toBe(4);
    await shot(ordersPage, 'orders-en');

    // Revenue drops on the customer's page, again live.
    await expect
      .poll(() => purchaseNumber(customerPage, 'revenue'), { timeout: 15_000 })
      .toBe(cny(revenueAfterOrder - 5850));
    expect(await purchaseNumber(customerPage, 'orders')).toBe('4');
    await customerPage.getByTestId('spend-chart').waitFor();
    await customerPage.getByTestId('category-chart').waitFor();
    expect(await customerPage.getByTestId('products-bought').textContent()).toContain('Jasmine Pearls 50g');
    await shot(customerPage, 'customer-purchases-en');

    // The same screens in Chinese.
    await ordersPage.getByTestId('language-switch').click();
    await ordersPage.getByTestId('language-option-zh-CN').click();
    await expect.poll(() => ordersPage.getByTestId('nav-orders').textContent()).toContain('订单');
    await expect.poll(() => ordersPage.getByTestId('orders-table').textContent()).toContain('已付款');
    await shot(ordersPage, 'orders-zh');
    await ordersPage.getByTestId('order-new').click();
    await ordersPage.getByTestId('order-form').waitFor();
    await search(ordersPage, 'order-customer', '王建国', /王建国/);
    await chooseOption(ordersPage, 'order-channel', /微信/);
    await search(ordersPage, 'order-line-product-0', 'LJ', /西湖龙井/);
    await ordersPage.getByTestId('order-line-quantity-0').fill('3');
    await ordersPage.getByTestId('order-note').click();
    await shot(ordersPage, 'order-form-zh');
    await customerPage.reload();
    await customerPage.getByTestId('customer-purchases').waitFor();
    await expect
      .poll(() => customerPage.getByTestId('customer-tab-purchases').textContent())
      .not.toBe('Purchases');
    await customerPage.getByTestId('spend-chart').waitFor();
    await shot(customerPage, 'customer-purchases-zh');
    await context.close();
  });
});
