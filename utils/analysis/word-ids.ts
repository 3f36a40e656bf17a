/**
 * Tokens resolve to record ids (word-table.ts): the scorers read a word's numbers from its flat
 * record and reach its WordInfo object (infoOf) only for what is rare (cue phrases, the word
 * itself). Words are built on first sight (word-info.ts): no start-up cost.
 */
import { modelVersion } from './model';
import { MAX_TOKENS } from './token';
import { build, lookUp, type WordInfo } from './word-info';
import { store } from './word-record';
import { FIRST_TEMP, FIXED_IDS, MAX_WORDS, WordTable } from './word-table';

const TABLE = new WordTable();
const FIXED = new Map<string, number>();
let builtFor = -1;
let temps = 0;

/** Call once per comment, before resolving its tokens: forgets every word after the model
 * weights change, and makes room for the comment's words (never mid-comment, so its ids hold). */
export function beginComment(): void {
  temps = 0;
  if (builtFor !== modelVersion()) {
    TABLE.clear();
    FIXED.clear();
    builtFor = modelVersion();
  } else if (TABLE.words > MAX_WORDS - MAX_TOKENS) TABLE.clear();
}

let touched = 0;

/** Brings the table's cache lines for the scanned words in, all at once (WordTable.touch). */
export function touchWords(hashes: Int32Array, n: number): void {
  touched = (touched + TABLE.touch(hashes, n)) | 0;
}

/** A record for this comment only (what is not remembered). */
function temp(w: WordInfo): number {
  return store(FIRST_TEMP + temps++, w);
}

/** Record id of a word already in lower case; `h` is its hashOf() (word-key.ts). */
export function wordId(lower: string, h: number): number {
  const id = TABLE.find(lower, h);
  if (id >= 0) return id;
  const info = lookUp(lower);
  return lower.length <= 24 ? store(TABLE.add(lower, h), info) : temp(info);
}

/** Record id of a word the scanner packed (TokenBuffer.key0-3, text[start, end), hash `h`);
 * `upper`: it has capitals, so it is read lower-cased. A word seen before costs no string. */
export function packedWordId(
  w0: number,
  w1: number,
  w2: number,
  w3: number,
  text: string,
  start: number,
  end: number,
  h: number,
  upper: boolean,
): number {
  const id = TABLE.findPacked(w0, w1, w2, w3, end - start, h);
  if (id >= 0) return id;
  const raw = text.slice(start, end);
  return wordId(upper ? raw.toLowerCase() : raw, h);
}

/** Record id of a non-word token: an emoji as itself, '@', '#', 'URL', 'NUM', '?' or '!'. */
export function fixedId(key: string): number {
  const id = FIXED.get(key);
  if (id !== undefined) return id;
  if (FIXED.size >= FIXED_IDS) return temp(build(key));
  const fresh = store(FIXED.size, build(key));
  FIXED.set(key, fresh);
  return fresh;
}
