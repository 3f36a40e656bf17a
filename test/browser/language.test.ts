import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_URLS } from '../../demo/site/index';
import { waitForStatus } from '../../scripts/rig/status';
import { chooseBrandPages, extensionPage, startRig, type Rig } from './rig';

let rig: Rig;

beforeAll(async () => {
  rig = await startRig({ locale: 'id' });
  await chooseBrandPages(rig);
});
afterAll(async () => {
  await rig?.close();
});

test('in an Indonesian browser, Tanggap speaks Indonesian: pages, badges and summaries', async () => {
  const options = await rig.browser.context.newPage();
  await options.goto(extensionPage(rig, 'options'));
  await expect.poll(() => options.locator('h1').textContent()).toBe('Pengaturan Tanggap');
  expect(await options.locator('html').getAttribute('lang')).toBe('id');

  const page = await rig.browser.context.newPage();
  await page.goto(DEMO_URLS.facebookId);
  const status = await waitForStatus(page);
  expect(status.text).toMatch(/komentar ditemukan/);
  const label = await page.locator('tanggap-badge button.badge').first().getAttribute('aria-label');
  expect(label).toMatch(/^Tag Tanggap: (Konsumsi|Kurasi|Kreasi|Kolaborasi), (Positif|Netral|Negatif)$/);
  expect(await page.locator('tanggap-summary').first().textContent()).toBe('');
  await expect.poll(() => page.locator('tanggap-summary .summary').first().textContent()).toMatch(/komentar/);
});
