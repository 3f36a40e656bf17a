/**
 * One-pass scanner: splits a comment into words, numbers, emoji, emoticons, @mentions, URLs,
 * hashtags and the punctuation that carries meaning (? and !). Hand-written instead of regexes
 * so any input, however long or odd, costs time linear in its length.
 */
import { ASCII, emojiOf, INVISIBLE, isWordChar, matchEmoticon } from './chars';
import { asciiRun, push, pushSym, scanRun } from './scan-word';
import {
  BOUNDARY,
  CAPS,
  EMOJI,
  EMOTICON,
  INVISIBLE_IN,
  KIND_NAMES,
  MAX_TOKENS,
  PUNCT,
  TokenBuffer,
  URL,
} from './token';
import type { Token } from './token';

export { MAX_TOKENS, type Token, type TokenKind } from './token';

const BUFFER = new TokenBuffer();

/** The text of token i as written (zero-width characters dropped from words). */
export function rawOf(b: TokenBuffer, text: string, i: number): string {
  const k = b.kind[i];
  if (k === EMOJI || k === EMOTICON || k === PUNCT) return b.sym[i] as string;
  const raw = text.slice(b.start[i], b.end[i]);
  return ((b.flags[i] as number) & INVISIBLE_IN) !== 0 ? raw.replace(INVISIBLE, '') : raw;
}

/** The tokens as objects (tests and tools; analyze() reads the buffer). */
export function tokenize(text: string): Token[] {
  const b = scan(text);
  const out: Token[] = [];
  for (let i = 0; i < b.n; i++) {
    const f = b.flags[i] as number;
    out.push({
      kind: KIND_NAMES[b.kind[i] as number] ?? 'word',
      raw: rawOf(b, text, i),
      caps: (f & CAPS) !== 0,
      boundary: (f & BOUNDARY) !== 0,
    });
  }
  return out;
}

/** "http" or "www." at i (c: the character at i), by character codes: no call per h or w. */
function isLinkStart(text: string, i: number, c: number): boolean {
  return c === 104
    ? text.charCodeAt(i + 1) === 116 && text.charCodeAt(i + 2) === 116 && text.charCodeAt(i + 3) === 112
    : text.charCodeAt(i + 1) === 119 && text.charCodeAt(i + 2) === 119 && text.charCodeAt(i + 3) === 46;
}

/** Scans the text once into the shared token buffer (valid until the next scan). */
export function scan(text: string): TokenBuffer {
  const b = BUFFER;
  b.n = 0;
  const n = text.length;
  let i = 0;
  let boundary = BOUNDARY;
  while (i < n && b.n < MAX_TOKENS) {
    const c = text.charCodeAt(i);
    // Spaces, a sixth of any text, mean nothing here: skip them first.
    if (c === 32) {
      i++;
      continue;
    }
    // URLs run to the next space.
    if ((c === 104 || c === 119) && isLinkStart(text, i, c)) {
      let j = i;
      while (j < n && text.charCodeAt(j) > 32) j++;
      push(b, URL, i, Math.min(j, i + 200), boundary, -1);
      boundary = 0;
      i = j;
      continue;
    }
    if (c < 128 && ASCII[c] !== 0) {
      const j = asciiRun(b, text, i, boundary);
      i = j >= 0 ? j : scanRun(b, text, i, c, boundary);
      boundary = 0;
      continue;
    }
    if (
      (c >= 128 && isWordChar(text, i, c)) ||
      ((c === 64 || c === 35) && i + 1 < n && isWordChar(text, i + 1, text.charCodeAt(i + 1)))
    ) {
      i = scanRun(b, text, i, c, boundary);
      boundary = 0;
      continue;
    }
    // Emoticons start with : ; = or <.
    const emo = c === 58 || c === 59 || c === 61 || c === 60 ? matchEmoticon(text, i) : undefined;
    if (emo !== undefined) {
      pushSym(b, EMOTICON, i, i + emo.length, boundary, emo);
      boundary = 0;
      i += emo.length;
      continue;
    }
    if (c === 63 || c === 33) {
      pushSym(b, PUNCT, i, i + 1, 0, c === 63 ? '?' : '!');
      i++;
      continue;
    }
    if (c >= 0x2000) {
      const cp = text.codePointAt(i) ?? c;
      const w = cp > 0xffff ? 2 : 1;
      const emoji = emojiOf(cp);
      if (emoji !== null) {
        pushSym(b, EMOJI, i, i + w, boundary, emoji);
        boundary = 0;
      }
      i += w;
      continue;
    }
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 10 || c === 40 || c === 41) boundary = BOUNDARY;
    i++;
  }
  return b;
}
