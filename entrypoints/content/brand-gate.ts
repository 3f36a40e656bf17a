import { brandIdFromUrl } from '@/utils/brand-pages';
import type { SiteAdapter } from '@/utils/sites/types';

/**
 * Which page this tab shows, by its address where the address names one (a Facebook page,
 * an Instagram profile), else by what the adapter reads (an Instagram post names its author).
 */
export function currentPageId(adapter: SiteAdapter, href: string): string | null {
  const fromUrl = brandIdFromUrl(href);
  if (fromUrl) return fromUrl.id.toLowerCase();
  const reading = adapter.read(document, new URL(href));
  return reading ? reading.page.id.toLowerCase() : null;
}

export function normaliseIds(ids: Iterable<string>): Set<string> {
  return new Set([...ids].map((id) => id.toLowerCase()));
}
