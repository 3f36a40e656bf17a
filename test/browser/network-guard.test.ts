import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_URLS } from '../../demo/site/index';
import { startRig, type Rig } from './rig';

let rig: Rig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(async () => {
  await rig?.close();
});

// The guard every browser test relies on must itself be able to fail.
test('a request to any other host is caught, and it never reaches a server', async () => {
  const page = await rig.browser.context.newPage();
  await page.goto(DEMO_URLS.facebook);
  const outcome = await page.evaluate(() =>
    fetch('https://cdn.example.net/tracker.js', { mode: 'no-cors' }).then(
      () => 'reached',
      () => 'failed',
    ),
  );
  expect(outcome).toBe('failed');
  // The request event can reach us a moment after the page saw the failure.
  await expect.poll(() => rig.browser.network.leaks).toContain('https://cdn.example.net/tracker.js');
  expect(rig.server.requests.some((url) => url.includes('example.net'))).toBe(false);
  // This leak was the test's own doing; any other still fails the file when the rig closes.
  rig.browser.network.leaks.splice(
    rig.browser.network.leaks.indexOf('https://cdn.example.net/tracker.js'),
    1,
  );
});
