import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { SERVED_HOSTS } from './cert';
import { findChromium } from './find-chromium';
import { watchNetwork, type NetworkWatch } from './network-guard';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface LaunchOptions {
  /** Port of the demo server every served host resolves to. */
  port: number;
  headless: boolean;
  extensionDir?: string;
  /** A profile to reuse (for "a fresh browser profile" tests pass a new one); default: a new temp dir. */
  userDataDir?: string;
  locale?: string;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  network: NetworkWatch;
  close(): Promise<void>;
}

/** Offline and quiet: Chromium's own background traffic is off, and every host but ours fails. */
function chromiumArgs(extensionDir: string, port: number, locale: string): string[] {
  const map = SERVED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${map}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    `--lang=${locale}`,
  ];
}

/** Real Chromium with the built extension loaded, resolving facebook.com and instagram.com to the demo server. */
export async function launchWithExtension(options: LaunchOptions): Promise<Launched> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const ownProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'tanggap-profile-'));
  const locale = options.locale ?? 'en-US';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless,
    args: chromiumArgs(extensionDir, options.port, locale),
    locale,
    viewport: { width: 1280, height: 900 },
  });
  const network = watchNetwork(context);
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    network,
    close: async () => {
      await context.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
