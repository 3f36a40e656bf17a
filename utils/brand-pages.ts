import type { Platform } from './capture/schema';

/** A brand page the user chose: Tanggap works there and nowhere else. */
export interface BrandPage {
  /** "facebook:<slug>" or "instagram:<handle>", the same id the site adapters give the page. */
  id: string;
  platform: Platform;
  url: string;
  addedAt: number;
}

// Path segments that are site features, not pages.
const FACEBOOK_RESERVED = new Set([
  'groups',
  'watch',
  'marketplace',
  'gaming',
  'events',
  'stories',
  'photo',
  'photo.php',
  'reel',
  'profile.php',
  'permalink.php',
  'story.php',
  'login',
  'settings',
  'notifications',
  'messages',
  'bookmarks',
  'search',
  'home.php',
]);
const INSTAGRAM_RESERVED = new Set(['p', 'reel', 'reels', 'stories', 'explore', 'accounts', 'direct', 'tv']);

/**
 * The brand-page id a URL belongs to, or null where it names no page. Instagram post URLs
 * (/p/<code>/) carry no handle: the adapter finds it on the page.
 */
export function brandIdFromUrl(raw: string): { id: string; platform: Platform; url: string } | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const first = segments[0]?.toLowerCase();
  if (/(^|\.)facebook\.com$/.test(url.hostname)) {
    const idParam = url.searchParams.get('id');
    if (first === 'profile.php' && idParam && /^\d+$/.test(idParam))
      return page('facebook', idParam, `profile.php?id=${idParam}`);
    if (!first || FACEBOOK_RESERVED.has(first) || !/^[\w.-]+$/.test(first)) return null;
    return page('facebook', first, first);
  }
  if (/(^|\.)instagram\.com$/.test(url.hostname)) {
    if (!first || INSTAGRAM_RESERVED.has(first) || !/^[\w.]+$/.test(first)) return null;
    return page('instagram', first, `${first}/`);
  }
  return null;
}

function page(platform: Platform, key: string, path: string) {
  const host = platform === 'facebook' ? 'https://www.facebook.com/' : 'https://www.instagram.com/';
  return { id: `${platform}:${key}`, platform, url: host + path };
}

/** The address of a page id the adapters gave ("facebook:<slug>", "instagram:<handle>"). */
export function brandUrlFromId(id: string): string | null {
  const [platform, key] = id.split(':');
  if (!key || !/^[\w.-]+$/.test(key)) return null;
  if (platform === 'facebook')
    return /^\d+$/.test(key)
      ? `https://www.facebook.com/profile.php?id=${key}`
      : `https://www.facebook.com/${key}`;
  if (platform === 'instagram') return `https://www.instagram.com/${key}/`;
  return null;
}
