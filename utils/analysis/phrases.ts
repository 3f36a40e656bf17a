/**
 * Matches multi-word cues against the normalised tokens without building strings: phrases are
 * indexed by their first word, so each token costs one Map lookup.
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

  /** Every word a phrase starts with. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** The phrases starting with this word (cache it: it saves a lookup per token). */
  candidates(first: string): readonly Candidate<T>[] | undefined {
    return this.byFirst.get(first);
  }

  /** Calls `hit` for every phrase among `list` that starts at token i. */
  static matchAt<T>(
    list: readonly Candidate<T>[],
    words: readonly { word: string; stem: string }[],
    stem: boolean,
    i: number,
    hit: (value: T, text: string) => void,
  ): void {
    for (const e of list) {
      let ok = true;
      for (let k = 0; k < e.rest.length; k++) {
        const w = words[i + 1 + k];
        if (w === undefined || (stem ? w.stem : w.word) !== e.rest[k]) {
          ok = false;
          break;
        }
      }
      if (ok) hit(e.value, e.text);
    }
  }
}
