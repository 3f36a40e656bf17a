/**
 * Sentiment evidence from a prepared comment in one pass: lexicon valence with negation,
 * intensifiers and "but" clauses, and the word features the trained model weighs.
 * Shared by the runtime scorer and scripts/train-sentiment.ts so both see the same features.
 */
import { modelScale } from './model';
import type { Prepared } from './prepare';
import { BOUNDARY, CAPS, EMOJI, EMOTICON, PUNCT, WORD } from './token';
import { CONTRAST, infoOf, NEGATOR, STRETCHED } from './word-record';
import { F_STRENGTH, F_VALENCE, I_FLAGS, I_NEG, I_NEG_NEG, I_NEG_POS, I_POS, WF, WI } from './word-table';

export interface Cue {
  /** The token (its index; rawAt() gives it as written), and its word's record id (word-ids.ts). */
  at: number;
  id: number;
  value: number;
}

export interface Evidence {
  /** Model features: normalised words, "!word" inside a negation's scope, emoji (trainer only). */
  feats: string[];
  /** Summed positive and negative lexicon valence (both >= 0). */
  lexPos: number;
  lexNeg: number;
  /** log1p of lexPos and lexNeg, computed once for the model and the scorer (0 without a cue). */
  logPos: number;
  logNeg: number;
  cues: Cue[];
  /** Features before this index sit in a clause a "but" overrides: they count half. */
  contrastAt: number;
  /** Summed lexicon valence after the last "but" (0 without one): "X sih, tapi Y" follows Y. */
  afterContrast: number;
  /** Summed model weights of the word features, with that halving applied. */
  wordPos: number;
  wordNeg: number;
}

const NEGATION_SPAN = 3;
const NO_FEATS: string[] = [];

/** `withFeats`: also list the feature strings (the trainer needs them; analyze() does not). */
export function collectEvidence(p: Prepared, withFeats = false): Evidence {
  // Only the trainer wants the feature strings: analyze() shares one empty list.
  const feats: string[] = withFeats ? [] : NO_FEATS;
  const cues: Cue[] = [];
  let negLeft = 0;
  let contrastAt = 0;
  let firstAfter = -1;
  // Model sums before the last "but" (counted half) and after it.
  let preP = 0;
  let preN = 0;
  let curP = 0;
  let curN = 0;
  const { ids, n } = p;
  const { kind, flags } = p.tokens;
  for (let i = 0; i < n; i++) {
    const k = kind[i] as number;
    const f = flags[i] as number;
    if ((f & BOUNDARY) !== 0 || k === PUNCT) negLeft = 0;
    // Only words, emoji and emoticons carry sentiment.
    if (k !== WORD && k !== EMOJI && k !== EMOTICON) continue;
    // The word's record (word-table.ts): flags, model weights, valence.
    const id = ids[i] as number;
    const r = 16 * id;
    const wf = WI[r + I_FLAGS] as number;
    if ((wf & CONTRAST) !== 0 && i > 0) {
      // The clause before "but" counts half.
      for (const c of cues) c.value *= 0.5;
      firstAfter = cues.length;
      negLeft = 0;
      if (withFeats) feats.push(infoOf(id).word);
      preP += curP + (WI[r + I_POS] as number);
      preN += curN + (WI[r + I_NEG] as number);
      curP = 0;
      curN = 0;
      contrastAt = withFeats ? feats.length : 0;
      continue;
    }
    if ((wf & NEGATOR) !== 0) {
      negLeft = NEGATION_SPAN;
      if (withFeats) feats.push(infoOf(id).word);
      curP += WI[r + I_POS] as number;
      curN += WI[r + I_NEG] as number;
      continue;
    }
    const negated = negLeft > 0;
    if (negLeft > 0) negLeft--;
    if (withFeats) feats.push(negated ? '!' + infoOf(id).word : infoOf(id).word);
    curP += (negated ? WI[r + I_NEG_POS] : WI[r + I_POS]) as number;
    curN += (negated ? WI[r + I_NEG_NEG] : WI[r + I_NEG]) as number;
    const v = WF[8 * id + F_VALENCE] as number;
    if (v === 0) continue;
    let m = 1;
    if (i > 0) m *= WF[8 * (ids[i - 1] as number) + F_STRENGTH] as number;
    // Indonesian intensifiers follow the word: "bagus banget".
    if (k === WORD && i + 1 < n) m *= WF[8 * (ids[i + 1] as number) + F_STRENGTH] as number;
    if ((f & CAPS) !== 0) m *= 1.3;
    if ((wf & STRETCHED) !== 0) m *= 1.3;
    // "not good" is bad; "not bad" is only mildly good.
    const value = negated ? (v > 0 ? -0.8 * v : -0.5 * v) * m : v * m;
    cues.push({ at: i, id, value });
  }
  let lexPos = 0;
  let lexNeg = 0;
  const emphasis = 1 + 0.1 * Math.min(3, p.exclamations);
  let afterContrast = 0;
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k] as Cue;
    c.value *= emphasis;
    if (c.value > 0) lexPos += c.value;
    else lexNeg -= c.value;
    if (firstAfter >= 0 && k >= firstAfter) afterContrast += c.value;
  }
  return {
    feats,
    lexPos,
    lexNeg,
    logPos: lexPos === 0 ? 0 : Math.log1p(lexPos),
    logNeg: lexNeg === 0 ? 0 : Math.log1p(lexNeg),
    cues,
    contrastAt,
    afterContrast,
    // WordInfo weights are integers × modelScale(): one division here restores them.
    wordPos: (0.5 * preP + curP) / modelScale(),
    wordNeg: (0.5 * preN + curN) / modelScale(),
  };
}
