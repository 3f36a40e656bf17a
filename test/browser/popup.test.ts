import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_URLS } from '../../demo/site/index';
import { firstRunOptions } from '../../scripts/rig/options-page';
import { waitForStatus } from '../../scripts/rig/status';
import { extensionPage, startRig, type Rig } from './rig';

let rig: Rig;

beforeAll(async () => {
  rig = await startRig();
  // First run opens the options page by itself: let it, so it cannot take over the test's tab.
  await firstRunOptions(rig.browser.context, extensionPage(rig, 'options'), 15_000);
});
afterAll(async () => {
  await rig?.close();
});

test('"Annotate this page" in the popup makes the open page a brand page, and Tanggap starts there', async () => {
  const page = await rig.browser.context.newPage();
  await page.goto(DEMO_URLS.facebook);
  await page.waitForTimeout(1_000);
  expect(await page.locator('tanggap-badge').count()).toBe(0);

  // The popup asks the active tab: put the brand page in front, then load the popup beside it.
  const popup = await rig.browser.context.newPage();
  await popup.goto(extensionPage(rig, 'popup'));
  await page.bringToFront();
  await popup.reload();
  const annotate = popup.getByRole('button', { name: 'Annotate this page' });
  await annotate.waitFor({ timeout: 10_000 });
  await annotate.click();

  const status = await waitForStatus(page);
  await expect.poll(() => page.locator('tanggap-badge').count()).toBe(status.comments);
  await expect
    .poll(() => popup.getByTestId('this-tab').textContent(), { timeout: 10_000 })
    .toMatch(/Tanggap is annotating this page/);
});
