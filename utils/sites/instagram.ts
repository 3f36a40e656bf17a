import { ElementCache, ownCache, type Remembered } from './cache';
import { changesFrom, readKnowing } from './changes';
import { queryFirst, textOf } from './dom';
import { type ItemReading, itemAnchorOf, readItem } from './instagram-comment';
import { instagramSelectors as sel } from './instagram-selectors';
import type { FoundComment, PageReading, SiteAdapter } from './types';

const PLATFORM = 'instagram' as const;

type Entry = Remembered<ItemReading | null>;

/** The nearest box of any kind: an outer `li` must not win over a nearer `ul > div`. */
const ITEM = sel.commentItem.join(', ');

interface Placed {
  id: string;
  depth: number;
}

/** Depth = how many comment items enclose this one (a reply is an `li` in its parent's `ul`). */
function parentOf(item: Element, placed: Map<Element, Placed>): Placed | null {
  for (let p = item.parentElement?.closest(ITEM); p; p = p.parentElement?.closest(ITEM)) {
    const hit = placed.get(p);
    if (hit) return hit;
  }
  return null;
}

/** The address each cache last read at: records from another page's read say nothing here. */
const lastHref = new WeakMap<ElementCache<Entry>, string>();

function handleOf(link: Element | null): string {
  return ((link?.getAttribute('href') ?? '').split('/').filter(Boolean)[0] ?? '').toLowerCase();
}

export const instagramAdapter: SiteAdapter = {
  platform: PLATFORM,
  createCache: () => new ElementCache<Entry>(PLATFORM),
  // A post's thread shows tens of comments at a time: one read is short enough.
  readAhead: () => true,

  read(doc, location, cacheArg): PageReading | null {
    const cache = ownCache<Entry>(cacheArg, PLATFORM, doc);
    const records = cache.takeRecords();
    const changes = records && lastHref.get(cache) === location.href ? changesFrom(records, ITEM) : null;
    lastHref.set(cache, location.href);
    const root = queryFirst(doc, sel.postScope);
    const scope: ParentNode = root ?? doc;
    const found: [Element, ItemReading][] = [];
    const items = new Set<Element>();
    for (const time of scope.querySelectorAll(sel.commentAnchor)) {
      const link = time.closest('a');
      const item = time.closest(ITEM);
      if (!link || !item || items.has(item)) continue;
      items.add(item);
      // Still one query for the timestamps: a thread holds tens of comments, not thousands.
      const value = readKnowing(cache, item, changes, (el) => readItem(el, link, time, location.href));
      if (value) found.push([item, value]);
    }
    const code = found[0]?.[1].code ?? /\/(?:p|reel)\/([\w-]+)/.exec(location.pathname)?.[1];
    const authorLink = queryFirst(scope, sel.postAuthor);
    const handle = handleOf(authorLink);
    if (!code || !handle) return null;
    const pageId = `${PLATFORM}:${handle}`;
    const postId = `${PLATFORM}:${code}`;
    const placed = new Map<Element, Placed>();
    const comments: FoundComment[] = [];
    for (const [item, r] of found) {
      const parent = parentOf(item, placed);
      const id = `${PLATFORM}:${r.commentId}`;
      const depth = parent ? parent.depth + 1 : 0;
      placed.set(item, { id, depth });
      comments.push(
        cache.stable.settle({
          element: item,
          id,
          pageId,
          postId,
          platform: PLATFORM,
          parentId: r.parentCommentId ? `${PLATFORM}:${r.parentCommentId}` : (parent?.id ?? null),
          depth,
          authorName: r.authorName,
          authorUrl: r.authorUrl,
          text: r.text,
          createdAt: r.createdAt,
          permalink: r.permalink,
          reactions: r.likes,
          byPage: r.handle === handle,
          provisional: false,
        }),
      );
    }
    return {
      page: { id: pageId, platform: PLATFORM, url: `${location.origin}/${handle}/`, name: handle },
      posts: [
        {
          id: postId,
          pageId,
          platform: PLATFORM,
          url: `${location.origin}/p/${code}/`,
          text: textOf(queryFirst(scope, sel.postCaption)),
          authorName: handle,
          element: authorLink?.closest('article') ?? root ?? doc.body,
        },
      ],
      comments,
    };
  },

  badgeAnchor: itemAnchorOf,

  summaryAnchor(postElement) {
    return queryFirst(postElement, [...sel.postCaption, 'header']);
  },

  replyBox(commentElement) {
    const scope = commentElement.closest('[role="dialog"], article') ?? commentElement.ownerDocument;
    return queryFirst(scope, sel.composer) as HTMLElement | null;
  },

  replyAction(commentElement) {
    // The item's own button, not one of its replies' (they sit in a nested list).
    for (const button of commentElement.querySelectorAll<HTMLElement>('button, [role="button"]')) {
      const list = button.closest('ul');
      if (list && commentElement.contains(list)) continue;
      if (REPLY_ACTION.test(textOf(button))) return button;
    }
    return null;
  },
};

/** "Reply" in the English and Indonesian interfaces. */
const REPLY_ACTION = /^(Reply|Balas)$/;
