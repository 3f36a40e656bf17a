import type { PostCapture } from '../capture/schema';
import { absoluteUrl, queryFirst, textOf } from './dom';
import { instagramSelectors as sel } from './instagram-selectors';
import type { FoundComment, SiteAdapter } from './types';

const PLATFORM = 'instagram' as const;
const PERMALINK = /\/p\/([\w-]+)\/c\/(\d+)(?:\/r\/(\d+))?/;

interface Found {
  item: Element;
  link: Element;
  time: Element;
  code: string;
  commentId: string;
  parentId: string | null;
}

function findComments(doc: Document): Found[] {
  const found: Found[] = [];
  for (const time of doc.querySelectorAll(sel.commentAnchor)) {
    const link = time.closest('a');
    const match = PERMALINK.exec(link?.getAttribute('href') ?? '');
    const item = queryClosest(time, sel.commentItem);
    if (!link || !match || !item) continue;
    const [, code = '', first = '', reply] = match;
    found.push({
      item,
      link,
      time,
      code,
      commentId: reply ?? first,
      parentId: reply ? first : null,
    });
  }
  return found;
}

function queryClosest(el: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const hit = el.closest(selector);
    if (hit) return hit;
  }
  return null;
}

export const instagramAdapter: SiteAdapter = {
  platform: PLATFORM,
  read(doc, location) {
    const found = findComments(doc);
    const code = found[0]?.code ?? /\/p\/([\w-]+)/.exec(location.pathname)?.[1];
    if (!code) return null;
    const authorLink = queryFirst(doc, sel.postAuthor);
    const handle = (authorLink?.getAttribute('href') ?? '').split('/').filter(Boolean)[0] ?? '';
    if (!handle) return null;
    const pageId = `${PLATFORM}:${handle}`;
    const pageUrl = `${location.origin}/${handle}/`;
    const post: PostCapture = {
      id: `${PLATFORM}:${code}`,
      pageId,
      platform: PLATFORM,
      url: `${location.origin}/p/${code}/`,
      text: textOf(queryFirst(doc, sel.postCaption)),
      authorName: handle,
    };
    const comments: FoundComment[] = found.map((f) => {
      const author = queryFirst(f.item, sel.author);
      const authorUrl = absoluteUrl(author?.getAttribute('href') ?? null, location.href);
      const created = Date.parse(f.time.getAttribute('datetime') ?? '');
      return {
        element: f.item,
        id: `${PLATFORM}:${f.commentId}`,
        pageId,
        postId: post.id,
        platform: PLATFORM,
        parentId: f.parentId ? `${PLATFORM}:${f.parentId}` : null,
        depth: f.parentId ? 1 : 0,
        authorName: textOf(author),
        authorUrl,
        text: textOf(f.item.querySelector(sel.text)),
        createdAt: Number.isFinite(created) ? created : null,
        permalink: absoluteUrl(f.link.getAttribute('href'), location.href),
        reactions: 0,
        byPage: authorUrl === pageUrl,
        provisional: false,
      };
    });
    const postElement = authorLink?.closest('article') ?? doc.body;
    return {
      page: { id: pageId, platform: PLATFORM, url: pageUrl, name: handle },
      posts: [{ ...post, element: postElement }],
      comments,
    };
  },
};
