/**
 * A word's key in the word table: a plain-ASCII word of up to KEY_CHARS characters is its
 * characters packed four to an int (four ints) (exact, so telling two words apart is three comparisons, not
 * a loop over characters), hashed by mixing the ints; any other word is its string, hashed FNV-1a.
 * The scanner packs a word as it reads it (scan-word.ts).
 */
import type { TokenBuffer } from './token';

/** Longest word that is packed. */
export const KEY_CHARS = 16;

/** Hash of a packed word (31 bits, never negative). */
export function packHash(w0: number, w1: number, w2: number, w3: number, len: number): number {
  let x = Math.imul(w0 ^ len, 0x9e3779b1);
  x = Math.imul(x ^ (x >>> 15) ^ w1, 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13) ^ w2, 0xc2b2ae35);
  x = Math.imul(x ^ (x >>> 16) ^ w3, 0x27d4eb2f);
  return (x ^ (x >>> 16)) & 0x7fffffff;
}

/** Packs the word into out[0..3]; false when it cannot be (not plain ASCII, or too long). */
export function packWord(s: string, out: Int32Array): boolean {
  if (s.length > KEY_CHARS) return false;
  out[0] = 0;
  out[1] = 0;
  out[2] = 0;
  out[3] = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return false;
    out[k >> 2] = (out[k >> 2] as number) | (c << ((k & 3) << 3));
  }
  return true;
}

const PACKED = new Int32Array(4);

/** The table's hash of a lower-cased word. */
export function hashOf(s: string): number {
  if (packWord(s, PACKED))
    return packHash(
      PACKED[0] as number,
      PACKED[1] as number,
      PACKED[2] as number,
      PACKED[3] as number,
      s.length,
    );
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h & 0x7fffffff;
}

/** Packs token t, text[i, j), lower-cased when `lower` (as prepare.ts reads it), and hashes it;
 * leaves it unhashed if a character is beyond ASCII. */
export function packRun(b: TokenBuffer, t: number, text: string, i: number, j: number, lower: boolean): void {
  const w = PACK;
  w.fill(0);
  for (let k = 0; k < j - i; k++) {
    let c = text.charCodeAt(i + k);
    if (c >= 128) return;
    if (lower && c >= 65 && c <= 90) c += 32;
    w[k >> 2] = (w[k >> 2] as number) | (c << ((k & 3) << 3));
  }
  b.key0[t] = w[0] as number;
  b.key1[t] = w[1] as number;
  b.key2[t] = w[2] as number;
  b.key3[t] = w[3] as number;
  b.hash[t] = packHash(w[0] as number, w[1] as number, w[2] as number, w[3] as number, j - i);
}

const PACK = new Int32Array(4);
