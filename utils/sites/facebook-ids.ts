/**
 * Facebook puts comment ids in permalinks as `comment_id` / `reply_comment_id`, either numeric
 * or base64 of "comment:<postId>_<commentId>", sometimes still URL-encoded (SITES.md, "Ids").
 */

export interface DecodedCommentId {
  commentId: string;
  /** The post's numeric id, known only from the base64 form. */
  postId: string | null;
}

/** base64 or base64url, padded or not; null when it is not base64 text. */
function fromBase64(raw: string): string | null {
  const standard = raw.replace(/-/g, '+').replace(/_/g, '/');
  const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
  try {
    return atob(padded);
  } catch {
    return null;
  }
}

export function decodeFacebookId(raw: string): DecodedCommentId | null {
  let value = raw.trim();
  // A second layer of URL encoding survives URLSearchParams ("…%3D" for "=").
  if (value.includes('%')) {
    try {
      value = decodeURIComponent(value);
    } catch {
      return null;
    }
  }
  if (/^\d+$/.test(value)) return { commentId: value, postId: null };
  const match = /^comment:(\d+)_(\d+)$/.exec(fromBase64(value) ?? '');
  return match ? { commentId: match[2] ?? '', postId: match[1] ?? null } : null;
}

export function parse(href: string, base: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** The comment a permalink points at: a reply's own id (`reply_comment_id`) wins over its parent's. */
export function commentIdsFromPermalink(href: string, base: string): DecodedCommentId | null {
  const url = parse(href, base);
  return url ? commentIdsFromUrl(url) : null;
}

/** The same, from an address already parsed. */
export function commentIdsFromUrl(url: URL): DecodedCommentId | null {
  const raw = url.searchParams.get('reply_comment_id') ?? url.searchParams.get('comment_id');
  return raw ? decodeFacebookId(raw) : null;
}

/** Post ids: `/posts/<id>` (numeric or `pfbid0…`), `story_fbid=<id>`, `/permalink/<id>`. */
export function postIdFromPermalink(href: string, base: string): string | null {
  const url = parse(href, base);
  if (!url) return null;
  const fromPath = /\/(?:posts|permalink|videos)\/([\w-]+)/.exec(url.pathname)?.[1];
  return fromPath ?? url.searchParams.get('story_fbid') ?? url.searchParams.get('fbid');
}
