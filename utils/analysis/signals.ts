/**
 * One pass over the prepared comment collecting which cue kinds (cue-lists.ts) occur, with the
 * phrases found: the raw material intents.ts and stage.ts decide from.
 */
import { CUE } from './cue-index';
import type { CueKind } from './cue-lists';
import type { Candidate } from './phrases';
import type { Prepared } from './prepare';
import { HAS_CUES, IN_PHRASE, infoOf, STEM_IN_PHRASE } from './word-ids';
import { I_FLAGS, WI } from './word-table';

/** The cue kinds found as bits (a test is one AND), and the phrases in the order found. */
export class Signals {
  mask = 0;
  private n = 0;
  private readonly kinds: number[] = [];
  private readonly phrases: string[] = [];

  reset(): void {
    this.mask = 0;
    this.n = 0;
  }

  add(kind: number, phrase: string): void {
    this.mask |= 1 << kind;
    this.kinds[this.n] = kind;
    this.phrases[this.n] = phrase;
    this.n++;
  }

  /** A cue kind was found: `bit` is CUE[kind] (a named load, not a lookup by string). */
  has(bit: number): boolean {
    return (this.mask & bit) !== 0;
  }

  /** The first four different phrases found of a kind (only the stage's cues need them). */
  get(kind: CueKind): string[] {
    const out: string[] = [];
    const bit = CUE[kind];
    if (!this.has(bit)) return out;
    const k = Math.log2(bit);
    for (let i = 0; i < this.n && out.length < 4; i++) {
      const phrase = this.phrases[i] as string;
      if (this.kinds[i] === k && !out.includes(phrase)) out.push(phrase);
    }
    return out;
  }
}

/** One Signals reused by every comment: valid until the next collectSignals(). */
const FOUND = new Signals();
const MEDIA = Math.log2(CUE.media);

/** Adds every phrase among `list` that starts at token i (`stem`: match the stems of the words after). */
function matchAt(
  s: Signals,
  list: readonly Candidate<number>[],
  p: Prepared,
  stem: boolean,
  i: number,
): void {
  for (const e of list) {
    const rest = e.rest;
    let ok = i + 1 + rest.length <= p.n;
    for (let k = 0; ok && k < rest.length; k++) {
      const id = p.ids[i + 1 + k] as number;
      // The record says whether the word can be in any phrase: most never are.
      if (((WI[16 * id + I_FLAGS] as number) & (stem ? STEM_IN_PHRASE : IN_PHRASE)) === 0) ok = false;
      else {
        const w = infoOf(id);
        if ((stem ? w.stem : w.word) !== rest[k]) ok = false;
      }
    }
    if (ok) s.add(e.value, e.text);
  }
}

export function collectSignals(p: Prepared): Signals {
  const s = FOUND;
  s.reset();
  const { ids, n } = p;
  for (let i = 0; i < n; i++) {
    const id = ids[i] as number;
    if (((WI[16 * id + I_FLAGS] as number) & HAS_CUES) === 0) continue;
    const w = infoOf(id);
    if (w.cues !== undefined) matchAt(s, w.cues, p, false, i);
    // "harganya" also matches as "harga".
    if (w.stemCues !== undefined) matchAt(s, w.stemCues, p, true, i);
  }
  // Attached media is marked [foto]/[photo] by the page capture; the tokenizer drops brackets.
  // p.text: the scanned text, whose first 4000 characters are the comment's.
  const text = p.text;
  const bracket = text.indexOf('[');
  if (bracket >= 0 && bracket < 4000) {
    const head = text.length > 4000 ? text.slice(0, 4000) : text;
    if (head.includes('[foto]') || head.includes('[photo]')) s.add(MEDIA, '[foto]');
  }
  return s;
}
