/**
 * Sentiment evidence from a prepared comment in one pass: lexicon valence with negation,
 * intensifiers and "but" clauses, and the word features the trained model weighs.
 * Shared by the runtime scorer and scripts/train-sentiment.ts so both see the same features.
 */
import { modelScale } from './model';
import type { Prepared } from './prepare';

export interface Cue {
  /** The token as written, and its normalised word. */
  text: string;
  word: string;
  value: number;
}

export interface Evidence {
  /** Model features: normalised words, "!word" inside a negation's scope, emoji (trainer only). */
  feats: string[];
  /** Summed positive and negative lexicon valence (both >= 0). */
  lexPos: number;
  lexNeg: number;
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
  const { tokens, info } = p;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Prepared['tokens'][number];
    const w = info[i] as Prepared['info'][number];
    if (t.boundary || t.kind === 'punct') negLeft = 0;
    if (
      t.kind === 'punct' ||
      t.kind === 'url' ||
      t.kind === 'mention' ||
      t.kind === 'num' ||
      t.kind === 'hashtag'
    )
      continue;
    if (w.contrast && i > 0) {
      // The clause before "but" counts half.
      for (const c of cues) c.value *= 0.5;
      firstAfter = cues.length;
      negLeft = 0;
      if (withFeats) feats.push(w.word);
      preP += curP + w.pos;
      preN += curN + w.neg;
      curP = 0;
      curN = 0;
      contrastAt = withFeats ? feats.length : 0;
      continue;
    }
    if (w.negator) {
      negLeft = NEGATION_SPAN;
      if (withFeats) feats.push(w.word);
      curP += w.pos;
      curN += w.neg;
      continue;
    }
    const negated = negLeft > 0;
    if (negLeft > 0) negLeft--;
    if (withFeats) feats.push(negated ? '!' + w.word : w.word);
    curP += negated ? w.negatedPos : w.pos;
    curN += negated ? w.negatedNeg : w.neg;
    const v = w.valence;
    if (v === 0) continue;
    let m = 1;
    if (i > 0) m *= (info[i - 1] as Prepared['info'][number]).strength;
    // Indonesian intensifiers follow the word: "bagus banget".
    if (t.kind === 'word') m *= info[i + 1]?.strength ?? 1;
    if (t.caps) m *= 1.3;
    if (w.stretched) m *= 1.3;
    // "not good" is bad; "not bad" is only mildly good.
    const value = negated ? (v > 0 ? -0.8 * v : -0.5 * v) * m : v * m;
    cues.push({ text: t.raw, word: w.word, value });
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
    cues,
    contrastAt,
    afterContrast,
    // WordInfo weights are integers × modelScale(): one division here restores them.
    wordPos: (0.5 * preP + curP) / modelScale(),
    wordNeg: (0.5 * preN + curN) / modelScale(),
  };
}
