import { type ElementCache, readThroughCache, type Remembered, remember, type Watch } from './cache';

/**
 * What the page changed since the last read, worked out from MutationObserver records, so a
 * re-read can skip every comment nothing happened in instead of checking each one again.
 */

/** Node.ELEMENT_NODE, without relying on a `Node` global (content-script worlds, happy-dom). */
const ELEMENT = 1;

export interface Changes {
  /**
   * Comments to read again: the nearest comment around every mutated node, and every comment
   * in an added subtree (what happened to it while detached was never observed).
   */
  dirty: Set<Element>;
  /** Comments inside added subtrees, new or moved; a moved one must leave its old place. */
  added: Set<Element>;
  /** Roots of added subtrees still in the document. */
  addedRoots: Element[];
  /** Something was removed: readings of elements no longer connected must go. */
  removed: boolean;
  /** Mutated elements that are in no comment: the structure around comments may have changed. */
  outside: Element[];
}

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT;
}

/** Resolved at read time: a target since removed is covered by its removal's own record. */
export function changesFrom(records: readonly MutationRecord[], commentSelector: string): Changes {
  const changes: Changes = {
    dirty: new Set(),
    added: new Set(),
    addedRoots: [],
    removed: false,
    outside: [],
  };
  const targets = new Set<Node>();
  const roots = new Set<Element>();
  for (const record of records) {
    if (record.removedNodes.length > 0) changes.removed = true;
    for (const node of record.addedNodes) if (isElement(node)) roots.add(node);
    if (targets.has(record.target)) continue;
    targets.add(record.target);
    const el = isElement(record.target) ? record.target : record.target.parentElement;
    if (!el?.isConnected) continue;
    const comment = el.closest(commentSelector);
    if (comment) changes.dirty.add(comment);
    else changes.outside.push(el);
  }
  for (const root of roots) {
    if (!root.isConnected) continue;
    changes.addedRoots.push(root);
    if (root.matches(commentSelector)) changes.added.add(root);
    for (const comment of root.querySelectorAll(commentSelector)) changes.added.add(comment);
  }
  for (const comment of changes.added) changes.dirty.add(comment);
  return changes;
}

/** DOCUMENT_POSITION_PRECEDING: the argument comes before the node. */
const PRECEDING = 2;

/**
 * Whether `el` comes after `earlier` in the document. The common case, an append, is settled
 * by the nearest previous sibling on `el`'s way up holding `earlier`; compareDocumentPosition,
 * which Chromium answers by walking a list of thousands of siblings, is the fallback.
 */
function follows(el: Element, earlier: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) {
    const prev = a.previousElementSibling;
    if (!prev) continue;
    if (prev === earlier || prev.contains(earlier)) return true;
    break;
  }
  return (el.compareDocumentPosition(earlier) & PRECEDING) !== 0;
}

/**
 * The last read's comment list (document order) brought up to date: disconnected and moved
 * comments out, `fresh` ones in at their place. Appends, the common case, take one comparison.
 */
export function updateOrder(
  list: readonly Element[],
  changes: Changes,
  fresh: readonly Element[],
): Element[] {
  const next =
    changes.removed || changes.added.size > 0
      ? list.filter((el) => el.isConnected && !changes.added.has(el))
      : [...list];
  for (const el of fresh) {
    const last = next.at(-1);
    if (!last || follows(el, last)) {
      next.push(el);
      continue;
    }
    let lo = 0;
    let hi = next.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const probe = next[mid];
      if (probe && el.compareDocumentPosition(probe) & PRECEDING) lo = mid + 1;
      else hi = mid;
    }
    next.splice(lo, 0, el);
  }
  return next;
}

/**
 * With mutation records (`changes`), a clean element's last reading is trusted as is and a
 * dirty one read again, neither checked; without, the signature check decides, as always.
 */
export function readKnowing<R extends { watch: Watch } | null>(
  cache: ElementCache<Remembered<R>>,
  element: Element,
  changes: Changes | null,
  read: (element: Element) => R,
): R {
  if (!changes) return readThroughCache(cache, element, read);
  const clean = changes.dirty.has(element) ? undefined : cache.reuse(element);
  return clean ? clean.reading : readAfresh(cache, element, read);
}

/** Reads an element known to have changed (a miss), skipping the signature check. */
export function readAfresh<R extends { watch: Watch } | null>(
  cache: ElementCache<Remembered<R>>,
  element: Element,
  read: (element: Element) => R,
): R {
  cache.stats.misses++;
  return remember(cache, element, read);
}
