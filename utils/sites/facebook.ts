import type { PostCapture } from '../capture/schema';
import { absoluteUrl, closestAncestor, countAncestors, queryAllFirst, queryFirst, textOf } from './dom';
import { commentIdFromPermalink, postIdFromPermalink } from './facebook-ids';
import { facebookSelectors as sel } from './facebook-selectors';
import type { FoundComment, FoundPost, SiteAdapter } from './types';

const PLATFORM = 'facebook' as const;

/** The page slug is the first path segment: facebook.com/<slug>/… */
function pageSlug(location: URL): string | null {
  const first = location.pathname.split('/').filter(Boolean)[0];
  return first && first !== 'profile.php' ? first : (location.searchParams.get('id') ?? null);
}

/** The article's own elements, not those of replies nested inside it. */
function own(article: Element, selector: string): Element[] {
  return [...article.querySelectorAll(selector)].filter((el) => el.closest(sel.comment) === article);
}

function reactionsOf(article: Element): number {
  for (const button of own(article, sel.reactionButton)) {
    const n = textOf(button);
    if (/^\d+$/.test(n)) return Number(n);
  }
  return 0;
}

function readComment(
  article: Element,
  post: PostCapture,
  pageUrl: string,
  ids: Map<Element, string>,
): FoundComment | null {
  const permalink = own(article, sel.commentPermalink)[0];
  const commentId = permalink ? commentIdFromPermalink(permalink.getAttribute('href') ?? '', pageUrl) : null;
  const author = own(article, sel.profileLink).find((a) => textOf(a) !== '' && a !== permalink);
  const text = own(article, sel.commentText)[0];
  // A shell with no author and no text is still rendering.
  if (!author || !text) return null;
  const parent = closestAncestor(article, sel.comment);
  const authorUrl = absoluteUrl(author.getAttribute('href'), pageUrl);
  const id = commentId ? `${PLATFORM}:${commentId}` : `${PLATFORM}:provisional:${post.id}:${ids.size}`;
  ids.set(article, id);
  return {
    element: article,
    id,
    pageId: post.pageId,
    postId: post.id,
    platform: PLATFORM,
    parentId: parent ? (ids.get(parent) ?? null) : null,
    depth: countAncestors(article, sel.comment),
    authorName: textOf(author),
    authorUrl,
    text: textOf(text),
    createdAt: null,
    permalink: absoluteUrl(permalink?.getAttribute('href') ?? null, pageUrl),
    reactions: reactionsOf(article),
    byPage: authorUrl.replace(/\/$/, '') === pageUrl.replace(/\/$/, ''),
    provisional: commentId === null,
  };
}

export const facebookAdapter: SiteAdapter = {
  platform: PLATFORM,
  read(doc, location) {
    const slug = pageSlug(location);
    const posts = queryAllFirst(doc, sel.post);
    if (!slug || posts.length === 0) return null;
    const pageId = `${PLATFORM}:${slug}`;
    const pageUrl = `${location.origin}/${slug}`;
    const capture = {
      page: { id: pageId, platform: PLATFORM, url: pageUrl, name: textOf(queryFirst(doc, ['h1'])) || slug },
      posts: [] as FoundPost[],
      comments: [] as FoundComment[],
    };
    const ids = new Map<Element, string>();
    posts.forEach((postEl, index) => {
      const link = queryFirst(postEl, sel.postPermalink);
      const postId = link ? postIdFromPermalink(link.getAttribute('href') ?? '', pageUrl) : null;
      const post: PostCapture = {
        id: `${PLATFORM}:${postId ?? `provisional:${slug}:${index}`}`,
        pageId,
        platform: PLATFORM,
        url: absoluteUrl(link?.getAttribute('href') ?? null, pageUrl),
        text: textOf(queryFirst(postEl, sel.postText)),
        authorName: textOf(queryFirst(postEl, sel.postAuthor)),
      };
      capture.posts.push({ ...post, element: postEl });
      // Document order puts every parent before its replies, so parent ids are known in time.
      for (const article of postEl.querySelectorAll(sel.comment)) {
        const comment = readComment(article, post, pageUrl, ids);
        if (comment) capture.comments.push(comment);
      }
    });
    return capture;
  },
};
