import type { PostCapture } from '../capture/schema';
import { absoluteUrl, queryFirst, textOf } from './dom';
import { postIdFromPermalink } from './facebook-ids';
import { facebookSelectors as sel } from './facebook-selectors';
import { hashText } from './provisional';

/** Only the outermost matches: a shared post embedded in a post is part of it. */
function outermost(elements: Element[], selector: string): Element[] {
  return elements.filter((el) => !el.parentElement?.closest(selector));
}

/** A placeholder shell (SITES.md: "no content and no links") is not a post yet. */
function hasContent(el: Element): boolean {
  return el.querySelector('a[href]') !== null;
}

export interface FoundPosts {
  elements: Element[];
  /**
   * What a new post would match: the productive selector, those tried before it, and dialogs.
   * Added nodes matching none of these leave `elements` as they are.
   */
  selectors: string;
}

/**
 * Feed posts by the first productive selector, plus a post opened in a dialog over the feed
 * (first, since it is what the user is looking at).
 */
export function findPosts(doc: Document): FoundPosts {
  let feed: Element[] = [];
  let tried = 0;
  for (const selector of sel.post) {
    tried++;
    feed = outermost([...doc.querySelectorAll(selector)], selector).filter(hasContent);
    if (feed.length > 0) break;
  }
  const dialogs = [...doc.querySelectorAll(sel.postDialog.join(','))].filter(
    (dialog) =>
      !feed.some((post) => post.contains(dialog) || dialog.contains(post)) &&
      queryFirst(dialog, [...sel.postText, sel.comment]) !== null,
  );
  return {
    elements: [...dialogs, ...feed],
    selectors: [...sel.post.slice(0, tried), ...sel.postDialog].join(','),
  };
}

/** The post's own permalink: the first post link that is not a comment's timestamp. */
function postLink(postEl: Element): Element | null {
  return queryFirst(
    postEl,
    sel.postPermalink.map((s) => `${s}:not([href*="comment_id="])`),
  );
}

export interface PostParts {
  /** Post id without the platform prefix: from its link, the URL (dialogs), else null. */
  id: string | null;
  url: string;
  text: string;
  authorName: string;
  /** The page's numeric id, when a permalink.php link names it. */
  pageNumericId: string | null;
}

export function readPostParts(postEl: Element, location: URL): PostParts {
  const link = postLink(postEl);
  const href = link?.getAttribute('href') ?? null;
  const url = absoluteUrl(href, location.href);
  const fromUrl = postEl.matches(sel.postDialog.join(','))
    ? postIdFromPermalink(location.href, location.href)
    : null;
  let pageNumericId: string | null = null;
  try {
    pageNumericId = url.includes('permalink.php') ? new URL(url).searchParams.get('id') : null;
  } catch {
    pageNumericId = null;
  }
  return {
    id: (href ? postIdFromPermalink(href, location.href) : null) ?? fromUrl,
    url: url || (fromUrl ? location.href : ''),
    text: textOf(queryFirst(postEl, sel.postText)),
    authorName: textOf(queryFirst(postEl, sel.postAuthor)),
    pageNumericId,
  };
}

/** The post's capture; with no id on the page, a provisional one from its text. */
export function postCapture(parts: PostParts, hint: string | null, pageId: string): PostCapture {
  const id = parts.id ?? hint ?? `provisional:${hashText(parts.text || parts.authorName)}`;
  return {
    id: `facebook:${id}`,
    pageId,
    platform: 'facebook',
    url: parts.url,
    text: parts.text,
    authorName: parts.authorName,
  };
}
