/**
 * A word's record (word-table.ts) written from its WordInfo: the numbers the scorers read, and
 * flags for the word classes they test, so a token needs no string compared or object read.
 */
import { CUE_INDEX } from './cue-index';
import * as S from './sarcasm-words';
import type { WordInfo } from './word-info';
import {
  F_STRENGTH,
  F_VALENCE,
  I_CUE_ONE,
  I_FLAGS,
  I_NEG,
  I_NEG_NEG,
  I_NEG_POS,
  I_POS,
  RECORDS,
  WF,
  WI,
} from './word-table';
import { THANKS as THANKS_WORDS } from './words';

// Record flags (I_FLAGS).
export const NEGATOR = 1;
export const CONTRAST = 2;
export const STRETCHED = 4;
export const LANG_ID = 8;
export const LANG_EN = 16;
/** Cue phrases start with the word or its stem (WordInfo.cues, stemCues). */
export const HAS_CUES = 32;
/** The word, or its stem, is a later word of some cue phrase: only then can a phrase go on here. */
export const IN_PHRASE = 64;
export const STEM_IN_PHRASE = 128;
/** Cue phrases of more than one word start with the word, or with its stem. */
export const LONG_CUES = 16384;
export const LONG_STEM_CUES = 32768;
/** Formula thanks (words.ts THANKS). */
export const THANKS = 256;
// Sarcasm's word classes (sarcasm-words.ts).
export const IRONIC = 512;
export const TIME_UNIT = 1024;
export const FAILURE_NEGATION = 2048;
export const FAILURE_AFTER_NEG = 4096;
export const FAILURE_WORD = 8192;

const LATER_WORDS = CUE_INDEX.laterWords();

/** By record id; filled up front so words stored at scattered slots keep the array packed. */
const INFOS = new Array<WordInfo | undefined>(RECORDS).fill(undefined);

/** The flags of a record. */
export function flagsOf(id: number): number {
  return WI[16 * id + I_FLAGS] as number;
}

/** The WordInfo of a record. */
export function infoOf(id: number): WordInfo {
  return INFOS[id] as WordInfo;
}

/** The kinds of the one-word cues in a list, as bits (signals.ts). */
function oneWordMask(list: WordInfo['cues']): number {
  let mask = 0;
  for (const e of list ?? []) if (e.rest.length === 0) mask |= 1 << e.value;
  return mask;
}

function hasLong(list: WordInfo['cues']): boolean {
  return list !== undefined && list.some((e) => e.rest.length > 0);
}

/** Writes what the scorers read of `w` into record `id`; returns the id. */
export function store(id: number, w: WordInfo): number {
  INFOS[id] = w;
  WF[8 * id + F_VALENCE] = w.valence;
  WF[8 * id + F_STRENGTH] = w.strength;
  const r = 16 * id;
  WI[r + I_FLAGS] =
    (w.negator ? NEGATOR : 0) |
    (w.contrast ? CONTRAST : 0) |
    (w.stretched ? STRETCHED : 0) |
    (w.lang === 1 ? LANG_ID : w.lang === 2 ? LANG_EN : 0) |
    (w.cues !== undefined || w.stemCues !== undefined ? HAS_CUES : 0) |
    (hasLong(w.cues) ? LONG_CUES : 0) |
    (hasLong(w.stemCues) ? LONG_STEM_CUES : 0) |
    (LATER_WORDS.has(w.word) ? IN_PHRASE : 0) |
    (LATER_WORDS.has(w.stem) ? STEM_IN_PHRASE : 0) |
    (THANKS_WORDS.has(w.word) ? THANKS : 0) |
    (S.IRONIC.has(w.word) ? IRONIC : 0) |
    (S.TIME_UNITS.has(w.word) ? TIME_UNIT : 0) |
    (S.FAILURE_NEGATIONS.has(w.word) ? FAILURE_NEGATION : 0) |
    (S.FAILURE_AFTER_NEG.has(w.word) ? FAILURE_AFTER_NEG : 0) |
    (S.FAILURE_WORDS.has(w.word) ? FAILURE_WORD : 0);
  WI[r + I_CUE_ONE] = oneWordMask(w.cues) | oneWordMask(w.stemCues);
  WI[r + I_POS] = w.pos;
  WI[r + I_NEG] = w.neg;
  WI[r + I_NEG_POS] = w.negatedPos;
  WI[r + I_NEG_NEG] = w.negatedNeg;
  return id;
}
