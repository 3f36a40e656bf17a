/**
 * Which cue kinds (cue-lists.ts) a prepared comment has, as bits: the raw material intents.ts and
 * stage.ts decide from. One-word cues come as a mask in each word's record (word-ids.ts), so
 * only words that start a longer phrase are matched here (cold caches: most tokens touch nothing
 * but their record); the phrases themselves are found again only for the few kinds the stage
 * shows as its cues (get).
 */
import { CUE } from './cue-index';
import type { CueKind } from './cue-lists';
import type { Candidate } from './phrases';
import type { Prepared } from './prepare';
import { HAS_CUES, IN_PHRASE, infoOf, LONG_CUES, LONG_STEM_CUES, STEM_IN_PHRASE } from './word-record';
import { I_CUE_ONE, I_FLAGS, WI } from './word-table';

/** Whether the phrase `e` starts at token i (`stem`: compare the stems of the words after). */
function matches(e: Candidate<number>, p: Prepared, stem: boolean, i: number): boolean {
  const rest = e.rest;
  if (i + 1 + rest.length > p.n) return false;
  for (let k = 0; k < rest.length; k++) {
    const id = p.ids[i + 1 + k] as number;
    // The record says whether the word can be in any phrase: most never are.
    if (((WI[16 * id + I_FLAGS] as number) & (stem ? STEM_IN_PHRASE : IN_PHRASE)) === 0) return false;
    const w = infoOf(id);
    if ((stem ? w.stem : w.word) !== rest[k]) return false;
  }
  return true;
}

/** The kinds of the longer phrases among `list` that start at token i, as bits. */
function longMask(list: readonly Candidate<number>[], p: Prepared, stem: boolean, i: number): number {
  // Every longer phrase needs a next word that can be in one: most next words cannot.
  if (
    i + 1 >= p.n ||
    ((WI[16 * (p.ids[i + 1] as number) + I_FLAGS] as number) & (stem ? STEM_IN_PHRASE : IN_PHRASE)) === 0
  )
    return 0;
  let mask = 0;
  for (const e of list) if (e.rest.length > 0 && matches(e, p, stem, i)) mask |= 1 << e.value;
  return mask;
}

/** Adds the phrases of kind k among `list` that start at token i to `out` (first four, no repeats). */
function addPhrases(
  out: string[],
  list: readonly Candidate<number>[] | undefined,
  k: number,
  p: Prepared,
  stem: boolean,
  i: number,
): void {
  if (list === undefined) return;
  for (const e of list)
    if (e.value === k && out.length < 4 && matches(e, p, stem, i) && !out.includes(e.text)) out.push(e.text);
}

/** The cue kinds found (a test is one AND), and their phrases on demand. */
export class Signals {
  mask = 0;
  /** The comment carries a photo marker ([foto]). */
  photo = false;
  private p: Prepared | undefined;

  reset(p: Prepared): void {
    this.mask = 0;
    this.photo = false;
    this.p = p;
  }

  /** A cue kind was found: `bit` is CUE[kind] (a named load, not a lookup by string). */
  has(bit: number): boolean {
    return (this.mask & bit) !== 0;
  }

  /** The first four different phrases of a kind, in the order they occur in the comment. */
  get(kind: CueKind): string[] {
    const out: string[] = [];
    const bit = CUE[kind];
    const p = this.p;
    if (!this.has(bit) || p === undefined) return out;
    const k = Math.log2(bit);
    for (let i = 0; i < p.n && out.length < 4; i++) {
      const id = p.ids[i] as number;
      const f = WI[16 * id + I_FLAGS] as number;
      // Only a word with a one-word cue of this kind or a longer phrase can add one.
      if (((WI[16 * id + I_CUE_ONE] as number) & bit) === 0 && (f & (LONG_CUES | LONG_STEM_CUES)) === 0)
        continue;
      const w = infoOf(id);
      addPhrases(out, w.cues, k, p, false, i);
      addPhrases(out, w.stemCues, k, p, true, i);
    }
    if (this.photo && kind === 'media' && out.length < 4 && !out.includes('[foto]')) out.push('[foto]');
    return out;
  }
}

/** One Signals reused by every comment: valid until the next collectSignals(). */
const FOUND = new Signals();

export function collectSignals(p: Prepared): Signals {
  const s = FOUND;
  s.reset(p);
  const { ids, n } = p;
  let mask = 0;
  for (let i = 0; i < n; i++) {
    const id = ids[i] as number;
    const f = WI[16 * id + I_FLAGS] as number;
    if ((f & HAS_CUES) === 0) continue;
    // One-word cues of the word and of its stem ("harganya" also counts as "harga").
    mask |= WI[16 * id + I_CUE_ONE] as number;
    if ((f & (LONG_CUES | LONG_STEM_CUES)) === 0) continue;
    const w = infoOf(id);
    if ((f & LONG_CUES) !== 0 && w.cues !== undefined) mask |= longMask(w.cues, p, false, i);
    if ((f & LONG_STEM_CUES) !== 0 && w.stemCues !== undefined) mask |= longMask(w.stemCues, p, true, i);
  }
  // Attached media is marked [foto]/[photo] by the page capture; the tokenizer drops brackets.
  // p.text: the scanned text, whose first 4000 characters are the comment's.
  const text = p.text;
  const bracket = text.indexOf('[');
  if (bracket >= 0 && bracket < 4000) {
    const head = text.length > 4000 ? text.slice(0, 4000) : text;
    if (head.includes('[foto]') || head.includes('[photo]')) {
      s.photo = true;
      mask |= CUE.media;
    }
  }
  s.mask = mask;
  return s;
}
