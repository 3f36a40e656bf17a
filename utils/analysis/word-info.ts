/**
 * Everything the scorers need to know about a word, in one dictionary built once from all our
 * word lists and the model's vocabulary (word-ids.ts remembers it per word and lays it out
 * flat). Words in no list get a default entry; only odd spellings go through normalize.ts.
 */
import { CUE_INDEX } from './cue-index';
import { EMOJI_VALENCE } from './emoji';
import { EN_WORDS, ID_WORDS, languageVote, type Vote } from './language';
import { LEXICON_EN } from './lexicon-en';
import { LEXICON_ID } from './lexicon-id';
import { modelScale, NO_WEIGHTS, weightsOf } from './model';
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
  /** Model weights (positive, negative) of the word, and of the word under negation, as the
   * stored integers (weight × modelScale()): small integers live in the object itself, where
   * fractions would each be a separate heap number to fetch. Sums of them divided by the scale
   * equal the sums of the weights exactly (the weights are multiples of 1/scale). */
  pos: number;
  neg: number;
  negatedPos: number;
  negatedNeg: number;
  /** Cue phrases starting with the word, and with its stem when that differs (value: the
   * cue kind's number, cue-index.ts). */
  cues: readonly Candidate<number>[] | undefined;
  stemCues: readonly Candidate<number>[] | undefined;
}

function stemOf(word: string): string {
  return word.length > 5 && word.endsWith('nya') ? word.slice(0, -3) : word;
}

/** Every WordInfo comes from here, so all share one object shape (fast property access). */
function make(word: string, stretched: boolean, isListed: boolean): WordInfo {
  const stem = stemOf(word);
  const w = isListed ? weightsOf(word) : NO_WEIGHTS;
  const nw = isListed ? weightsOf('!' + word) : NO_WEIGHTS;
  const sc = modelScale();
  return {
    word,
    stem,
    stretched,
    valence: isListed ? (LEXICON_ID.get(word) ?? LEXICON_EN.get(word) ?? EMOJI_VALENCE.get(word) ?? 0) : 0,
    negator: isListed && NEGATORS.has(word),
    contrast: isListed && CONTRAST.has(word),
    strength: isListed ? (INTENSIFIERS.get(word) ?? DOWNTONERS.get(word) ?? 1) : 1,
    lang: isListed ? languageVote(word) : stem === word ? 0 : 1,
    pos: Math.round(w[0] * sc) | 0,
    neg: Math.round(w[1] * sc) | 0,
    negatedPos: Math.round(nw[0] * sc) | 0,
    negatedNeg: Math.round(nw[1] * sc) | 0,
    cues: isListed ? CUE_INDEX.candidates(word) : undefined,
    stemCues: stem === word ? undefined : CUE_INDEX.candidates(stem),
  };
}

/** The info of a non-word token: an emoji as itself, '@', '#', 'URL', 'NUM', '?' or '!'. */
export function build(word: string): WordInfo {
  return make(word, false, true);
}

/** In one of our lists or the model: the word carries something. */
function listed(w: string): boolean {
  return (
    LEXICON_ID.has(w) ||
    LEXICON_EN.has(w) ||
    NEGATORS.has(w) ||
    CONTRAST.has(w) ||
    INTENSIFIERS.has(w) ||
    DOWNTONERS.has(w) ||
    ID_WORDS.has(w) ||
    EN_WORDS.has(w) ||
    CUE_INDEX.candidates(w) !== undefined ||
    weightsOf(w) !== NO_WEIGHTS ||
    weightsOf('!' + w) !== NO_WEIGHTS
  );
}

// Spelling decisions consult our lists only, so results never depend on what was seen before.
const known = (w: string): boolean => SLANG.has(w) || listed(w);

/** The info of a word already in lower case. */
export function lookUp(lower: string): WordInfo {
  const slang = SLANG.get(lower);
  if (slang !== undefined) return make(slang, false, listed(slang));
  if (listed(lower)) return make(lower, false, true);
  const n = normalizeWord(lower, known);
  if (n.word === lower) return make(lower, n.stretched, false);
  return make(n.word, n.stretched, listed(n.word));
}
