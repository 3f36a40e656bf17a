/**
 * The words and sentences of a reply or comment, read once for every rule. No pattern here can
 * backtrack (one character class, or a class run split by apostrophes), so a 100 kB draft costs one pass.
 */

export interface Word {
  /** Lower case with every run of a repeated character written once ("maaaf" → "maf"). */
  key: string;
  /** The key's first HEAD characters: the index of phrases that start with a prefix. */
  head: string;
  /** Lower case as written. */
  lower: string;
  start: number;
  end: number;
  /** Written with a capital first letter (a name, a sentence start). */
  cap: boolean;
  /** The character right before the word when it is "@", "#" or "^" (a mention, tag, initials). */
  mark: string;
  /** Punctuation stands between this word and the one before ("maaf, kakak"): no phrase spans it. */
  broken: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of its first word and one past its last (equal when it has none). */
  from: number;
  to: number;
  question: boolean;
}

export interface Text {
  /** NFKC-normalised without invisible characters: "𝐇𝐚𝐥𝐨" and "Ha\u200blo" read as "Halo". */
  clean: string;
  words: Word[];
  sentences: Sentence[];
}

export const HEAD = 3;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** A word: letters, marks and digits, with inner apostrophes ("we'll", "don't"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER_FIRST = /^\p{Lu}/u;

/** Writes each run of one repeated character once: "makasihhh" and "makasih" share a key. */
export function collapse(lower: string): string {
  let out = '';
  let prev = '';
  for (const ch of lower) {
    if (ch !== prev) out += ch;
    prev = ch;
  }
  return out;
}

/** Marks that end a clause; spaces, hyphens and slashes ("e-mail", "Bapak/Ibu") join words. */
const BREAKS = new Set([...',.;:!?()[]{}"“”…\n']);

function brokenBetween(clean: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BREAKS.has(clean[i] as string)) return true;
  return false;
}

export function wordsOf(clean: string): Word[] {
  const out: Word[] = [];
  let prevEnd = 0;
  for (const m of clean.matchAll(WORD)) {
    const start = m.index;
    const broken = out.length > 0 && brokenBetween(clean, prevEnd, start);
    prevEnd = start + m[0].length;
    const lower = m[0].toLowerCase().replace(/\u2019/g, "'");
    const before = start > 0 ? clean[start - 1] : '';
    const key = collapse(lower);
    out.push({
      key,
      head: key.slice(0, HEAD),
      lower,
      start,
      end: start + m[0].length,
      cap: UPPER_FIRST.test(m[0]),
      mark: before === '@' || before === '#' || before === '^' ? before : '',
      broken,
    });
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A sentence ends at a line break, "…", a "!" or "?" not inside a link ("help?topic=1"), or a "."
 * followed by a space (not "Rp 45.000", "brand.id").
 */
function isEnd(s: string, i: number): boolean {
  const c = s[i];
  if (c === '\n' || c === '…') return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const next = s[i + 1];
  if (next === undefined) return true;
  return c === '.' ? next === ' ' || next === '\n' || next === '\t' || next === '\r' : !WORD_CHAR.test(next);
}

function sentencesOf(clean: string, words: readonly Word[]): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let w = 0;
  let question = false;
  const close = (end: number): void => {
    const from = w;
    while (w < words.length && (words[w] as Word).start < end) w++;
    if (from < w || clean.slice(start, end).trim() !== '') out.push({ start, end, from, to: w, question });
    question = false;
  };
  for (let i = 0; i < clean.length; i++) {
    if (!isEnd(clean, i)) continue;
    if (clean[i] === '?') question = true;
    // "?!", "...", "!!!" end one sentence, not several.
    while (i + 1 < clean.length && isEnd(clean, i + 1)) {
      if (clean[i + 1] === '?') question = true;
      i++;
    }
    close(i + 1);
    start = i + 1;
  }
  if (start < clean.length) close(clean.length);
  return out;
}

export function prepare(raw: string): Text {
  const clean = raw.normalize('NFKC').replace(INVISIBLE, '');
  const words = wordsOf(clean);
  return { clean, words, sentences: sentencesOf(clean, words) };
}

/** Length in characters as a person counts them (code points, not UTF-16 units). */
export function charCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // The high half of a surrogate pair starts a character; its low half does not.
    if (c < 0xdc00 || c > 0xdfff || i === 0 || (s.charCodeAt(i - 1) & 0xfc00) !== 0xd800) n++;
  }
  return n;
}
