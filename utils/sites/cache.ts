import type { Platform } from '../capture/schema';
import type { ReadCache, ReadCacheStats } from './types';

interface Entry<T> {
  signature: string;
  value: T;
}

/**
 * An adapter's memory between reads: element → last reading and the signature it was read
 * with. A WeakMap, so nodes the page drops (virtualised threads) are freed with them.
 */
export class ElementCache<T> implements ReadCache {
  readonly stats: ReadCacheStats = { hits: 0, misses: 0 };
  /** Provisional ids handed out so far: a real id whose provisional twin is here was upgraded. */
  readonly provisionalIds = new Set<string>();
  private readonly entries = new WeakMap<Element, Entry<T>>();

  constructor(readonly platform: Platform) {}

  lookup(element: Element, signature: string): T | undefined {
    const entry = this.entries.get(element);
    if (entry && entry.signature === signature) {
      this.stats.hits++;
      return entry.value;
    }
    this.stats.misses++;
    return undefined;
  }

  store(element: Element, signature: string, value: T): T {
    this.entries.set(element, { signature, value });
    return value;
  }
}

/** The adapter's own cache, or a throwaway one: another adapter's cache holds other readings. */
export function ownCache<T>(cache: ReadCache | undefined, platform: Platform): ElementCache<T> {
  if (cache instanceof ElementCache && cache.platform === platform) return cache as ElementCache<T>;
  return new ElementCache<T>(platform);
}
