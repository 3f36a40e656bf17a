/** Resolves a word token to its record (word-ids.ts): the packed fast path, or via its string. */
import { rawOf } from './tokenize';
import { DOT, UPPER, type TokenBuffer } from './token';
import { packedWordId, wordId } from './word-ids';
import { hashOf } from './word-key';

/** Top-level domains that make a "word" a bare link (luminadeals.shop, bit.ly). */
const TLDS = new Set('com id net org shop ly co xyz io me info site store online link app'.split(' '));

function isDomain(lower: string): boolean {
  const dot = lower.lastIndexOf('.');
  return dot > 0 && TLDS.has(lower.slice(dot + 1));
}

/** The record id of word token i, or -1 for a bare domain (the token becomes a URL). */
export function wordToken(t: TokenBuffer, text: string, i: number): number {
  const h = t.hash[i] as number;
  const f = t.flags[i] as number;
  // Plain ASCII words come packed from the scanner: no string.
  if (h >= 0) {
    const start = t.start[i] as number;
    const end = t.end[i] as number;
    return packedWordId(
      t.key0[i] as number,
      t.key1[i] as number,
      t.key2[i] as number,
      t.key3[i] as number,
      text,
      start,
      end,
      h,
      (f & UPPER) !== 0,
    );
  }
  // A dot, an apostrophe, zero-width characters or letters beyond ASCII: read via the string.
  const raw = rawOf(t, text, i);
  const lower = (f & UPPER) === 0 ? raw : raw.toLowerCase();
  if ((f & DOT) !== 0 && isDomain(lower)) return -1;
  return wordId(lower, hashOf(lower));
}
