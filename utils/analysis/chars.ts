/**
 * Character classes for the scanner: single-character tests compiled once, an ASCII table,
 * zero-width characters and emoticons. None of it can backtrack.
 */

/** Zero-width space/joiners, word joiner, BOM. */
export const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
export function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

// Single-character tests, compiled once; none can backtrack.
const LETTER = /\p{L}|\p{M}/u;
const PICTO = /\p{Extended_Pictographic}/u;

/** Pictographs seen so far by code point: the emoji's string, or null for any other symbol.
 * Bounded, so odd input cannot grow it without end. */
const EMOJI = new Map<number, string | null>();

/** The emoji a code point is (its string), or null when it is no pictograph. */
export function emojiOf(cp: number): string | null {
  let e = EMOJI.get(cp);
  if (e === undefined) {
    const ch = String.fromCodePoint(cp);
    e = PICTO.test(ch) ? ch : null;
    if (EMOJI.size < 4096) EMOJI.set(cp, e);
  }
  return e;
}

const EMOTICONS = [
  ':-)',
  ':)',
  ':-(',
  ':(',
  ':D',
  ':-D',
  ';)',
  ';-)',
  ":'(",
  ':p',
  ':P',
  '<3',
  ':/',
  '=)',
  'xD',
  'XD',
  ':v',
];

// ASCII classes in a table: 1 letter, 2 digit.
export const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ASCII[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : c >= 48 && c <= 57 ? 2 : 0;

function isAsciiLetter(c: number): boolean {
  return c < 128 && ASCII[c] === 1;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** Letter-or-not of each UTF-16 unit above ASCII, learnt on first sight (0 not yet known,
 * 1 letter, 2 not): the regex runs once per distinct character, not once per character read. */
const WIDE = new Uint8Array(65536);

export function isWordChar(s: string, i: number, c: number): boolean {
  if (c < 128) return ASCII[c] !== 0;
  let k = WIDE[c] as number;
  if (k === 0) {
    const ch = s[i];
    k = ch !== undefined && LETTER.test(ch) ? 1 : 2;
    WIDE[c] = k;
  }
  return k === 1;
}

/** Second characters an emoticon can have: a run of ":::" costs one check per colon. */
const SECOND = new Set(EMOTICONS.map((e) => e.charCodeAt(1)));

export function matchEmoticon(s: string, i: number): string | undefined {
  if (!SECOND.has(s.charCodeAt(i + 1))) return undefined;
  for (const e of EMOTICONS) {
    if (s.startsWith(e, i)) {
      const next = s.charCodeAt(i + e.length);
      // ":p" inside "http://x:pass" or "xD" inside a word is not an emoticon.
      if (!Number.isNaN(next) && (isAsciiLetter(next) || isDigit(next))) continue;
      const prev = s.charCodeAt(i - 1);
      if (i > 0 && (isAsciiLetter(prev) || isDigit(prev))) continue;
      return e;
    }
  }
  return undefined;
}
