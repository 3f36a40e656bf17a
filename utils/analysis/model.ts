/**
 * The trained sentiment model: a multinomial logistic regression over our features, stored as
 * two quantised weights per feature (positive and negative, relative to neutral).
 * Weights come from `npm run train` (scripts/train-sentiment.ts) into model/sentiment-weights.ts.
 */
import type { Evidence } from './features';
import type { Prepared } from './prepare';
import { WEIGHTS } from './model/sentiment-weights';
import { decodeWeight } from './weight-code';

/** Real-valued features besides the words; the trainer uses the same list. */
export const DENSE = ['#lexpos', '#lexneg', '#question', '#exclaim', '#emojionly', '#short'] as const;

/** Writes the dense feature values into `out` (one buffer reused by analyze(): no array per comment). */
function fillDense(p: Prepared, ev: Evidence, out: Float64Array): void {
  out[0] = ev.logPos;
  out[1] = ev.logNeg;
  out[2] = p.questionMarks > 0 ? 1 : 0;
  out[3] = p.exclamations > 0 ? 1 : 0;
  out[4] = p.emojiOnly ? 1 : 0;
  out[5] = p.wordCount <= 3 ? 1 : 0;
}

/** The dense feature values as a fresh array (the trainer keeps one per row). */
export function denseValues(p: Prepared, ev: Evidence): number[] {
  const out = new Float64Array(DENSE.length);
  fillDense(p, ev, out);
  return Array.from(out);
}

const DV = new Float64Array(DENSE.length);

/** The stored form: integers that divide by `scale`. */
export interface Weights {
  scale: number;
  bias: readonly [number, number];
  dense: readonly (readonly [number, number])[];
  /** "word" + positive + negative weight (one character each, weight-code.ts), joined by |. */
  words: string;
}

interface Loaded {
  index: Map<string, number>;
  pos: Float32Array;
  neg: Float32Array;
  bias: readonly [number, number];
  /** Dense weights flat: positive then negative weight of feature d at 2d and 2d+1. */
  dense: Float64Array;
  scale: number;
}

function load(w: Weights): Loaded {
  const entries = w.words === '' ? [] : w.words.split('|');
  const index = new Map<string, number>();
  const pos = new Float32Array(entries.length);
  const neg = new Float32Array(entries.length);
  entries.forEach((e, k) => {
    // "word" then its positive and negative weight, one character each (weight-code.ts).
    index.set(e.slice(0, -2), k);
    pos[k] = decodeWeight(e.charCodeAt(e.length - 2)) / w.scale;
    neg[k] = decodeWeight(e.charCodeAt(e.length - 1)) / w.scale;
  });
  const bias = [w.bias[0] / w.scale, w.bias[1] / w.scale] as const;
  const dense = new Float64Array(2 * DENSE.length);
  for (let d = 0; d < DENSE.length; d++) {
    dense[2 * d] = (w.dense[d]?.[0] ?? 0) / w.scale;
    dense[2 * d + 1] = (w.dense[d]?.[1] ?? 0) / w.scale;
  }
  return { index, pos, neg, bias, dense, scale: w.scale };
}

let MODEL = load(WEIGHTS);
let version = 0;

/** Swaps in other weights: the trainer uses it to score held-out folds through analyze(). */
export function swapWeights(w: Weights): void {
  MODEL = load(w);
  version++;
}

/** Changes whenever the weights do, so caches of per-word weights know to refresh. */
export function modelVersion(): number {
  return version;
}

/** The weights' quantisation step: a feature's weight is an integer divided by this. */
export function modelScale(): number {
  return MODEL.scale;
}

/** What weightsOf returns for a feature the model lacks (compare by identity). */
export const NO_WEIGHTS: readonly [number, number] = [0, 0];
/** Positive and negative weight of one feature (NO_WEIGHTS when the model lacks it). */
export function weightsOf(f: string): readonly [number, number] {
  const k = MODEL.index.get(f);
  return k === undefined ? NO_WEIGHTS : [MODEL.pos[k] as number, MODEL.neg[k] as number];
}

export interface Logits {
  pos: number;
  neg: number;
}

/** Positive and negative logits against neutral (0). */
export function modelLogits(p: Prepared, ev: Evidence): Logits {
  const { bias, dense } = MODEL;
  let zp = bias[0] + ev.wordPos;
  let zn = bias[1] + ev.wordNeg;
  fillDense(p, ev, DV);
  for (let d = 0; d < DENSE.length; d++) {
    const x = DV[d] as number;
    zp += x * (dense[2 * d] as number);
    zn += x * (dense[2 * d + 1] as number);
  }
  return { pos: zp, neg: zn };
}

/** How much a word feature pushed toward the label (for cues). */
export function featureWeight(f: string, label: 'positive' | 'negative'): number {
  const k = MODEL.index.get(f);
  if (k === undefined) return 0;
  return (label === 'positive' ? MODEL.pos[k] : MODEL.neg[k]) ?? 0;
}
