import type { BrowserContext, Request } from 'playwright-core';
import { SERVED_HOSTS } from './cert';

/** Schemes that never touch the network. */
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:']);

export interface NetworkWatch {
  /** Every request that would have left the machine (the resolver rules made it fail). */
  leaks: string[];
}

/** True where a URL is served from this machine: our demo hosts (mapped to 127.0.0.1) or local schemes. */
export function staysLocal(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(url.protocol)) return true;
  if (
    url.protocol !== 'https:' &&
    url.protocol !== 'http:' &&
    url.protocol !== 'wss:' &&
    url.protocol !== 'ws:'
  ) {
    return false;
  }
  return (SERVED_HOSTS as readonly string[]).includes(url.hostname) || url.hostname === '127.0.0.1';
}

/** Records every request of every page and worker in the context that is not local. */
export function watchNetwork(context: BrowserContext): NetworkWatch {
  const watch: NetworkWatch = { leaks: [] };
  const check = (request: Request) => {
    if (!staysLocal(request.url())) watch.leaks.push(request.url());
  };
  context.on('request', check);
  return watch;
}
