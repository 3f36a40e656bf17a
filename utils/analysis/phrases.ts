/**
 * Matches multi-word cues against the normalised tokens without building strings: phrases are
 * indexed by their first word, and each word remembers the phrases it starts (WordInfo.cues).
 */
export interface Candidate<T> {
  rest: string[];
  value: T;
  text: string;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Candidate<T>[]>();

  constructor(entries: readonly (readonly [string, T])[]) {
    for (const [phrase, value] of entries) {
      const words = phrase.split(' ');
      const first = words[0] ?? '';
      const list = this.byFirst.get(first) ?? [];
      list.push({ rest: words.slice(1), value, text: phrase });
      this.byFirst.set(first, list);
    }
  }

  /** Every word that comes after the first in some phrase. */
  laterWords(): Set<string> {
    const out = new Set<string>();
    for (const list of this.byFirst.values()) for (const e of list) for (const w of e.rest) out.add(w);
    return out;
  }

  /** Every word a phrase starts with. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** The phrases starting with this word (cache it: it saves a lookup per token). */
  candidates(first: string): readonly Candidate<T>[] | undefined {
    return this.byFirst.get(first);
  }
}
