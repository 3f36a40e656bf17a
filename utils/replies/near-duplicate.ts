/**
 * Finds copy-paste replies: word-pair shingles after names and numbers become placeholders, an
 * inverted index from each shingle's hash to the replies holding it, and Jaccard similarity from
 * the overlap counts. Replies that normalise to the same shingles share one entry, so a template
 * sent to a thousand people costs the index one posting per shingle, not a thousand.
 */
import { prepare, type Word } from './check/words';

const NAME = '\u0001name';
const NUMBER = '\u0001number';
/** Words a name follows (as keys: repeated letters written once, so "kk" is "k"). */
const TITLES = new Set(['k', 'ka', 'kak', 'kakak', 'bapak', 'ibu', 'pak', 'bu', 'bpk', 'mas', 'mbak', 'mba']);
for (const t of ['om', 'tante', 'sis', 'gan', 'bro', 'dear', 'mr', 'mrs', 'ms', 'mis']) TITLES.add(t);
const GREETINGS = new Set(['hi', 'hai', 'halo', 'helo', 'hey', 'hei', 'hy']);
const DIGIT = /\p{N}/u;

/** The reply's words with names and numbers as placeholders: "Halo Kak Rina Putri" ≈ "halo kak Budi". */
export function shingleWords(text: string): string[] {
  const { clean, words } = prepare(text);
  const out: string[] = [];
  let nameLeft = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const prev = i > 0 ? (words[i - 1] as Word) : undefined;
    const joined = prev !== undefined && clean.slice(prev.end, w.start).trim() === '';
    let token = w.key;
    if (w.mark === '@' || w.mark === '^') token = NAME;
    else if (DIGIT.test(w.key)) token = NUMBER;
    else if (
      prev !== undefined &&
      !TITLES.has(w.key) &&
      (TITLES.has(prev.key) || (GREETINGS.has(prev.key) && !GREETINGS.has(w.key)))
    ) {
      token = NAME;
      // "Kak Rina Putri": a capitalised full name; "kak rina" written in lower case: one word.
      nameLeft = w.cap ? 2 : 0;
    } else if (nameLeft > 0 && w.cap && joined) {
      token = NAME;
      nameLeft--;
    } else nameLeft = 0;
    // One placeholder for a whole name.
    if (token === NAME && out[out.length - 1] === NAME && joined) continue;
    out.push(token);
  }
  return out;
}

/** FNV-1a, 32 bits. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** The distinct hashed word pairs of a text (its one word when it has only one), ascending. */
export function shingles(text: string): Int32Array {
  const words = shingleWords(text);
  const set = new Set<number>();
  if (words.length === 1) set.add(hash(words[0] as string));
  for (let i = 1; i < words.length; i++) set.add(hash(`${words[i - 1] as string} ${words[i] as string}`));
  return Int32Array.from(set).sort();
}

/** An index this small never counts absences: its lists are short anyway. */
const MIN_FOR_ABSENT = 64;

export class NearDuplicateIndex {
  /** Shingle hash → the entries holding it, ascending. */
  private readonly holding = new Map<number, number[]>();
  /**
   * For shingles in over half the entries ("halo kak", "terima kasih"): the entries lacking it,
   * ascending. A query counts those instead, so a template every reply shares costs its few
   * exceptions, not ten thousand increments.
   */
  private readonly lacking = new Map<number, number[]>();
  /** Per entry: its number of shingles and the newest text index with exactly these shingles. */
  private readonly sizes: number[] = [];
  private readonly newest: number[] = [];
  private readonly entryOf = new Map<string, number>();
  private counts = new Int32Array(64);
  private added = 0;

  constructor(texts?: Iterable<string>) {
    if (texts !== undefined) for (const t of texts) this.add(t);
  }

  get size(): number {
    return this.added;
  }

  add(text: string): void {
    const index = this.added++;
    const set = shingles(text);
    if (set.length === 0) return;
    const signature = set.join(',');
    const known = this.entryOf.get(signature);
    if (known !== undefined) {
      this.newest[known] = index;
      return;
    }
    const entry = this.sizes.length;
    this.entryOf.set(signature, entry);
    this.sizes.push(set.length);
    this.newest.push(index);
    const has = new Set(set);
    for (const h of set) {
      const list = this.holding.get(h);
      if (list === undefined) this.holding.set(h, [entry]);
      else list.push(entry);
    }
    for (const [h, list] of this.lacking) if (!has.has(h)) list.push(entry);
    this.rebalance(set);
  }

  /** Starts counting absences for shingles now in over half the entries, stops under a quarter. */
  private rebalance(set: Int32Array): void {
    const n = this.sizes.length;
    if (n < MIN_FOR_ABSENT) return;
    for (const h of set) {
      const list = this.holding.get(h) as number[];
      if (this.lacking.has(h) || list.length * 2 <= n) continue;
      const lacking: number[] = [];
      let k = 0;
      for (let e = 0; e < n; e++) {
        if (list[k] === e) k++;
        else lacking.push(e);
      }
      this.lacking.set(h, lacking);
    }
    for (const h of this.lacking.keys()) {
      if ((this.holding.get(h)?.length ?? 0) * 4 < n) this.lacking.delete(h);
    }
  }

  /** Highest similarity 0..1 of text to any indexed text (the newest on a tie); null when none shares a shingle. */
  nearest(text: string): { similarity: number; index: number } | null {
    const query = shingles(text);
    const n = this.sizes.length;
    if (query.length === 0 || n === 0) return null;
    if (this.counts.length < n) this.counts = new Int32Array(n * 2);
    const counts = this.counts;
    const touched: number[] = [];
    // Shingles shared by every entry except those listed as lacking them.
    let everyone = 0;
    for (const h of query) {
      const lacking = this.lacking.get(h);
      if (lacking !== undefined) {
        everyone++;
        for (let i = 0; i < lacking.length; i++) {
          const e = lacking[i] as number;
          counts[e] = (counts[e] as number) - 1;
        }
        continue;
      }
      const list = this.holding.get(h);
      if (list === undefined) continue;
      for (let i = 0; i < list.length; i++) {
        const e = list[i] as number;
        if (counts[e] === 0) touched.push(e);
        counts[e] = (counts[e] as number) + 1;
      }
    }
    let best = 0;
    let index = -1;
    const consider = (e: number): void => {
      const shared = everyone + (counts[e] as number);
      counts[e] = 0;
      if (shared <= 0) return;
      const similarity = shared / (query.length + (this.sizes[e] as number) - shared);
      const at = this.newest[e] as number;
      if (similarity > best || (similarity === best && at > index)) {
        best = similarity;
        index = at;
      }
    };
    // With an absence counted every entry is a candidate; otherwise only those touched.
    if (everyone > 0) for (let e = 0; e < n; e++) consider(e);
    else for (const e of touched) consider(e);
    return index < 0 ? null : { similarity: best, index };
  }
}
