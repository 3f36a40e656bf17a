/** The scanner's word runs (tokenize.ts): a word, number, @mention or #hashtag, hashed as it is read. */
import { ASCII, FNV_PRIME, FNV_START, isInvisible, isWordChar } from './chars';
import { CAPS, DOT, HASHTAG, INVISIBLE_IN, MENTION, NUM, UPPER, WORD, type TokenBuffer } from './token';

/** Longer "words" are noise (base64, keyboard mashing): they are skipped, not copied. */
const MAX_WORD = 40;

/** Appends a token to the buffer. */
export function push(
  b: TokenBuffer,
  kind: number,
  start: number,
  end: number,
  flags: number,
  hash: number,
): void {
  const k = b.n++;
  b.kind[k] = kind;
  b.start[k] = start;
  b.end[k] = end;
  b.flags[k] = flags;
  b.hash[k] = hash;
}

/** Appends an emoji, emoticon or punct token and its text. */
export function pushSym(
  b: TokenBuffer,
  kind: number,
  start: number,
  end: number,
  flags: number,
  sym: string,
): void {
  b.sym[b.n] = sym;
  push(b, kind, start, end, flags, -1);
}

/**
 * The common word: ASCII letters and digits, ended by a space or punctuation. Returns where it
 * ends, or -1 when it needs scanRun (an apostrophe, dot or underscore after it, or a character
 * beyond ASCII): small enough to be inlined into the scanner.
 */
export function asciiRun(b: TokenBuffer, text: string, i: number, boundary: number): number {
  const n = text.length;
  let h = FNV_START;
  let letters = 0;
  let upper = 0;
  let d = 0;
  let j = i;
  for (; j < n; j++) {
    d = text.charCodeAt(j);
    if (d >= 97 && d <= 122) {
      letters++;
      h = Math.imul(h ^ d, FNV_PRIME);
      continue;
    }
    if (d >= 128) return -1;
    const cls = ASCII[d] as number;
    if (cls === 0) break;
    if (cls === 1) {
      // A capital (small letters were taken above): hashed lower-cased.
      letters++;
      upper++;
      h = Math.imul(h ^ (d + 32), FNV_PRIME);
    } else h = Math.imul(h ^ d, FNV_PRIME);
  }
  if (j < n && (d === 39 || d === 46 || d === 95)) return -1;
  if (j - i <= MAX_WORD) {
    const flags = boundary | (letters >= 2 && upper === letters ? CAPS : 0) | (upper > 0 ? UPPER : 0);
    push(b, letters === 0 ? NUM : WORD, i, j, flags, h & 0x7fffffff);
  }
  return j;
}

/** A run of word characters from i (c = its first character); returns where it ends. */
export function scanRun(b: TokenBuffer, text: string, i: number, c: number, boundary: number): number {
  const n = text.length;
  let j = c === 64 || c === 35 ? i + 1 : i;
  let letters = 0;
  let upper = 0;
  let invisible = false;
  let dot = false;
  // Hash of the lower-cased run while its characters pass by; -1 once one is not ASCII.
  let h = FNV_START;
  let ascii = true;
  while (j < n) {
    // Lower-case ASCII letters, most of any text: the tightest loop, counted when it ends.
    const from = j;
    let d = 0;
    for (; j < n; j++) {
      d = text.charCodeAt(j);
      if (d < 97 || d > 122) break;
      h = Math.imul(h ^ d, FNV_PRIME);
    }
    letters += j - from;
    // A space ends most words.
    if (j >= n || d === 32) break;
    // Other ASCII by table, no call.
    const cls = d < 128 ? (ASCII[d] as number) : isWordChar(text, j, d) ? 1 : 0;
    if (cls !== 0) {
      if (cls === 1) {
        letters++;
        if (d >= 65 && d <= 90) {
          upper++;
          h = Math.imul(h ^ (d + 32), FNV_PRIME);
        } else h = Math.imul(h ^ d, FNV_PRIME);
      } else h = Math.imul(h ^ d, FNV_PRIME);
      if (d >= 128) ascii = false;
      j++;
    } else if (
      (d === 39 || d === 8217 || d === 46 || d === 95) &&
      j + 1 < n &&
      isWordChar(text, j + 1, text.charCodeAt(j + 1))
    ) {
      // don't, I'm, user.name, user_name, 1.250: keep joined (the joined letter is not counted).
      const e = text.charCodeAt(j + 1);
      if (d === 46) dot = true;
      if (d === 8217 || e >= 128) ascii = false;
      h = Math.imul(Math.imul(h ^ d, FNV_PRIME) ^ (e >= 65 && e <= 90 ? e + 32 : e), FNV_PRIME);
      j += 2;
    } else if (isInvisible(d) && j + 1 < n && isWordChar(text, j + 1, text.charCodeAt(j + 1))) {
      // Zero-width characters inside a word ("g\u200bk") hide nothing: drop them.
      invisible = true;
      j++;
    } else break;
  }
  if (j - i <= MAX_WORD) {
    const kind = c === 64 ? MENTION : c === 35 ? HASHTAG : letters === 0 ? NUM : WORD;
    const flags =
      boundary |
      (letters >= 2 && upper === letters ? CAPS : 0) |
      (dot ? DOT : 0) |
      (invisible ? INVISIBLE_IN : 0) |
      (upper > 0 ? UPPER : 0);
    push(b, kind, i, j, flags, ascii && !invisible ? h & 0x7fffffff : -1);
  }
  return j;
}
