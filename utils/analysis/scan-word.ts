/** The scanner's word runs (tokenize.ts): a word, number, @mention or #hashtag, hashed as it is read. */
import { ASCII, isInvisible, isWordChar } from './chars';
import { KEY_CHARS, packHash, packRun } from './word-key';
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
 * beyond ASCII): small enough to be inlined into the scanner. Packs the lower-cased word into
 * its key as it reads it (word-key.ts).
 */
export function asciiRun(b: TokenBuffer, text: string, i: number, boundary: number): number {
  const n = text.length;
  let w0 = 0;
  let w1 = 0;
  let w2 = 0;
  let w3 = 0;
  let letters = 0;
  let upper = 0;
  let d = 0;
  let j = i;
  for (; j < n; j++) {
    d = text.charCodeAt(j);
    let lc = d;
    if (d >= 97 && d <= 122) letters++;
    else {
      if (d >= 128) return -1;
      const cls = ASCII[d] as number;
      if (cls === 0) break;
      if (cls === 1) {
        // A capital (small letters never get here): packed lower-cased.
        letters++;
        upper++;
        lc = d + 32;
      }
    }
    const k = j - i;
    const v = lc << ((k & 3) << 3);
    if (k < 4) w0 |= v;
    else if (k < 8) w1 |= v;
    else if (k < 12) w2 |= v;
    else if (k < KEY_CHARS) w3 |= v;
  }
  if (j < n && (d === 39 || d === 46 || d === 95)) return -1;
  const len = j - i;
  if (len <= MAX_WORD) {
    const flags = boundary | (letters >= 2 && upper === letters ? CAPS : 0) | (upper > 0 ? UPPER : 0);
    const t = b.n;
    push(b, letters === 0 ? NUM : WORD, i, j, flags, len <= KEY_CHARS ? packHash(w0, w1, w2, w3, len) : -1);
    b.key0[t] = w0;
    b.key1[t] = w1;
    b.key2[t] = w2;
    b.key3[t] = w3;
  }
  return j;
}

/** Any run of word characters from i (c = its first character; @mentions and #hashtags too);
 * returns where it ends. */
export function scanRun(b: TokenBuffer, text: string, i: number, c: number, boundary: number): number {
  const n = text.length;
  let j = c === 64 || c === 35 ? i + 1 : i;
  let letters = 0;
  let upper = 0;
  let invisible = false;
  let dot = false;
  while (j < n) {
    const d = text.charCodeAt(j);
    const cls = d < 128 ? (ASCII[d] as number) : isWordChar(text, j, d) ? 1 : 0;
    if (cls !== 0) {
      if (cls === 1) {
        letters++;
        if (d >= 65 && d <= 90) upper++;
      }
      j++;
    } else if (
      (d === 39 || d === 8217 || d === 46 || d === 95) &&
      j + 1 < n &&
      isWordChar(text, j + 1, text.charCodeAt(j + 1))
    ) {
      // don't, I'm, user.name, user_name, 1.250: keep joined (the joined letter is not counted).
      if (d === 46) dot = true;
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
    const t = b.n;
    push(b, kind, i, j, flags, -1);
    // "don't", "I'm": packed too when plain ASCII (a dot may make a link: that is read via its string).
    if (kind === WORD && !dot && !invisible && j - i <= KEY_CHARS) packRun(b, t, text, i, j, upper > 0);
  }
  return j;
}
