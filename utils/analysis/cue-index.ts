/** The cue phrases of cue-lists.ts indexed by first word; a phrase's value is its kind's number. */
import { CUE_LISTS, type CueKind } from './cue-lists';
import { PhraseIndex } from './phrases';

/** The cue kinds in a fixed order: kind k is bit k of a Signals mask (signals.ts). */
export const CUE_KINDS = Object.keys(CUE_LISTS) as CueKind[];
if (CUE_KINDS.length > 31) throw new Error('cue kinds must fit in a 31-bit mask');

/** Bit of each cue kind: test one with Signals.has(CUE.failure). */
export const CUE = Object.fromEntries(CUE_KINDS.map((k, i) => [k, 1 << i])) as Record<CueKind, number>;

export const CUE_INDEX = new PhraseIndex<number>(
  CUE_KINDS.flatMap((k, i) => CUE_LISTS[k].split('|').map((p) => [p, i] as const)),
);
