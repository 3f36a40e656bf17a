import { BRAND } from '../content/brand';
import { personOf } from '../content/people';
import { PAGE, type DemoPost } from '../content/types';
import type { FacebookLocale } from '../time';
import type { FacebookLabels } from './labels';

export const FACEBOOK_ORIGIN = 'https://www.facebook.com';
export const PAGE_URL = `${FACEBOOK_ORIGIN}/${BRAND.slug}`;
/** The page's numeric id, used by permalink.php links. */
export const PAGE_NUMERIC_ID = '100063817245990';

/** What one post's renderers need to know. */
export interface FacebookContext {
  locale: FacebookLocale;
  t: FacebookLabels;
  post: DemoPost;
  postIndex: number;
}

export interface FacebookAuthor {
  name: string;
  url: string;
  isPage: boolean;
}

/** Profiles link as profile.php?id=… when numeric, else by vanity name; the brand is its page. */
export function facebookAuthor(key: string): FacebookAuthor {
  if (key === PAGE) return { name: BRAND.name, url: PAGE_URL, isPage: true };
  const person = personOf(key);
  const url = person.fbId
    ? `${FACEBOOK_ORIGIN}/profile.php?id=${person.fbId}`
    : `${FACEBOOK_ORIGIN}/${person.username}`;
  return { name: person.name, url, isPage: false };
}

export function postPermalink(post: DemoPost): string {
  return `${PAGE_URL}/posts/${post.pfbid ?? post.storyId}`;
}
