/** Instagram selectors (see ../shared/SITES.md): the timestamp permalink is the stable anchor. */
export const instagramSelectors = {
  commentAnchor: 'a[href*="/c/"] time[datetime]',
  commentItem: ['li', 'div[role="listitem"]'],
  author: ['h3 a[href]', 'h2 a[href]'],
  text: 'span[dir="auto"]',
  postCaption: ['article h1', 'h1'],
  postAuthor: ['header a[href]', 'article header a[href]'],
} as const;
