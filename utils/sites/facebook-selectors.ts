/**
 * Facebook selectors, most durable first (see /work/shared/SITES.md). Each list is tried in
 * order; generated class names are never used: they change every few weeks, while roles,
 * aria-labels, data-ad attributes and permalink patterns last. Dates say when a variant was
 * last confirmed in public tools, so stale ones can be dropped.
 */
export const facebookSelectors = {
  /** Feed posts. `[aria-posinset]` (2023-2026); the others are fallbacks for layouts without it. */
  post: ['[aria-posinset]', 'div[aria-describedby]', '[role="article"]'],
  /** A post opened on its own, over the feed (2024-2026). */
  postDialog: ['[role="dialog"]'],
  postText: [
    '[data-ad-rendering-role="story_message"]', // 2025-2026
    '[data-ad-preview="message"]', // 2023-2025
    '[data-ad-comet-preview="message"]', // 2023-2024
  ],
  postAuthor: ['[data-ad-rendering-role="profile_name"]', 'h2 strong', 'h3 strong'],
  postPermalink: ['a[href*="/posts/"]', 'a[href*="story_fbid="]', 'a[href*="/permalink/"]'],
  /** Comments, replies, and also loading shells and (sometimes) the composer: filtered in code. */
  comment: '[role="article"]',
  /** Still rendering: a shell with only a progress bar. */
  loading: '[role="progressbar"]',
  commentPermalink: ['a[href*="reply_comment_id="]', 'a[href*="comment_id="]'],
  commentText: 'div[dir="auto"]',
  reactionButton: '[role="button"]',
  replyBox: 'div[contenteditable="true"][role="textbox"]',
} as const;

/** Attribute tests the single-pass comment reader uses in place of the selectors above. */
export function isCommentText(el: Element): boolean {
  return el.tagName === 'DIV' && el.getAttribute('dir') === 'auto';
}

export function isTextbox(el: Element): boolean {
  return el.getAttribute('role') === 'textbox' && el.getAttribute('contenteditable') === 'true';
}

export function hasCommentId(href: string): boolean {
  return href.includes('comment_id=');
}
