import { DEMO_JS } from './assets/demo-js';
import { FACEBOOK_CSS } from './assets/facebook-css';
import { INSTAGRAM_CSS } from './assets/instagram-css';
import { BRAND } from './content/brand';
import { INSTAGRAM_CODE } from './content/instagram-post';
import { renderFacebookPage } from './facebook/page';
import { renderInstagramPost } from './instagram/post';
import { renderInstagramProfile } from './instagram/profile';

/**
 * The bundled demo brand pages: what the local HTTPS rig (scripts/rig/server.ts) answers for
 * https://www.facebook.com/… and https://www.instagram.com/…, with no account and no network.
 */
export interface DemoResponse {
  status: number;
  contentType: string;
  body: string;
}

export const DEMO_URLS = {
  facebook: `https://www.facebook.com/${BRAND.slug}`,
  facebookId: `https://www.facebook.com/${BRAND.slug}?locale=id_ID`,
  instagram: `https://www.instagram.com/p/${INSTAGRAM_CODE}/`,
} as const satisfies { facebook: string; facebookId: string; instagram: string };

const HTML = 'text/html; charset=utf-8';

const ASSETS: Readonly<Record<string, DemoResponse>> = {
  '/demo-assets/facebook.css': { status: 200, contentType: 'text/css; charset=utf-8', body: FACEBOOK_CSS },
  '/demo-assets/instagram.css': { status: 200, contentType: 'text/css; charset=utf-8', body: INSTAGRAM_CSS },
  '/demo-assets/demo.js': { status: 200, contentType: 'text/javascript; charset=utf-8', body: DEMO_JS },
};

function page(body: string): DemoResponse {
  return { status: 200, contentType: HTML, body };
}

/** The page itself, and its post permalinks (which show the same feed, for clicked timestamps). */
function facebook(url: URL): DemoResponse | null {
  const path = url.pathname.replace(/\/+$/, '');
  const locale = url.searchParams.get('locale')?.startsWith('id') ? 'id' : 'en';
  const isPage = path === `/${BRAND.slug}` || path.startsWith(`/${BRAND.slug}/posts/`);
  if (isPage || path === '/permalink.php') return page(renderFacebookPage(locale));
  return null;
}

/** The post (and its comment permalinks /p/<code>/c/…), and the brand's profile grid. */
function instagram(url: URL, now: number): DemoResponse | null {
  const path = url.pathname;
  if (path === `/p/${INSTAGRAM_CODE}/` || path.startsWith(`/p/${INSTAGRAM_CODE}/c/`)) {
    return page(renderInstagramPost(now));
  }
  if (path === `/${BRAND.handle}/` || path === `/${BRAND.handle}`) return page(renderInstagramProfile());
  return null;
}

/** Answers a request for https://www.facebook.com/... or https://www.instagram.com/...; null → 404. */
export function renderDemo(url: URL, now: number): DemoResponse | null {
  const asset = ASSETS[url.pathname];
  if (asset) return asset;
  if (url.pathname === '/favicon.ico') return null;
  if (url.hostname === 'www.facebook.com' || url.hostname === 'facebook.com') return facebook(url);
  if (url.hostname === 'www.instagram.com' || url.hostname === 'instagram.com') return instagram(url, now);
  return null;
}
