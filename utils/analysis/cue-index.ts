/** The cue phrases of cue-lists.ts indexed by first word. */
import { CUE_LISTS, type CueKind } from './cue-lists';
import { PhraseIndex } from './phrases';

export const CUE_INDEX = new PhraseIndex<CueKind>(
  (Object.keys(CUE_LISTS) as CueKind[]).flatMap((k) => CUE_LISTS[k].split('|').map((p) => [p, k] as const)),
);
