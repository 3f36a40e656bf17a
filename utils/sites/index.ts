import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import type { SiteAdapter } from './types';

/** The adapter for a host, or null where Tanggap has nothing to do. */
export function adapterFor(hostname: string): SiteAdapter | null {
  if (/(^|\.)facebook\.com$/.test(hostname)) return facebookAdapter;
  if (/(^|\.)instagram\.com$/.test(hostname)) return instagramAdapter;
  return null;
}
