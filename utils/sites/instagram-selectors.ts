/**
 * Instagram selectors (see /work/shared/SITES.md): the timestamp permalink is the stable
 * anchor; class names are randomized and replaced within weeks, so none are used.
 */
export const instagramSelectors = {
  /** Where the post is: a dialog over the feed/profile first, then the post page (2024-2026). */
  postScope: ['[role="dialog"] article', 'main article', 'article'],
  commentAnchor: 'a[href*="/c/"] time[datetime]',
  /** The comment's box: `li` (2023-2026), `div[role="listitem"]`, or `ul > div` in the dialog. */
  commentItem: ['li', 'div[role="listitem"]', 'ul > div'],
  text: 'span[dir="auto"]',
  postCaption: ['h1'],
  /** Instagram's left navigation has no <header>: the first header link is the post's author. */
  postAuthor: ['header a[href]'],
  composer: [
    'textarea[aria-label="Add a comment…"]',
    'textarea[aria-label="Tambahkan komentar…"]',
    'form textarea',
  ],
} as const;

/** `/p/<code>/c/<commentId>/`, replies `/p/<code>/c/<id>/r/<replyId>/` (also reels). */
export const INSTAGRAM_PERMALINK = /\/(?:p|reel)\/([\w-]+)\/c\/(\d+)(?:\/r\/(\d+))?/;

/** "12 likes", "1 like", "1,204 likes", "12 suka": group 1 is the count. */
export const INSTAGRAM_LIKES = /^([\d.,]+\s*[KMrbjt]*)\s+(?:likes?|suka)$/i;

/** Replies live in a nested list: a comment's own elements stop there. */
export function isNestedList(el: Element): boolean {
  return el.tagName === 'UL' || el.tagName === 'LI' || el.getAttribute('role') === 'listitem';
}
