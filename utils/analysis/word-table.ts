/**
 * The word memory of word-info.ts, flat: what the scorers read of a word sits in one 64-byte
 * record of a typed array, next to the word's key (word-key.ts), so resolving a token touches one
 * cache line and builds no string. Objects and Maps chased several heap objects per token; that
 * was a third of analyze()'s time.
 *
 * Records by id: [0, FIXED_IDS) non-word tokens, then the open-addressed word table itself (a
 * word's record is its slot: no separate slot array to read first, a cache miss fewer per word
 * in a feed), then one per token of the current comment for what is not remembered (long words).
 */
import { MAX_TOKENS } from './token';
import { packWord } from './word-key';

const SLOTS = 1 << 15;
const MASK = SLOTS - 1;
/** Remembered words at most (under half the slots, so probes stay short). */
export const MAX_WORDS = 15_000;
export const FIXED_IDS = 2048;
/** A word's record id is FIRST_WORD + its slot: the slot is the record. */
export const FIRST_WORD = FIXED_IDS;
export const FIRST_TEMP = FIRST_WORD + SLOTS;
export const RECORDS = FIRST_TEMP + MAX_TOKENS;

// Record layout: Float64 index 8·id + F_*, Int32 index 16·id + I_*. A packed key is its
// length and four ints; any other key has STRING_KEY added to its length and is in stringKeys.
export const F_VALENCE = 0;
export const F_STRENGTH = 1;
export const I_FLAGS = 4;
export const I_POS = 5;
export const I_NEG = 6;
export const I_NEG_POS = 7;
export const I_NEG_NEG = 8;
const I_KEY_LEN = 9;
const I_KEY0 = 10;
const I_KEY1 = 11;
const I_KEY2 = 12;
const I_KEY3 = 13;
/** One-word cue kinds of the word and its stem, as bits (signals.ts). */
export const I_CUE_ONE = 14;
const STRING_KEY = 0x10000;

// One buffer, two views. Untouched pages of a large zeroed buffer cost no memory.
const BUFFER = new ArrayBuffer(RECORDS * 64);
export const WF = new Float64Array(BUFFER);
export const WI = new Int32Array(BUFFER);
const PACKED = new Int32Array(4);

export class WordTable {
  private readonly stringKeys: (string | undefined)[] = [];
  private size = 0;

  get words(): number {
    return this.size;
  }

  clear(): void {
    // An empty key marks a free slot.
    for (let id = FIRST_WORD; id < FIRST_TEMP; id++) WI[16 * id + I_KEY_LEN] = 0;
    this.size = 0;
  }

  /** Id of the packed word (w0-w3, len characters; word-key.ts) whose hash is `h`, or -1. */
  findPacked(w0: number, w1: number, w2: number, w3: number, len: number, h: number): number {
    let slot = h & MASK;
    for (;;) {
      const r = 16 * (FIRST_WORD + slot);
      const l = WI[r + I_KEY_LEN] as number;
      if (l === 0) return -1;
      if (
        l === len &&
        WI[r + I_KEY0] === w0 &&
        WI[r + I_KEY1] === w1 &&
        WI[r + I_KEY2] === w2 &&
        WI[r + I_KEY3] === w3
      )
        return FIRST_WORD + slot;
      slot = (slot + 1) & MASK;
    }
  }

  /**
   * Reads the home slot of each hash and the record it names, and nothing more: loads that do
   * not wait on each other, so the processor fetches them together and the lookups that follow
   * find their cache lines there (a feed's comments come with cold caches). Returns a number so
   * the reads are not optimised away.
   */
  touch(hashes: Int32Array, n: number): number {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const h = hashes[i] as number;
      if (h >= 0) sum += WI[16 * (FIRST_WORD + (h & MASK)) + I_KEY_LEN] as number;
    }
    return sum;
  }

  /** Id of `key` (hash `h`, hashOf(key)), or -1. */
  find(key: string, h: number): number {
    if (packWord(key, PACKED))
      return this.findPacked(
        PACKED[0] as number,
        PACKED[1] as number,
        PACKED[2] as number,
        PACKED[3] as number,
        key.length,
        h,
      );
    let slot = h & MASK;
    for (;;) {
      const id = FIRST_WORD + slot;
      const l = WI[16 * id + I_KEY_LEN] as number;
      if (l === 0) return -1;
      if (l === (key.length | STRING_KEY) && this.stringKeys[id] === key) return id;
      slot = (slot + 1) & MASK;
    }
  }

  /** Remembers `key` (not present; the table not full): returns its new id. */
  add(key: string, h: number): number {
    this.size++;
    let slot = h & MASK;
    while (WI[16 * (FIRST_WORD + slot) + I_KEY_LEN] !== 0) slot = (slot + 1) & MASK;
    const id = FIRST_WORD + slot;
    const r = 16 * id;
    if (packWord(key, PACKED)) {
      WI[r + I_KEY_LEN] = key.length;
      WI[r + I_KEY0] = PACKED[0] as number;
      WI[r + I_KEY1] = PACKED[1] as number;
      WI[r + I_KEY2] = PACKED[2] as number;
      WI[r + I_KEY3] = PACKED[3] as number;
    } else {
      WI[r + I_KEY_LEN] = key.length | STRING_KEY;
      this.stringKeys[id] = key;
    }
    return id;
  }
}
