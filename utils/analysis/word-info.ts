/**
 * Everything the scorers need to know about one written word, computed once and cached:
 * comments repeat the same few thousand words, so most tokens cost a single Map lookup.
 */
import { CUE_INDEX } from './cue-index';
import type { CueKind } from './cue-lists';
import { EMOJI_VALENCE } from './emoji';
import { languageVote, type Vote } from './language';
import { LEXICON_EN } from './lexicon-en';
import { LEXICON_ID } from './lexicon-id';
import { modelVersion, weightsOf } from './model';
import { normalizeWord } from './normalize';
import type { Candidate } from './phrases';
import { SLANG } from './slang';
import { CONTRAST, DOWNTONERS, INTENSIFIERS, NEGATORS } from './words';

export interface WordInfo {
  /** Normalised form ("gk" → "tidak", "bagusss" → "bagus"). */
  word: string;
  /** The word without a trailing -nya ("harganya" → "harga"); same as word otherwise. */
  stem: string;
  stretched: boolean;
  /** Lexicon valence, 0 when the word carries none. */
  valence: number;
  negator: boolean;
  contrast: boolean;
  /** Multiplier on a neighbour's valence (1 = none). */
  strength: number;
  lang: Vote;
  /** Model weights (positive, negative) of the word, and of the word under negation. */
  weights: readonly [number, number];
  negatedWeights: readonly [number, number];
  /** Cue phrases starting with the word, and with its stem when that differs. */
  cues: readonly Candidate<CueKind>[] | undefined;
  stemCues: readonly Candidate<CueKind>[] | undefined;
}

const CACHE = new Map<string, WordInfo>();
const FIXED = new Map<string, WordInfo>();
const CACHE_LIMIT = 20_000;
let cachedVersion = modelVersion();

function checkVersion(): void {
  if (cachedVersion === modelVersion()) return;
  CACHE.clear();
  FIXED.clear();
  cachedVersion = modelVersion();
}

let extraKnown: ReadonlySet<string> = new Set();
/** The model's vocabulary also counts as known words when undoing stretched letters. */
export function setKnownWords(words: ReadonlySet<string>): void {
  extraKnown = words;
  CACHE.clear();
  FIXED.clear();
}
function known(w: string): boolean {
  return LEXICON_ID.has(w) || LEXICON_EN.has(w) || extraKnown.has(w) || SLANG.has(w);
}

function build(word: string, stretched: boolean): WordInfo {
  const stem = word.length > 5 && word.endsWith('nya') ? word.slice(0, -3) : word;
  return {
    word,
    stem,
    stretched,
    valence: LEXICON_ID.get(word) ?? LEXICON_EN.get(word) ?? EMOJI_VALENCE.get(word) ?? 0,
    negator: NEGATORS.has(word),
    contrast: CONTRAST.has(word),
    strength: INTENSIFIERS.get(word) ?? DOWNTONERS.get(word) ?? 1,
    lang: languageVote(word),
    weights: weightsOf(word),
    negatedWeights: weightsOf('!' + word),
    cues: CUE_INDEX.candidates(word),
    stemCues: stem === word ? undefined : CUE_INDEX.candidates(stem),
  };
}

/** Info for a word token as written. */
export function wordInfo(raw: string): WordInfo {
  checkVersion();
  let info = CACHE.get(raw);
  if (info === undefined) {
    const n = normalizeWord(raw, known);
    info = build(n.word, n.stretched);
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    CACHE.set(raw, info);
  }
  return info;
}

/** Info for a non-word token: an emoji as itself, '@', 'URL', 'NUM', '#tag', '?' or '!'. */
export function fixedInfo(key: string): WordInfo {
  checkVersion();
  let info = FIXED.get(key);
  if (info === undefined) {
    info = build(key, false);
    if (FIXED.size < CACHE_LIMIT) FIXED.set(key, info);
  }
  return info;
}
