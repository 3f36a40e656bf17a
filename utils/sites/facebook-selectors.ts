/**
 * Facebook selectors, most durable first (see ../shared/SITES.md). Generated class names are
 * never used: they change every few weeks; roles, aria-labels and permalinks last.
 */
export const facebookSelectors = {
  post: ['[aria-posinset]', 'div[aria-describedby]'],
  postText: [
    '[data-ad-rendering-role="story_message"]',
    '[data-ad-preview="message"]',
    '[data-ad-comet-preview="message"]',
  ],
  postAuthor: ['[data-ad-rendering-role="profile_name"]'],
  postPermalink: ['a[href*="/posts/"]', 'a[href*="story_fbid="]'],
  comment: '[role="article"]',
  commentPermalink: 'a[href*="comment_id="]',
  commentText: 'div[dir="auto"]',
  profileLink: 'a[href]',
  reactionButton: '[role="button"]',
} as const;
