import type { Capture, CommentCapture } from '@/utils/capture/schema';

/** A small valid capture: one page, one post, `n` top-level comments and a page reply to the first. */
export function sampleCapture(n = 3): Capture {
  const base = { pageId: 'facebook:kopirindang', postId: 'facebook:111', platform: 'facebook' as const };
  const comments: CommentCapture[] = Array.from({ length: n }, (_, i) => ({
    ...base,
    id: `facebook:${1000 + i}`,
    parentId: null,
    depth: 0,
    authorName: `Pelanggan ${i}`,
    authorUrl: `https://www.facebook.com/profile.php?id=${5000 + i}`,
    text: `komentar ke-${i}`,
    createdAt: null,
    permalink: `https://www.facebook.com/kopirindang/posts/111?comment_id=${1000 + i}`,
    reactions: i,
    byPage: false,
    provisional: false,
  }));
  comments.push({
    ...base,
    id: 'facebook:2000',
    parentId: 'facebook:1000',
    depth: 1,
    authorName: 'Kopi Rindang',
    authorUrl: 'https://www.facebook.com/kopirindang',
    text: 'Halo Kak, terima kasih!',
    createdAt: null,
    permalink: 'https://www.facebook.com/kopirindang/posts/111?comment_id=1000&reply_comment_id=2000',
    reactions: 0,
    byPage: true,
    provisional: false,
  });
  return {
    page: {
      id: base.pageId,
      platform: 'facebook',
      url: 'https://www.facebook.com/kopirindang',
      name: 'Kopi Rindang',
    },
    posts: [
      {
        id: base.postId,
        pageId: base.pageId,
        platform: 'facebook',
        url: '',
        text: 'Menu baru',
        authorName: 'Kopi Rindang',
      },
    ],
    comments,
  };
}
