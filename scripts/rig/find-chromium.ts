import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and Google put their browsers; the Debian binary first (see TOOLCHAIN.md). */
const CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT = [
  'No Chromium or Chrome found. Install one, then run the command again:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  macOS:          install Google Chrome or Chromium from its website',
  'or point CHROMIUM_PATH at a Chromium or Chrome binary. Tanggap never downloads a browser.',
].join('\n');

export class NoChromiumError extends Error {
  override name = 'NoChromiumError';
  constructor() {
    super(INSTALL_HINT);
  }
}

/** The browser the demo and browser tests drive: CHROMIUM_PATH, else the first one installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists = existsSync): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!exists(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.\n${INSTALL_HINT}`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => exists(path));
  if (!found) throw new NoChromiumError();
  return found;
}
