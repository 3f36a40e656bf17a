import { ElementCache, ownCache } from './cache';
import { readKnowing } from './changes';
import { queryFirst, textOf } from './dom';
import { readAhead } from './facebook-ahead';
import { type ArticleReading, badgeAnchorOf, ownParts, readArticle } from './facebook-comment';
import { classifyLabel, documentLanguage, isReplyActionText, isReplyBoxLabel } from './facebook-labels';
import { enclosingArticle, type Layout, layoutOf } from './facebook-layout';
import { PageIdentity, pageSlug } from './facebook-page';
import { postCapture, readPostParts } from './facebook-posts';
import { facebookSelectors as sel } from './facebook-selectors';
import { type EmitInputs, type Entry, emissions, emit, type Placed, sameInputs } from './facebook-emit';
import { ProvisionalIds } from './provisional';
import type { FoundPost, PageReading, SiteAdapter } from './types';

const PLATFORM = 'facebook' as const;

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
    const emitted = emissions(cache);
    const seenPosts = new Set<string>();
    const seenComments = new Set<string>();
    for (const postEl of postEls) {
      const parts = readPostParts(postEl, location);
      if (parts.pageNumericId) identity.add(parts.pageNumericId);
      const who = identity.signature;
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
        const inputs: EmitInputs = {
          reading: r,
          parent,
          occurrence,
          postId: post.id,
          who,
          twins: cache.provisionalIds.size,
        };
        let out = emitted.get(article);
        if (!out || !sameInputs(out.inputs, inputs)) {
          out = emit(article, r, inputs, provisional, pageId, identity, cache);
          emitted.set(article, out);
        }
        placed.set(article, out.placed);
        // A post open in a dialog can also be in the feed behind it: each comment once.
        if (seenComments.has(out.comment.id)) continue;
        seenComments.add(out.comment.id);
        reading.comments.push(out.comment);
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
    // A reply is answered in its thread: the editor is the enclosing comment's.
    const thread = commentElement.parentElement?.closest(sel.comment);
    const box = ownParts(commentElement).textbox ?? (thread ? ownParts(thread).textbox : null);
    if (!box) return null;
    const label = box.getAttribute('aria-label') ?? '';
    if (isReplyBoxLabel(label)) return box;
    // A language we have no labels for: any editor in the thread but the composer.
    return classifyLabel(label)?.kind === 'composer' ? null : box;
  },

  replyAction(commentElement) {
    const own = ownParts(commentElement).buttons.find((b) => isReplyActionText(textOf(b)));
    return (own as HTMLElement | undefined) ?? null;
  },
};
