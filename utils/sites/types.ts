import type { Capture, CommentCapture, PageCapture, Platform, PostCapture } from '../capture/schema';

/** A comment as read from the page, with the element it was read from (never sent anywhere). */
export type FoundComment = CommentCapture & { element: Element };
export type FoundPost = PostCapture & { element: Element };

/** What a site adapter reads from the page now. */
export interface PageReading {
  page: PageCapture;
  posts: FoundPost[];
  comments: FoundComment[];
}

/** How much work a cache saved: tests and benches read it; the content script need not. */
export interface ReadCacheStats {
  /** Elements whose reading was reused because their change signature was unchanged. */
  hits: number;
  /** Elements read from scratch (new, changed, or replaced by fresh nodes). */
  misses: number;
}

/**
 * Memory between reads of one document, made by `adapter.createCache()`. Opaque on purpose:
 * only the adapter that made it understands it (another adapter's cache is ignored).
 */
export interface ReadCache {
  readonly stats: ReadCacheStats;
  /**
   * Tells the cache what changed since the last read: every MutationObserver record since
   * then, from an observer of (a subtree holding) the comments with `childList`, `subtree`,
   * `characterData` and `attributes` on `href`. Call it before each read, possibly several times;
   * the next read then reads only comments those records touch, reuses the rest unchecked
   * and forgets the records. A read the cache was not told about checks every comment.
   * A record left out means a change missed until that comment is touched again.
   */
  noteMutations(records: readonly MutationRecord[]): void;
}

/** One site's knowledge: how to read its posts and comments out of the DOM, and where our UI may go. */
export interface SiteAdapter {
  platform: Platform;
  /**
   * Reads what the page shows now; null when the layout is not recognised.
   * - `cache` makes re-reads incremental: an element whose descendant count and watched nodes
   *   (permalink href, text length, counter) are unchanged reuses its last reading. Without
   *   one (or with another adapter's), a default cache kept per document is used.
   * - `now` (epoch ms, default `Date.now()`) turns relative times ("2h", "3 jam yang lalu")
   *   into `createdAt` estimates; a cached comment keeps its first estimate.
   * A comment with no real id yet has `provisional: true` and an id derived from post, author
   * and text. Once its real id appears, `provisionalId` names the id it had before, on every
   * later read with the same cache, so the caller can merge the two records.
   */
  read(doc: Document, location: URL, cache?: ReadCache, now?: number): PageReading | null;
  /**
   * Reads into `cache`, for about `budgetMs`, what the next `read` would read from scratch;
   * true once nothing is left. A first read of thousands of comments is otherwise one long
   * task: call it between yields to the page until true, then `read`. True at once when the
   * next read is incremental (the cache was told of mutations since a read of this address).
   */
  readAhead(doc: Document, location: URL, cache: ReadCache, budgetMs: number, now?: number): boolean;
  /** A fresh cache for `read`. */
  createCache(): ReadCache;
  /**
   * The page element our badge host goes right AFTER, as a sibling (e.g. the comment's text).
   * Hosts named `tanggap-*` are skipped when comments are read, so a badge changes no reading.
   */
  badgeAnchor(commentElement: Element): Element | null;
  /** The page element a per-post summary goes right after (the post's text, else its header). */
  summaryAnchor(postElement: Element): Element | null;
  /** The page's own reply editor for that comment, when the page shows one. */
  replyBox(commentElement: Element): HTMLElement | null;
  /** The comment's own "Reply" button: a click makes the page show (and focus) its reply editor. */
  replyAction(commentElement: Element): HTMLElement | null;
}

/** Drops the elements: what goes to the background is plain, validated data. */
export function toCapture(reading: PageReading): Capture {
  return {
    page: reading.page,
    posts: reading.posts.map(({ element: _, ...post }) => post),
    comments: reading.comments.map(({ element: _, ...comment }) => comment),
  };
}
