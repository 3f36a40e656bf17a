/**
 * Feature extraction, pruning and quantisation around the logistic regression: turns labelled
 * rows into the Weights format utils/analysis/model.ts reads.
 */
import { collectEvidence } from '../../utils/analysis/features';
import { DENSE, denseValues, type Weights } from '../../utils/analysis/model';
import { prepare } from '../../utils/analysis/prepare';
import { encodeWeight, WEIGHT_MAX, WEIGHT_MIN } from '../../utils/analysis/weight-code';
import type { Row } from './data';
import { labelIndex, train, type Example, type Trained } from './logreg';

/** Features seen this often enter the first fit. 1: a word seen once soaks up what is particular
 * to its row instead of leaving it to the common words; pruning to KEEP drops it afterwards
 * (tweets 5-fold +0.005 on average over three fold splits). */
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 1);
/** Features kept: 2,500 score as 3,000 did (5-fold and held out) in 4.6 kB less of content script. */
const KEEP = Number(process.env.KEEP ?? 2500);
const POWER = Number(process.env.POWER ?? 1);
const OFFSET = process.env.OFFSET === '1';
/** Weights are stored as integers over SCALE, one character each (weight-code.ts). */
export const SCALE = 8;
/** Function words carry no verdict of their own under a negation: "!at" would learn from "not at
 * all good" and then sink "not bad at all". The trainer leaves them out, so they weigh nothing. */
const NEGATED_STOP = new Set(
  process.env.NEGSTOP === '0'
    ? []
    : 'a an the at all to of in on for with by from it its is am are was were be been this that these those and or so too very really just even yet ever as i you me my we our your he she they them his her their there here up out about'.split(
        ' ',
      ),
);
/** What scoreSentiment() (utils/analysis/sentiment.ts) adds to the model's logits: the lexicon's
 * extra say and the margin over neutral. Training with the same addition fits the weights to the
 * scores analyze() will actually compare. */
const LEXICON_BOOST = 2;
const NEUTRAL_MARGIN = 1;

export interface Featurized {
  feats: string[];
  values: number[];
  dense: number[];
  y: number;
  offset?: readonly [number, number];
  weight?: number;
  target?: readonly number[];
}

/** Slope of the soft labels (0: one-hot labels). 4 chosen by the tweets' 5-fold figure (2-16 all
 * within 0.005 of each other, 0.011 above one-hot). */
const SOFT = Number(process.env.SOFT ?? 4);
/** Soft labels from the raters' mean score (VADER tweets): a row near the ±0.2 border between
 * neutral and a polarity is fitted as partly both, so ten raters' slight lean does not count as a
 * firm verdict. */
function softTarget(score: number): number[] {
  const sig = (x: number): number => 1 / (1 + Math.exp(-x));
  const pos = sig(SOFT * (score - 0.2));
  const neg = sig(SOFT * (-score - 0.2));
  const neu = Math.max(0, 1 - pos - neg);
  const sum = pos + neg + neu;
  return [neg / sum, neu / sum, pos / sum];
}

export function featurize(rows: Row[]): Featurized[] {
  return rows.map((r) => {
    const p = prepare(r.text);
    const ev = collectEvidence(p, true);
    const byFeat = new Map<string, number>();
    ev.feats.forEach((f, i) => byFeat.set(f, Math.max(byFeat.get(f) ?? 0, i < ev.contrastAt ? 0.5 : 1)));
    return {
      feats: [...byFeat.keys()],
      values: [...byFeat.values()],
      dense: denseValues(p, ev),
      y: labelIndex(r.label),
      target: SOFT > 0 && r.score !== undefined ? softTarget(r.score) : undefined,
      offset: OFFSET
        ? ([
            LEXICON_BOOST * Math.log1p(ev.lexPos) - NEUTRAL_MARGIN,
            LEXICON_BOOST * Math.log1p(ev.lexNeg) - NEUTRAL_MARGIN,
          ] as const)
        : undefined,
    };
  });
}

/** Weighs each class of one data set by (rows / rows of the class)^power / 3: power 0 leaves the
 * weights alone, 1 balances the classes; macro-F1 rewards the rare class more than accuracy does. */
export function weighClasses(rows: Featurized[], power: number, scale = 1): Featurized[] {
  const n = [0, 0, 0];
  for (const r of rows) n[r.y] = (n[r.y] ?? 0) + 1;
  const mean = rows.length / 3;
  return rows.map((r) => ({ ...r, weight: scale * Math.pow(mean / Math.max(1, n[r.y] ?? 0), power) }));
}

function toExample(r: Featurized, vocab: Map<string, number>): Example {
  const words: number[] = [];
  const values: number[] = [];
  r.feats.forEach((f, j) => {
    const k = vocab.get(f);
    if (k === undefined) return;
    words.push(k);
    values.push(r.values[j] ?? 1);
  });
  return { words, values, dense: r.dense, y: r.y, offset: r.offset, weight: r.weight, target: r.target };
}

function fitVocab(rows: Featurized[], vocab: Map<string, number>): Trained {
  return train(
    rows.map((r) => toExample(r, vocab)),
    vocab.size,
    DENSE.length,
  );
}

/** Weight relative to neutral, for class c (0 negative, 2 positive). */
function rel(m: Trained, c: number, k: number): number {
  return ((m.w[c] as Float64Array)[k] as number) - ((m.w[1] as Float64Array)[k] as number);
}

/** Trains on every frequent feature, keeps the KEEP that contribute most, retrains on those. */
export function fit(rows: Featurized[]): Weights {
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of r.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, c] of counts)
    if (c >= MIN_COUNT && !(f.startsWith('!') && NEGATED_STOP.has(f.slice(1)))) vocab.set(f, vocab.size);
  const full = fitVocab(rows, vocab);
  // Weight times how often it fires: what a feature contributes over the data, not one rare spike.
  const imp = (f: string, k: number): number =>
    Math.max(Math.abs(rel(full, 0, k)), Math.abs(rel(full, 2, k))) * Math.pow(counts.get(f) ?? 0, POWER);
  const kept = [...vocab.entries()].sort((a, b) => imp(b[0], b[1]) - imp(a[0], a[1])).slice(0, KEEP);
  const small = new Map<string, number>();
  for (const [f] of kept) small.set(f, small.size);
  const model = fitVocab(rows, small);
  // Word weights beyond the one-character range are clipped (rare at this scale).
  const q = (v: number): number => Math.round(v * SCALE);
  const qw = (v: number): number => Math.max(WEIGHT_MIN, Math.min(WEIGHT_MAX, q(v)));
  const words = [...small.entries()]
    .map(([f, k]) => ({ f, p: qw(rel(model, 2, k)), n: qw(rel(model, 0, k)) }))
    .filter((e) => e.p !== 0 || e.n !== 0)
    .sort((a, b) => (a.f < b.f ? -1 : 1));
  const nW = model.nWords;
  return {
    scale: SCALE,
    bias: [q(rel(model, 2, nW + DENSE.length)), q(rel(model, 0, nW + DENSE.length))],
    dense: DENSE.map((_, d) => [q(rel(model, 2, nW + d)), q(rel(model, 0, nW + d))] as const),
    words: words.map((e) => `${e.f}${encodeWeight(e.p)}${encodeWeight(e.n)}`).join('|'),
  };
}
