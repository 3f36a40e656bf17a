import { existsSync } from 'node:fs';
import { EXTENSION_DIR, launchWithExtension, type Launched } from '../../scripts/rig/launch';
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
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export function extensionPage(rig: Rig, page: 'popup' | 'sidepanel' | 'options'): string {
  return `chrome-extension://${rig.browser.extensionId}/${page}.html`;
}
