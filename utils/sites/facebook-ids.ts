/**
 * Facebook puts comment ids in permalinks as `comment_id` / `reply_comment_id`, either numeric
 * or base64 of "comment:<postId>_<commentId>". Returns the comment's own numeric id.
 */
export function decodeFacebookCommentId(raw: string): string | null {
  if (/^\d+$/.test(raw)) return raw;
  try {
    const decoded = atob(raw);
    const match = /^comment:(\d+)_(\d+)$/.exec(decoded);
    return match?.[2] ?? null;
  } catch {
    return null;
  }
}

/** The id of the comment a permalink points at: a reply's own id wins over its parent's. */
export function commentIdFromPermalink(href: string, base: string): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  const raw = url.searchParams.get('reply_comment_id') ?? url.searchParams.get('comment_id');
  return raw === null ? null : decodeFacebookCommentId(raw);
}

/** Post ids: `/posts/<id>`, `story_fbid=<id>`, or `pfbid0…` tokens. */
export function postIdFromPermalink(href: string, base: string): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  const fromPath = /\/posts\/([\w-]+)/.exec(url.pathname)?.[1];
  return fromPath ?? url.searchParams.get('story_fbid');
}
