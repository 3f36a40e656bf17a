/**
 * The word → info memory of word-info.ts: open addressing with the hashes in a typed array. A
 * lookup touches one Int32Array slot and, on a hash match, one key, where a Map chases several
 * heap objects per token (it was a third of analyze()'s time).
 */
const SLOTS = 1 << 15;
const MASK = SLOTS - 1;
/** Remembered words at most (under half the slots, so probes stay short); then it starts over. */
const MAX_WORDS = 15_000;

export class WordTable<V> {
  /** Hash of slot i with the top bit set, so 0 marks an empty slot and probing reads only this. */
  private hashes = new Int32Array(SLOTS);
  /** Key and value of slot i at 2i and 2i+1: one cache line holds both. */
  private entries: (string | V | undefined)[] = new Array<undefined>(2 * SLOTS).fill(undefined);
  private size = 0;

  clear(): void {
    this.hashes = new Int32Array(SLOTS);
    this.entries = new Array<undefined>(2 * SLOTS).fill(undefined);
    this.size = 0;
  }

  /** The value stored for `key`, whose hashOf() is `h` (chars.ts). */
  get(key: string, h: number): V | undefined {
    const mark = h | 0x80000000;
    const hashes = this.hashes;
    let slot = h & MASK;
    for (;;) {
      const m = hashes[slot] as number;
      if (m === 0) return undefined;
      if (m === mark && this.entries[2 * slot] === key) return this.entries[2 * slot + 1] as V;
      slot = (slot + 1) & MASK;
    }
  }

  /** Stores a key that get() did not find; a full table starts over first. */
  add(key: string, h: number, value: V): void {
    if (this.size >= MAX_WORDS) this.clear();
    let slot = h & MASK;
    while (this.hashes[slot] !== 0) slot = (slot + 1) & MASK;
    this.hashes[slot] = h | 0x80000000;
    this.entries[2 * slot] = key;
    this.entries[2 * slot + 1] = value;
    this.size++;
  }
}
