import { existsSync } from 'node:fs';
import { EXTENSION_DIR, launchWithExtension, type Launched } from '../../scripts/rig/launch';
import { chooseBrandPages as chooseOptions } from '../../scripts/rig/options-page';
import { startDemoServer, type DemoServer } from '../../scripts/rig/server';

export interface Rig {
  server: DemoServer;
  browser: Launched;
  close(): Promise<void>;
}

/** The built extension in real Chromium, with the demo pages served as facebook.com and instagram.com. */
export async function startRig(options: { userDataDir?: string; locale?: string } = {}): Promise<Rig> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first (npm test does).`);
  }
  const server = await startDemoServer();
  const browser = await launchWithExtension({ port: server.port, headless: true, ...options });
  return {
    server,
    browser,
    // Every browser test file fails if anything tried to leave the machine.
    close: async () => {
      await browser.close();
      await server.close();
      if (browser.network.leaks.length > 0) {
        throw new Error(`Requests tried to leave the machine: ${browser.network.leaks.join(', ')}`);
      }
    },
  };
}

export function extensionPage(rig: Rig, page: 'popup' | 'sidepanel' | 'options'): string {
  return `chrome-extension://${rig.browser.extensionId}/${page}.html`;
}

/** The demo brand's pages, as a user would type them into the options page. */
export const DEMO_BRAND_PAGES = [
  'https://www.facebook.com/kopirindang',
  'https://www.instagram.com/kopirindang/',
];

/** Chooses brand pages the way a user does, on the options page. */
export function chooseBrandPages(rig: Rig, urls: readonly string[] = DEMO_BRAND_PAGES): Promise<void> {
  return chooseOptions(rig.browser.context, rig.browser.extensionId, urls);
}
