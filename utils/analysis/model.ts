/**
 * The trained sentiment model: a multinomial logistic regression over our features, stored as
 * two quantised weights per feature (positive and negative, relative to neutral).
 * Weights come from `npm run train` (scripts/train-sentiment.ts) into model/sentiment-weights.ts.
 */
import type { Evidence } from './features';
import type { Prepared } from './prepare';
import { WEIGHTS } from './model/sentiment-weights';

/** Real-valued features besides the words; the trainer uses the same list. */
export const DENSE = ['#lexpos', '#lexneg', '#question', '#exclaim', '#emojionly', '#short'] as const;

export function denseValues(p: Prepared, ev: Evidence): number[] {
  return [
    Math.log1p(ev.lexPos),
    Math.log1p(ev.lexNeg),
    p.questionMarks > 0 ? 1 : 0,
    p.exclamations > 0 ? 1 : 0,
    p.emojiOnly ? 1 : 0,
    p.wordCount <= 3 ? 1 : 0,
  ];
}

interface Loaded {
  index: Map<string, number>;
  pos: Float32Array;
  neg: Float32Array;
}

function load(): Loaded {
  const entries = WEIGHTS.words === '' ? [] : WEIGHTS.words.split('|');
  const index = new Map<string, number>();
  const pos = new Float32Array(entries.length);
  const neg = new Float32Array(entries.length);
  entries.forEach((e, k) => {
    const a = e.split(' ');
    index.set(a[0] ?? '', k);
    pos[k] = Number(a[1]) / WEIGHTS.scale;
    neg[k] = Number(a[2]) / WEIGHTS.scale;
  });
  return { index, pos, neg };
}

const MODEL = load();

export function modelVocabulary(): ReadonlySet<string> {
  return new Set(MODEL.index.keys());
}

export interface Logits {
  pos: number;
  neg: number;
}

/** Positive and negative logits against neutral (0). */
export function modelLogits(p: Prepared, ev: Evidence): Logits {
  let zp = WEIGHTS.bias[0] / WEIGHTS.scale;
  let zn = WEIGHTS.bias[1] / WEIGHTS.scale;
  const { index, pos, neg } = MODEL;
  for (const f of ev.feats) {
    const k = index.get(f);
    if (k === undefined) continue;
    zp += pos[k] as number;
    zn += neg[k] as number;
  }
  const dv = denseValues(p, ev);
  for (let d = 0; d < DENSE.length; d++) {
    const x = dv[d] as number;
    zp += x * ((WEIGHTS.dense[d]?.[0] ?? 0) / WEIGHTS.scale);
    zn += x * ((WEIGHTS.dense[d]?.[1] ?? 0) / WEIGHTS.scale);
  }
  return { pos: zp, neg: zn };
}

/** How much a word feature pushed toward the label (for cues). */
export function featureWeight(f: string, label: 'positive' | 'negative'): number {
  const k = MODEL.index.get(f);
  if (k === undefined) return 0;
  return (label === 'positive' ? MODEL.pos[k] : MODEL.neg[k]) ?? 0;
}
