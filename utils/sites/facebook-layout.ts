import type { ElementCache } from './cache';
import { type Changes, changesFrom, updateOrder } from './changes';
import { closestAncestor } from './dom';
import { type FoundPosts, findPosts } from './facebook-posts';
import { facebookSelectors as sel } from './facebook-selectors';

/**
 * Where the last read found posts and comments. With the mutation records since then it is
 * brought up to date instead of queried again: on a page of thousands of comments, finding
 * them all costs more than reading the few that changed.
 */
export interface Layout {
  href: string;
  posts: FoundPosts;
  /** Each post's `[role="article"]` elements in document order, the post itself excluded. */
  articles: Map<Element, Element[]>;
  /** Each article's nearest enclosing article: fixed unless it moves, and moves are re-read. */
  enclosing: WeakMap<Element, Element | null>;
}

/** Per cache (held weakly, so a dropped cache frees its layout). */
const layouts = new WeakMap<ElementCache<unknown>, Layout>();

/** The posts are those of the last read unless something may have made or unmade one. */
function postsKept(prev: FoundPosts, changes: Changes): boolean {
  const posts = prev.elements;
  return (
    posts.length > 0 &&
    posts.every((post) => post.isConnected) &&
    changes.outside.every((el) => posts.some((post) => post.contains(el))) &&
    !changes.addedRoots.some((root) => root.matches(prev.selectors) || root.querySelector(prev.selectors))
  );
}

export function allArticles(postEl: Element): Element[] {
  return [...postEl.querySelectorAll(sel.comment)].filter((article) => article !== postEl);
}

/** Whether the next read will only bring the last one up to date (told of mutations, same address). */
export function willChangeOnly(cache: ElementCache<unknown>, href: string): boolean {
  return cache.told && layouts.get(cache)?.href === href;
}

/**
 * The page's posts and articles now, and what changed since the last read with this cache
 * (null: no records, another address, or no earlier read; then every article is checked).
 */
export function layoutOf(
  doc: Document,
  href: string,
  cache: ElementCache<unknown>,
): { layout: Layout; changes: Changes | null } {
  const records = cache.takeRecords();
  const prev = layouts.get(cache);
  const changes = records && prev?.href === href ? changesFrom(records, sel.comment) : null;
  const kept = changes && prev ? prev : null;
  const posts = kept && changes && postsKept(kept.posts, changes) ? kept.posts : findPosts(doc);
  const articles = new Map<Element, Element[]>();
  for (const postEl of posts.elements) {
    const before = kept?.articles.get(postEl);
    if (!before || !changes) {
      articles.set(postEl, allArticles(postEl));
      continue;
    }
    const fresh = [...changes.added].filter((a) => a !== postEl && postEl.contains(a));
    articles.set(postEl, updateOrder(before, changes, fresh));
  }
  const enclosing = kept?.enclosing ?? new WeakMap<Element, Element | null>();
  for (const el of changes?.dirty ?? []) enclosing.delete(el);
  const layout: Layout = { href, posts, articles, enclosing };
  layouts.set(cache, layout);
  return { layout, changes };
}

/** The article's nearest enclosing article (remembered: `closest` climbs the whole tree). */
export function enclosingArticle(layout: Layout, article: Element): Element | null {
  let found = layout.enclosing.get(article);
  if (found === undefined) {
    found = closestAncestor(article, sel.comment);
    layout.enclosing.set(article, found);
  }
  return found;
}
