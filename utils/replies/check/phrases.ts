/**
 * Word-sequence matching for the rules' cue lists. A phrase is words separated by spaces; a word
 * ending in "*" matches any word starting with it ("apolog*" → "apologise", "apologies"). A
 * phrase never spans punctuation: "maaf, kakak lupa" holds no "maaf kakak".
 * Phrases are indexed by their first word (or its first three letters for a prefix), so a text
 * costs one lookup per word plus the few phrases that start there.
 */
import { HEAD, wordsOf, type Text, type Word } from './words';

interface Part {
  key: string;
  prefix: boolean;
}

interface Entry {
  parts: Part[];
  phrase: string;
}

export interface Match {
  /** Word indexes [from, to). */
  from: number;
  to: number;
  /** The phrase as listed. */
  phrase: string;
}

function parse(phrase: string): Part[] {
  const parts: Part[] = [];
  for (const piece of phrase.split(' ')) {
    const prefix = piece.endsWith('*');
    // "e-mail", "Serum-C" are two words in a text, so in a phrase too.
    const keys = wordsOf((prefix ? piece.slice(0, -1) : piece).normalize('NFKC')).map((w) => w.key);
    keys.forEach((key, i) => parts.push({ key, prefix: prefix && i === keys.length - 1 }));
  }
  return parts;
}

function fits(part: Part, word: Word): boolean {
  return part.prefix ? word.key.startsWith(part.key) : word.key === part.key;
}

export class Phrases {
  private readonly exact = new Map<string, Entry[]>();
  private readonly stems = new Map<string, Entry[]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const parts = parse(phrase);
      const first = parts[0];
      if (first === undefined) continue;
      // A prefix shorter than HEAD letters would need a scan of every phrase: index it whole.
      const byStem = first.prefix && first.key.length >= HEAD;
      const map = byStem ? this.stems : this.exact;
      const k = byStem ? first.key.slice(0, HEAD) : first.key;
      if (first.prefix && !byStem) parts[0] = { key: first.key, prefix: false };
      const list = map.get(k) ?? [];
      list.push({ parts, phrase });
      map.set(k, list);
    }
  }

  private at(words: readonly Word[], i: number, to: number): Match | null {
    const word = words[i] as Word;
    return (
      this.first(this.exact.get(word.key), words, i, to) ??
      this.first(this.stems.get(word.head), words, i, to)
    );
  }

  private first(list: Entry[] | undefined, words: readonly Word[], i: number, to: number): Match | null {
    if (list === undefined) return null;
    for (const { parts, phrase } of list) {
      if (i + parts.length > to) continue;
      let ok = true;
      for (let j = 0; j < parts.length && ok; j++) {
        const w = words[i + j] as Word;
        ok = fits(parts[j] as Part, w) && (j === 0 || !w.broken);
      }
      if (ok) return { from: i, to: i + parts.length, phrase };
    }
    return null;
  }

  /** The first phrase found in words [from, to). */
  find(words: readonly Word[], from = 0, to = words.length): Match | null {
    const end = Math.min(to, words.length);
    for (let i = Math.max(0, from); i < end; i++) {
      const m = this.at(words, i, end);
      if (m !== null) return m;
    }
    return null;
  }

  /** Every phrase found in words [from, to), left to right, not overlapping. */
  findAll(words: readonly Word[], from = 0, to = words.length): Match[] {
    const out: Match[] = [];
    const end = Math.min(to, words.length);
    for (let i = Math.max(0, from); i < end; i++) {
      const m = this.at(words, i, end);
      if (m === null) continue;
      out.push(m);
      i = m.to - 1;
    }
    return out;
  }

  in(text: Text): boolean {
    return this.find(text.words) !== null;
  }
}

/** Phrases written compactly: lines of comma-separated phrases ("maaf, mohon maaf, sorry"). */
export function list(...lines: string[]): string[] {
  return lines
    .flatMap((line) => line.split(','))
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export function phrases(...lines: string[]): Phrases {
  return new Phrases(list(...lines));
}
