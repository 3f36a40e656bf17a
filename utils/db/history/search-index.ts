import type { TanggapDb } from '../database';
import { entryMatcher, hasFilters, type HistoryEntry, type HistoryQuery } from './filters';
import { interner } from './entry';
import { patchEntries } from './patch-entries';
import { readAllEntries, readEntries } from './read-entries';
import type { Written } from './watch-writes';

/** Past this many changed comments, reading everything again is cheaper than one by one. */
const REBUILD_OVER = 20_000;

export interface SearchResult {
  total: number;
  ids: string[];
}

/**
 * Every stored comment as a small entry (folded text, labels as small values), newest first, in
 * the background's memory: a search or filter over 100,000 comments is one pass over plain
 * objects instead of a walk over IndexedDB. Built on first use, then kept fresh by patching
 * the comments each write touched (told through `written`, see history-state.ts). Searches and
 * updates run one at a time.
 */
export class HistoryIndex {
  #entries: HistoryEntry[] | null = null;
  #version = 0;
  #wanted = false;
  #stale = false;
  #pending = new Set<string>();
  #updating: Promise<HistoryEntry[]> | null = null;
  #last: { key: string; version: number; matches: readonly HistoryEntry[] } | null = null;
  readonly #intern = interner();

  constructor(private readonly db: TanggapDb) {}

  /** True once searches no longer wait for the whole table to be read. */
  get ready(): boolean {
    return this.#entries !== null && !this.#stale;
  }

  async search(q: HistoryQuery, offset: number, limit: number): Promise<SearchResult> {
    const entries = await this.#current();
    const set = Object.entries(q.filters).filter(([, v]) => v !== undefined);
    const key = JSON.stringify([q.query.trim(), set.sort()]);
    let matches: readonly HistoryEntry[];
    if (this.#last?.key === key && this.#last.version === this.#version) matches = this.#last.matches;
    else {
      matches = hasFilters(q) ? entries.filter(entryMatcher(q)) : entries;
      // Scrolling asks the same search for window after window.
      this.#last = { key, version: this.#version, matches };
    }
    return { total: matches.length, ids: matches.slice(offset, offset + limit).map((e) => e.id) };
  }

  /** Some comments were written (or, 'all', maybe any). */
  written(written: Written): void {
    // Until the history is first opened there is nothing to keep fresh.
    if (!this.#wanted) return;
    if (written === 'all') this.#stale = true;
    else for (const id of written) this.#pending.add(id);
    if (this.#pending.size > REBUILD_OVER) this.#stale = true;
    if (this.#stale) this.#pending.clear();
  }

  async #current(): Promise<HistoryEntry[]> {
    this.#wanted = true;
    while (this.#updating) await this.#updating.catch(() => undefined);
    if (this.#entries !== null && !this.#stale && this.#pending.size === 0) return this.#entries;
    this.#updating = this.#update().finally(() => (this.#updating = null));
    return this.#updating;
  }

  async #update(): Promise<HistoryEntry[]> {
    let entries = this.#entries;
    try {
      if (entries === null || this.#stale) {
        this.#stale = false;
        this.#pending.clear();
        entries = await readAllEntries(this.db, this.#intern);
      }
      // Writes made while the table was being read are in #pending by now.
      if (this.#pending.size > 0) {
        const ids = [...this.#pending];
        this.#pending.clear();
        entries = patchEntries(entries, await readEntries(this.db, ids, this.#intern));
      }
    } catch (error) {
      // The changes taken from #pending are lost with this attempt: read everything next time.
      this.#stale = true;
      throw error;
    }
    this.#entries = entries;
    this.#version++;
    return entries;
  }
}
