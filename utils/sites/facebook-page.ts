/** Which page we are on, and whether a profile link is that page (a reply "as the page"). */

const NOT_PAGES = new Set(['profile.php', 'permalink.php', 'story.php', 'photo.php', 'watch', 'groups']);

/** The page slug is the first path segment (facebook.com/<slug>/…), or `id=` on profile/permalink URLs. */
export function pageSlug(location: URL): string | null {
  const first = location.pathname.split('/').filter(Boolean)[0];
  if (first && !NOT_PAGES.has(first)) return first;
  return location.searchParams.get('id');
}

/** "id:<n>" for profile.php links, else the lower-cased first path segment. */
function keyOf(parsed: URL): string {
  const id = parsed.pathname === '/profile.php' ? parsed.searchParams.get('id') : null;
  return id ? `id:${id}` : `path:${(parsed.pathname.split('/').filter(Boolean)[0] ?? '').toLowerCase()}`;
}

/** An absolute profile address whose path needs no normalising: the common case. */
const PLAIN_PROFILE = /^(https:\/\/www\.facebook\.com\/[\w.-]*(?:\/[\w.-]+)*\/?)(?:[?#]|$)/;

/**
 * Profile links carry tracking (`__cft__`, `comment_id`): `url` keeps only what names the
 * profile, so the same author has the same URL in every comment; `key` is what PageIdentity
 * compares. Both from one parse: every new comment needs them.
 */
export function canonicalProfile(href: string | null, base: string): { url: string; key: string } {
  if (!href) return { url: '', key: '' };
  // Facebook's own absolute links are cut by hand (the address parser was a fifth of reading a
  // comment); anything unusual goes through URL, which the tests hold this to.
  const plain = PLAIN_PROFILE.exec(href)?.[1];
  const path = plain?.slice('https://www.facebook.com'.length);
  // Empty or dot segments ("//", "/./", "/../") are normalised by URL: leave those to it.
  if (plain && path && !/\/\.{0,2}(?:\/|$)/.test(path.replace(/\/$/, ''))) {
    if (path !== '/profile.php') {
      const url = plain.replace(/\/$/, '');
      return { url, key: `path:${(path.split('/').find(Boolean) ?? '').toLowerCase()}` };
    }
    // profile.php keeps its first `id`, when that is plain digits.
    const id = /[?&]id=([^&#]*)/.exec(href.slice(plain.length).split('#')[0] ?? '')?.[1];
    if (id && /^\d+$/.test(id)) return { url: `${plain}?id=${id}`, key: `id:${id}` };
  }
  return canonicalByUrl(href, base);
}

/** The general case: through the address parser. Exported for the test holding the two equal. */
export function canonicalByUrl(href: string, base: string): { url: string; key: string } {
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

  /** `key` is `canonicalProfile(...).key`, worked out once per comment and cached. */
  isPage(key: string): boolean {
    return key !== '' && this.keys.has(key);
  }
}
