import type { Page } from 'playwright-core';

/** Opens the Ant Design select with this test id and picks the option whose text matches. */
export const chooseOption = async (page: Page, testId: string, text: RegExp): Promise<void> => {
  await page.getByTestId(testId).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();
};
