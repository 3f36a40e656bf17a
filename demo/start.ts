import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { BRAND, BRAND_VOICE } from './site/content/brand';
import { DEMO_URLS } from './site/index';
import { askBackground } from '../scripts/rig/ask-background';
import { launchWithExtension } from '../scripts/rig/launch';
import { chooseBrandPages } from '../scripts/rig/options-page';
import { startDemoServer } from '../scripts/rig/server';
import { waitForStatus } from '../scripts/rig/status';

/**
 * `npm start`: opens Chromium with the built extension on the bundled demo brand pages, served
 * on this machine as facebook.com and instagram.com. No account, no network.
 * `npm start -- --headless` writes screenshots to demo-output/ and exits.
 */
const headless = process.argv.includes('--headless');
const outDir = resolve(import.meta.dirname, '../demo-output');

if (!headless && !process.env.DISPLAY && process.platform === 'linux') {
  console.error('No display found. Run `npm start -- --headless` to write screenshots instead.');
  process.exit(1);
}

const server = await startDemoServer();
const browser = await launchWithExtension({ port: server.port, headless });
const shutdown = async () => {
  await browser.close();
  await server.close();
};

try {
  // On first run Tanggap asks for the user's brand pages; the demo chooses the demo brand's.
  await chooseBrandPages(browser.context, browser.extensionId, [
    `https://www.facebook.com/${BRAND.slug}`,
    `https://www.instagram.com/${BRAND.handle}/`,
  ]);
  // The demo team's name and brand voice, so suggested replies come out signed and complete.
  await askBackground(browser.context, browser.extensionId, 'setModeratorName', { name: 'Rara' });
  await askBackground(browser.context, browser.extensionId, 'setBrandVoice', BRAND_VOICE);
  const facebook = await browser.context.newPage();
  await facebook.goto(DEMO_URLS.facebook);
  const fbStatus = await waitForStatus(facebook);
  const instagram = await browser.context.newPage();
  await instagram.goto(DEMO_URLS.instagram);
  const igStatus = await waitForStatus(instagram);
  console.log(`Facebook demo: ${DEMO_URLS.facebook} — ${fbStatus.text}`);
  console.log(`Instagram demo: ${DEMO_URLS.instagram} — ${igStatus.text}`);

  if (headless) {
    mkdirSync(outDir, { recursive: true });
    await facebook.bringToFront();
    await facebook.screenshot({ path: resolve(outDir, 'facebook.png') });
    await instagram.screenshot({ path: resolve(outDir, 'instagram.png') });
    console.log(`Screenshots: ${resolve(outDir, 'facebook.png')}, ${resolve(outDir, 'instagram.png')}`);
    if (browser.network.leaks.length > 0)
      console.warn(`Blocked off-machine requests: ${browser.network.leaks.join(', ')}`);
    await shutdown();
  } else {
    await facebook.bringToFront();
    console.log('Chromium is open with Tanggap loaded. Close the window or press Ctrl+C to stop.');
    browser.context.on('close', () => void server.close().then(() => process.exit(0)));
    process.on('SIGINT', () => void shutdown().then(() => process.exit(0)));
  }
} catch (error) {
  await shutdown();
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
