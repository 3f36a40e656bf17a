import type { Platform } from '../capture/schema';
import { StableComments } from './stable';
import type { ReadCache, ReadCacheStats } from './types';

/**
 * An adapter's memory between reads: element → what was read from it and how to tell whether
 * it changed since. A WeakMap, so nodes the page drops (virtualised threads) are freed with them.
 */
export class ElementCache<T> implements ReadCache {
  readonly stats: ReadCacheStats = { hits: 0, misses: 0 };
  /** Provisional ids handed out so far: a real id whose provisional twin is here was upgraded. */
  readonly provisionalIds = new Set<string>();
  /** Unchanged comments come back as the same objects, read after read. */
  readonly stable = new StableComments();
  private readonly entries = new WeakMap<Element, T>();
  /** Records noted since the last read; null when not told (the next read checks everything). */
  private pending: MutationRecord[] | null = null;

  constructor(readonly platform: Platform) {}

  noteMutations(records: readonly MutationRecord[]): void {
    (this.pending ??= []).push(...records);
  }

  /** Whether the cache has been told of mutations (maybe none) since the last read. */
  get told(): boolean {
    return this.pending !== null;
  }

  /** What was noted since the last read, and forgets it: each read consumes its own changes. */
  takeRecords(): MutationRecord[] | null {
    const records = this.pending;
    this.pending = null;
    return records;
  }

  /** The last reading, trusted as is: the caller knows from mutation records nothing changed. */
  reuse(element: Element): T | undefined {
    const entry = this.entries.get(element);
    if (entry !== undefined) this.stats.hits++;
    return entry;
  }

  /** The element's entry when `isCurrent` says it still holds, else undefined (read it again). */
  lookup(element: Element, isCurrent: (entry: T) => boolean): T | undefined {
    const entry = this.entries.get(element);
    if (entry !== undefined && isCurrent(entry)) {
      this.stats.hits++;
      return entry;
    }
    this.stats.misses++;
    return undefined;
  }

  store(element: Element, entry: T): T {
    this.entries.set(element, entry);
    return entry;
  }
}

/** Per-document caches for callers that pass none (held weakly: they go with the document). */
const defaults = new WeakMap<Document, Partial<Record<Platform, ElementCache<unknown>>>>();

/**
 * The cache to use: the caller's, when it is this adapter's (another adapter's cache holds other
 * readings), else the document's default one, so every caller gets incremental reads and
 * provisional → real upgrades.
 */
export function ownCache<T>(
  cache: ReadCache | undefined,
  platform: Platform,
  doc: Document,
): ElementCache<T> {
  if (cache instanceof ElementCache && cache.platform === platform) return cache as ElementCache<T>;
  const forDoc = defaults.get(doc) ?? {};
  defaults.set(doc, forDoc);
  const found = forDoc[platform] ?? new ElementCache<unknown>(platform);
  forDoc[platform] = found;
  return found as ElementCache<T>;
}

/** The few nodes whose change means "read again"; anything added or removed shows in the count. */
export interface Watch {
  /** Links whose href matters: all of them while the id is unknown, else the permalink. */
  links: readonly Element[];
  /** The reaction / like counter read last time. */
  counter: Element | null;
  text: Element | null;
}

function signatureOf(watch: Watch | null): string {
  if (!watch) return '';
  let signature = '';
  for (const link of watch.links) signature += `${link.getAttribute('href')} `;
  if (watch.counter) signature += `|${watch.counter.getAttribute('aria-label')}${watch.counter.textContent}`;
  // A text node swapped for a new one keeps the old one's length: isConnected tells them apart.
  if (watch.text) signature += `|${watch.text.isConnected}${watch.text.textContent?.length}`;
  return signature;
}

/**
 * An element's last reading and how to tell it is unchanged without walking it again: its live
 * descendant collection (browsers keep the count until that subtree mutates) plus the watched
 * nodes' signature. Relative-time texts ("2h" → "3h") are deliberately not watched.
 */
export interface Remembered<R> {
  all: HTMLCollection;
  size: number;
  signature: string;
  reading: R;
}

export function readThroughCache<R extends { watch: Watch } | null>(
  cache: ElementCache<Remembered<R>>,
  element: Element,
  read: (element: Element) => R,
): R {
  const hit = cache.lookup(
    element,
    (e) => e.all.length === e.size && signatureOf(e.reading?.watch ?? null) === e.signature,
  );
  return hit ? hit.reading : remember(cache, element, read);
}

/**
 * Reads the element and remembers it with what `readThroughCache` checks, so a later read
 * without mutation records can still tell whether it changed.
 */
export function remember<R extends { watch: Watch } | null>(
  cache: ElementCache<Remembered<R>>,
  element: Element,
  read: (element: Element) => R,
): R {
  const all = element.getElementsByTagName('*');
  const reading = read(element);
  const entry = { all, size: all.length, signature: signatureOf(reading?.watch ?? null), reading };
  return cache.store(element, entry).reading;
}
