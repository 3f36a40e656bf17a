import type { SenderKind } from './protocol';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

export interface ExtensionIdentity {
  id: string;
  /** e.g. "chrome-extension://abc/" */
  origin: string;
}

const BRAND_SITE = /^https:\/\/([a-z0-9-]+\.)*(facebook|instagram)\.com\//;

/**
 * Tells our own pages from our content script, and rejects everything else:
 * other extensions, and anything not running as this extension.
 */
export function classifySender(sender: SenderInfo, self: ExtensionIdentity): SenderKind | null {
  if (sender.id !== self.id || typeof sender.url !== 'string') return null;
  // Extension pages opened in a tab have a tab too: the origin decides.
  if (sender.url.startsWith(self.origin)) return 'page';
  if (sender.tab != null && BRAND_SITE.test(sender.url)) return 'content';
  return null;
}
