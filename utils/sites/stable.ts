import type { FoundComment } from './types';

/**
 * Each element's last emitted comment, so a read hands back the very same object when nothing
 * about the comment changed. Callers then tell "unchanged" by identity (`===`) instead of
 * comparing or re-processing thousands of comments after every small page change.
 */
export class StableComments {
  private readonly last = new WeakMap<Element, FoundComment>();

  /** `fresh`, or the previous object for its element when every field is equal. */
  settle(fresh: FoundComment): FoundComment {
    const prev = this.last.get(fresh.element);
    if (prev && sameFields(prev, fresh)) return prev;
    this.last.set(fresh.element, fresh);
    return fresh;
  }
}

/** Every field but the element (the same by construction); the compiler checks none is missing. */
const FIELDS = [
  'id',
  'text',
  'parentId',
  'depth',
  'postId',
  'pageId',
  'platform',
  'authorName',
  'authorUrl',
  'createdAt',
  'permalink',
  'reactions',
  'byPage',
  'provisional',
  'provisionalId',
] as const satisfies readonly (keyof FoundComment)[];
type Unlisted = Exclude<keyof FoundComment, (typeof FIELDS)[number] | 'element'>;
const allListed: [Unlisted] extends [never] ? true : Unlisted = true;
void allListed;

function sameFields(a: FoundComment, b: FoundComment): boolean {
  // All primitives, so === is equality; a fixed list, as this runs for every comment per read.
  for (const field of FIELDS) if (a[field] !== b[field]) return false;
  return true;
}
