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

/** Counts repeats within one read so identical comments still get distinct ids. */
export class ProvisionalIds {
  private readonly seen = new Map<string, number>();

  constructor(private readonly platform: string) {}

  next(postId: string, key: string): string {
    const base = `${this.platform}:provisional:${postId}:${key}`;
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  }
}
