import { ElementCache, ownCache, type Remembered } from './cache';
import { readKnowing } from './changes';
import { queryFirst, textOf } from './dom';
import { readAhead } from './facebook-ahead';
import { type ArticleReading, badgeAnchorOf, ownParts, readArticle } from './facebook-comment';
import { classifyLabel, documentLanguage, isReplyBoxLabel } from './facebook-labels';
import { enclosingArticle, type Layout, layoutOf } from './facebook-layout';
import { PageIdentity, pageSlug } from './facebook-page';
import { postCapture, readPostParts } from './facebook-posts';
import { facebookSelectors as sel } from './facebook-selectors';
import { ProvisionalIds } from './provisional';
import type { FoundComment, FoundPost, PageReading, SiteAdapter } from './types';

const PLATFORM = 'facebook' as const;

type Entry = Remembered<ArticleReading | null>;

interface Placed {
  id: string;
  depth: number;
}

/** The nearest enclosing comment we emitted, within the post (shells and composers are skipped). */
function parentOf(article: Element, postEl: Element, placed: Map<Element, Placed>, layout: Layout) {
  for (let a = enclosingArticle(layout, article); a && a !== postEl; a = enclosingArticle(layout, a)) {
    if (!postEl.contains(a)) return null;
    const hit = placed.get(a);
    if (hit) return hit;
  }
  return null;
}

export const facebookAdapter: SiteAdapter = {
  platform: PLATFORM,
  createCache: () => new ElementCache<Entry>(PLATFORM),

  readAhead(doc, location, cacheArg, budgetMs, now = Date.now()) {
    return readAhead(doc, location, ownCache<Entry>(cacheArg, PLATFORM, doc), budgetMs, now);
  },

  read(doc, location, cacheArg, now = Date.now()): PageReading | null {
    const slug = pageSlug(location);
    const cache = ownCache<Entry>(cacheArg, PLATFORM, doc);
    const { layout, changes } = layoutOf(doc, location.href, cache);
    const postEls = layout.posts.elements;
    if (!slug || postEls.length === 0) return null;
    const language = documentLanguage(doc);
    const identity = new PageIdentity(slug, location.searchParams.get('id'));
    const pageId = `${PLATFORM}:${slug}`;
    const pageUrl = `${location.origin}/${slug}`;
    const reading: PageReading = {
      page: { id: pageId, platform: PLATFORM, url: pageUrl, name: textOf(queryFirst(doc, ['h1'])) || slug },
      posts: [],
      comments: [],
    };
    const placed = new Map<Element, Placed>();
    const seenPosts = new Set<string>();
    const seenComments = new Set<string>();
    for (const postEl of postEls) {
      const parts = readPostParts(postEl, location);
      if (parts.pageNumericId) identity.add(parts.pageNumericId);
      // Read articles first: a base64 comment id can name a post that shows no link of its own.
      const found: [Element, ArticleReading][] = [];
      for (const article of layout.articles.get(postEl) ?? []) {
        const value = readKnowing(cache, article, changes, (el) =>
          readArticle(el, location.href, language, now),
        );
        if (value) found.push([article, value]);
      }
      const post = postCapture(parts, found.find(([, r]) => r.postIdHint)?.[1].postIdHint ?? null, pageId);
      if (!seenPosts.has(post.id)) reading.posts.push({ ...post, element: postEl } satisfies FoundPost);
      seenPosts.add(post.id);
      const provisional = new ProvisionalIds(PLATFORM, post.id);
      for (const [article, r] of found) {
        // Document order puts every parent before its replies, so parents are placed in time.
        const parent = parentOf(article, postEl, placed, layout);
        // Counted for every comment, so numbering does not shift when one of them is upgraded.
        const occurrence = provisional.count(r.key);
        const id = r.commentId ? `${PLATFORM}:${r.commentId}` : provisional.idFor(r.key, occurrence);
        if (!r.commentId) cache.provisionalIds.add(id);
        placed.set(article, { id, depth: parent ? parent.depth + 1 : 0 });
        // A post open in a dialog can also be in the feed behind it: each comment once.
        if (seenComments.has(id)) continue;
        seenComments.add(id);
        const comment: FoundComment = {
          element: article,
          id,
          pageId,
          postId: post.id,
          platform: PLATFORM,
          parentId: parent?.id ?? null,
          depth: parent ? parent.depth + 1 : 0,
          authorName: r.authorName,
          authorUrl: r.authorUrl,
          text: r.text,
          createdAt: r.createdAt,
          permalink: r.permalink,
          reactions: r.reactions,
          byPage: identity.isPage(r.authorKey),
          provisional: r.commentId === null,
        };
        if (r.commentId && cache.provisionalIds.size > 0) {
          const twin = provisional.idFor(r.key, occurrence);
          if (cache.provisionalIds.has(twin)) comment.provisionalId = twin;
        }
        reading.comments.push(comment);
      }
    }
    return reading;
  },

  badgeAnchor: badgeAnchorOf,

  summaryAnchor(postElement) {
    return queryFirst(postElement, [...sel.postText, ...sel.postAuthor]);
  },

  replyBox(commentElement) {
    // The thread's own editor sits among its replies; the post's "Comment as" box is not it.
    const box = ownParts(commentElement).textbox;
    if (!box) return null;
    const label = box.getAttribute('aria-label') ?? '';
    if (isReplyBoxLabel(label)) return box;
    // A language we have no labels for: any editor in the thread but the composer.
    return classifyLabel(label)?.kind === 'composer' ? null : box;
  },
};
