/**
 * Ids for comments the page shows before their permalink (Facebook fills it in late). Derived
 * from what does not change, post + author + text, so a re-read (or a re-rendered copy of the
 * same comment) gets the same id; repeats in one post get a "#n" suffix in document order.
 */

/** FNV-1a, 32-bit: short, stable and fast; collisions only merge two provisional records. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The part of a provisional id that depends only on the comment itself (cacheable). */
export function provisionalKey(authorUrl: string, authorName: string, text: string): string {
  return hashText(`${authorUrl}\u0000${authorName}\u0000${text}`);
}

/**
 * Counts repeats within one post's read so identical comments still get distinct ids. Every
 * comment is counted, real ids too, so numbering does not shift when one of them is upgraded;
 * the id string is only built when someone needs it.
 */
export class ProvisionalIds {
  private readonly seen = new Map<string, number>();
  private readonly post: string;

  constructor(
    private readonly platform: string,
    postId: string,
  ) {
    // "facebook:provisional:<post>:<key>", the post without its own "facebook:" prefix.
    this.post = postId.startsWith(`${platform}:`) ? postId.slice(platform.length + 1) : postId;
  }

  /** The occurrence number of this key in the post so far (1 for the first). */
  count(key: string): number {
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    return n;
  }

  idFor(key: string, occurrence: number): string {
    const base = `${this.platform}:provisional:${this.post}:${key}`;
    return occurrence === 1 ? base : `${base}#${occurrence}`;
  }
}
