/**
 * One-pass scanner: splits a comment into words, numbers, emoji, emoticons, @mentions, URLs,
 * hashtags and the punctuation that carries meaning (? and !). Hand-written instead of regexes
 * so any input, however long or odd, costs time linear in its length.
 */
import {
  ASCII,
  emojiOf,
  FNV_PRIME,
  FNV_START,
  INVISIBLE,
  isInvisible,
  isWordChar,
  matchEmoticon,
} from './chars';

import { isCaps, type Token, type TokenKind, type TokenSink } from './token';

export { hashOf } from './chars';
export { isCaps, type Token, type TokenKind, type TokenSink } from './token';

/** Work stops after this many tokens: long texts stay linear and the opening decides anyway. */
export const MAX_TOKENS = 300;
/** Longer "words" are noise (base64, keyboard mashing): they are skipped, not copied. */
const MAX_WORD = 40;

class Collect implements TokenSink {
  readonly out: Token[] = [];
  run(raw: string, kind: TokenKind, upper: number, letters: number, boundary: boolean): void {
    this.out.push({ kind, raw, caps: isCaps(upper, letters), boundary });
  }
  other(kind: TokenKind, raw: string, boundary: boolean): void {
    this.out.push({ kind, raw, caps: false, boundary });
  }
  full(): boolean {
    return this.out.length >= MAX_TOKENS;
  }
}

export function tokenize(text: string): Token[] {
  const c = new Collect();
  scan(text, c);
  return c.out;
}

/** Scans the text once, feeding `sink`. */
export function scan(text: string, sink: TokenSink): void {
  const n = text.length;
  let i = 0;
  let boundary = true;
  while (i < n && !sink.full()) {
    const c = text.charCodeAt(i);
    // URLs run to the next space.
    if ((c === 104 || c === 119) && (text.startsWith('http', i) || text.startsWith('www.', i))) {
      let j = i;
      while (j < n && text.charCodeAt(j) > 32) j++;
      sink.other('url', text.slice(i, Math.min(j, i + 200)), boundary);
      boundary = false;
      i = j;
      continue;
    }
    if (
      isWordChar(text, i, c) ||
      ((c === 64 || c === 35) && i + 1 < n && isWordChar(text, i + 1, text.charCodeAt(i + 1)))
    ) {
      let j = c === 64 || c === 35 ? i + 1 : i;
      let letters = 0;
      let upper = 0;
      let invisible = false;
      let dot = false;
      // Hash of the lower-cased run while its characters pass by; -1 once one is not ASCII.
      let h = FNV_START;
      let ascii = true;
      while (j < n) {
        const d = text.charCodeAt(j);
        // Lower-case ASCII letters, most of any text: the shortest path.
        if (d >= 97 && d <= 122) {
          letters++;
          h = Math.imul(h ^ d, FNV_PRIME);
          j++;
          continue;
        }
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
          // don't, I'm, user.name, user_name, 1.250: keep joined.
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
        const kind: TokenKind = c === 64 ? 'mention' : c === 35 ? 'hashtag' : letters === 0 ? 'num' : 'word';
        const raw = text.slice(i, j);
        const hash = ascii && !invisible ? h & 0x7fffffff : -1;
        sink.run(invisible ? raw.replace(INVISIBLE, '') : raw, kind, upper, letters, boundary, dot, hash);
      }
      boundary = false;
      i = j;
      continue;
    }
    // Emoticons start with : ; = or <.
    const emo = c === 58 || c === 59 || c === 61 || c === 60 ? matchEmoticon(text, i) : undefined;
    if (emo !== undefined) {
      sink.other('emoticon', emo, boundary);
      boundary = false;
      i += emo.length;
      continue;
    }
    if (c === 63 || c === 33) {
      sink.other('punct', c === 63 ? '?' : '!', false);
      i++;
      continue;
    }
    if (c >= 0x2000) {
      const cp = text.codePointAt(i) ?? c;
      const emoji = emojiOf(cp);
      if (emoji !== null) {
        sink.other('emoji', emoji, boundary);
        boundary = false;
      }
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 10 || c === 40 || c === 41) boundary = true;
    i++;
  }
}
