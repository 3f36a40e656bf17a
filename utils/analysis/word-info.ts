/**
 * Everything the scorers need to know about a word, in one dictionary built once from all our
 * word lists and the model's vocabulary: a token costs one Map lookup, like a plain lexicon.
 * Words in no list get a default entry; only odd spellings go through normalize.ts.
 */
import { CUE_INDEX } from './cue-index';
import type { CueKind } from './cue-lists';
import { EMOJI_VALENCE } from './emoji';
import { EN_WORDS, ID_WORDS, languageVote, type Vote } from './language';
import { LEXICON_EN } from './lexicon-en';
import { LEXICON_ID } from './lexicon-id';
import { modelVersion, modelVocabulary, weightsOf } from './model';
import { normalizeWord } from './normalize';
import type { Candidate } from './phrases';
import { SLANG } from './slang';
import { CONTRAST, DOWNTONERS, INTENSIFIERS, NEGATORS } from './words';

export interface WordInfo {
  /** Normalised form ("gk" → "tidak", "bagusss" → "bagus"). */
  word: string;
  /** The word without a trailing -nya ("harganya" → "harga"); same as word otherwise. */
  stem: string;
  /** Letters were stretched ("bagusss"): the writer meant it strongly. */
  stretched: boolean;
  /** Lexicon valence, 0 when the word carries none. */
  valence: number;
  negator: boolean;
  contrast: boolean;
  /** Multiplier on a neighbour's valence (1 = none). */
  strength: number;
  lang: Vote;
  /** Model weights (positive, negative) of the word, and of the word under negation. */
  pos: number;
  neg: number;
  negatedPos: number;
  negatedNeg: number;
  /** Cue phrases starting with the word, and with its stem when that differs. */
  cues: readonly Candidate<CueKind>[] | undefined;
  stemCues: readonly Candidate<CueKind>[] | undefined;
}

const ZERO: readonly [number, number] = [0, 0];

function stemOf(word: string): string {
  return word.length > 5 && word.endsWith('nya') ? word.slice(0, -3) : word;
}

/** Every WordInfo comes from here, so all share one object shape (fast property access). */
function make(word: string, stretched: boolean, listed: boolean): WordInfo {
  const stem = stemOf(word);
  const w = listed ? weightsOf(word) : ZERO;
  const nw = listed ? weightsOf('!' + word) : ZERO;
  return {
    word,
    stem,
    stretched,
    valence: listed ? (LEXICON_ID.get(word) ?? LEXICON_EN.get(word) ?? EMOJI_VALENCE.get(word) ?? 0) : 0,
    negator: listed && NEGATORS.has(word),
    contrast: listed && CONTRAST.has(word),
    strength: listed ? (INTENSIFIERS.get(word) ?? DOWNTONERS.get(word) ?? 1) : 1,
    lang: listed ? languageVote(word) : stem === word ? 0 : 1,
    pos: w[0],
    neg: w[1],
    negatedPos: nw[0],
    negatedNeg: nw[1],
    cues: listed ? CUE_INDEX.candidates(word) : undefined,
    stemCues: stem === word ? undefined : CUE_INDEX.candidates(stem),
  };
}

function build(word: string): WordInfo {
  return make(word, false, true);
}

/** Our lists, as built; DICT starts as a copy and also remembers spellings seen since. */
let BASE = new Map<string, WordInfo>();
let DICT = new Map<string, WordInfo>();
let seen = 0;
let builtFor = -1;
/** Spellings in no list are remembered too (one lookup next time), up to this many. */
const MAX_SEEN = 10_000;

function buildDictionary(): void {
  const d = new Map<string, WordInfo>();
  const add = (w: string): void => {
    if (!d.has(w)) d.set(w, build(w));
  };
  for (const list of [LEXICON_ID.keys(), LEXICON_EN.keys(), NEGATORS, CONTRAST, INTENSIFIERS.keys(), DOWNTONERS.keys(), ID_WORDS, EN_WORDS, CUE_INDEX.firstWords()]) {
    for (const w of list) add(w);
  }
  for (const f of modelVocabulary()) add(f.startsWith('!') ? f.slice(1) : f);
  for (const [from, to] of SLANG) {
    add(to);
    if (!d.has(from)) d.set(from, d.get(to) as WordInfo);
  }
  BASE = d;
  DICT = new Map(d);
  seen = 0;
  builtFor = modelVersion();
}

// Spelling decisions consult our lists only, so results never depend on what was seen before.
const known = (w: string): boolean => BASE.has(w);

/** Call once per comment: rebuilds the dictionary after the model weights change. */
export function checkVersion(): void {
  if (builtFor !== modelVersion()) buildDictionary();
}

/** Info for a word already in lower case. */
export function wordInfo(lower: string): WordInfo {
  const hit = DICT.get(lower);
  if (hit !== undefined) return hit;
  const n = normalizeWord(lower, known);
  const base = n.word === lower ? undefined : BASE.get(n.word);
  const info = base === undefined ? make(n.word, n.stretched, false) : n.stretched ? make(n.word, true, true) : base;
  if (seen >= MAX_SEEN) {
    DICT = new Map(BASE);
    seen = 0;
  }
  if (lower.length <= 24) {
    DICT.set(lower, info);
    seen++;
  }
  return info;
}

const FIXED = new Map<string, WordInfo>();
/** Info for a non-word token: an emoji as itself, '@', '#', 'URL', 'NUM', '?' or '!'. */
export function fixedInfo(key: string): WordInfo {
  let info = FIXED.get(key);
  if (info === undefined || builtFor !== modelVersion()) {
    info = build(key);
    if (FIXED.size < 2000) FIXED.set(key, info);
  }
  return info;
}
