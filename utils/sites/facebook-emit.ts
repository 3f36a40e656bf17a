import type { ElementCache, Remembered } from './cache';
import type { ArticleReading } from './facebook-comment';
import type { PageIdentity } from './facebook-page';
import type { ProvisionalIds } from './provisional';
import type { FoundComment } from './types';

/**
 * The records a Facebook read emits, remembered per article: on a page of thousands of
 * comments most are unchanged after a page change, and rebuilding their ids and records was
 * most of a re-read. An unchanged comment is then the very same object, read after read.
 */

const PLATFORM = 'facebook' as const;

export type Entry = Remembered<ArticleReading | null>;

export interface Placed {
  id: string;
  depth: number;
}

/** What a comment's emitted record depends on besides its element: same inputs, same record. */
export interface EmitInputs {
  reading: ArticleReading;
  parent: Placed | null;
  occurrence: number;
  postId: string;
  /** The page's known names: whether an author is the page depends on them. */
  who: string;
  /** How many provisional ids exist: a real id's provisional twin is looked up among them. */
  twins: number;
}

interface Emitted {
  inputs: EmitInputs;
  placed: Placed;
  comment: FoundComment;
}

export function sameInputs(a: EmitInputs, b: EmitInputs): boolean {
  return (
    a.reading === b.reading &&
    a.parent === b.parent &&
    a.occurrence === b.occurrence &&
    a.postId === b.postId &&
    a.who === b.who &&
    a.twins === b.twins
  );
}

/** Per cache, each article's last emitted record (held weakly, like the cache itself). */
const emissionsByCache = new WeakMap<ElementCache<Entry>, WeakMap<Element, Emitted>>();
export function emissions(cache: ElementCache<Entry>): WeakMap<Element, Emitted> {
  let map = emissionsByCache.get(cache);
  if (!map) {
    map = new WeakMap();
    emissionsByCache.set(cache, map);
  }
  return map;
}

export function emit(
  article: Element,
  r: ArticleReading,
  inputs: EmitInputs,
  provisional: ProvisionalIds,
  pageId: string,
  identity: PageIdentity,
  cache: ElementCache<Entry>,
): Emitted {
  const { parent, occurrence, postId } = inputs;
  const id = r.commentId ? `${PLATFORM}:${r.commentId}` : provisional.idFor(r.key, occurrence);
  if (!r.commentId) cache.provisionalIds.add(id);
  const depth = parent ? parent.depth + 1 : 0;
  const comment: FoundComment = {
    element: article,
    id,
    pageId,
    postId,
    platform: PLATFORM,
    parentId: parent?.id ?? null,
    depth,
    authorName: r.authorName,
    authorUrl: r.authorUrl,
    text: r.text,
    createdAt: r.createdAt,
    permalink: r.permalink,
    reactions: r.reactions,
    byPage: identity.isPage(r.authorKey),
    provisional: r.commentId === null,
  };
  if (r.commentId && cache.provisionalIds.size > 0) {
    const twin = provisional.idFor(r.key, occurrence);
    if (cache.provisionalIds.has(twin)) comment.provisionalId = twin;
  }
  return { inputs, placed: { id, depth }, comment: cache.stable.settle(comment) };
}
