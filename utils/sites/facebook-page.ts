/** Which page we are on, and whether a profile link is that page (a reply "as the page"). */

const NOT_PAGES = new Set(['profile.php', 'permalink.php', 'story.php', 'photo.php', 'watch', 'groups']);

/** The page slug is the first path segment (facebook.com/<slug>/…), or `id=` on profile/permalink URLs. */
export function pageSlug(location: URL): string | null {
  const first = location.pathname.split('/').filter(Boolean)[0];
  if (first && !NOT_PAGES.has(first)) return first;
  return location.searchParams.get('id');
}

/**
 * Profile links carry tracking (`__cft__`, `comment_id`): keep only what names the profile,
 * so the same author has the same URL in every comment.
 */
export function canonicalProfileUrl(href: string | null, base: string): string {
  return canonicalProfile(href, base).url;
}

/** "id:<n>" for profile.php links, else the lower-cased first path segment. */
export function profileKey(url: string): string {
  try {
    return keyOf(new URL(url));
  } catch {
    return '';
  }
}

function keyOf(parsed: URL): string {
  const id = parsed.pathname === '/profile.php' ? parsed.searchParams.get('id') : null;
  return id ? `id:${id}` : `path:${(parsed.pathname.split('/').filter(Boolean)[0] ?? '').toLowerCase()}`;
}

/** canonicalProfileUrl and its profileKey from one parse: every new comment needs both. */
export function canonicalProfile(href: string | null, base: string): { url: string; key: string } {
  if (!href) return { url: '', key: '' };
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return { url: '', key: '' };
  }
  // The key reads only the path and `id`, which the canonical form keeps.
  const key = keyOf(url);
  const id = url.pathname === '/profile.php' ? url.searchParams.get('id') : null;
  url.search = id ? `?id=${id}` : '';
  url.hash = '';
  return { url: url.href.replace(/\/$/, ''), key };
}

/** The page's names: its slug, and its numeric id when a permalink.php link or the URL gives it. */
export class PageIdentity {
  private readonly keys = new Set<string>();

  constructor(slug: string, numericId: string | null) {
    this.keys.add(`path:${slug.toLowerCase()}`);
    if (/^\d+$/.test(slug)) this.keys.add(`id:${slug}`);
    if (numericId) this.add(numericId);
  }

  add(numericId: string): void {
    this.keys.add(`id:${numericId}`).add(`path:${numericId}`);
  }

  /** All the names known, as one string: equal while no name is added. */
  get signature(): string {
    return [...this.keys].join(' ');
  }

  /** `key` is `profileKey(authorUrl)`, worked out once per comment and cached. */
  isPage(key: string): boolean {
    return key !== '' && this.keys.has(key);
  }
}
