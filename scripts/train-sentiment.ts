/**
 * `npm run train`: trains the sentiment model on the shared development data and writes
 * utils/analysis/model/sentiment-weights.ts. Indonesian rows: SmSA train; English rows: the VADER
 * tweets. Prints held-out figures (SmSA valid, NusaX) and 5-fold figures for the tweets, which
 * the shipped model has seen.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { collectEvidence } from '../utils/analysis/features';
import { DENSE, denseValues } from '../utils/analysis/model';
import { prepare } from '../utils/analysis/prepare';
import { LABELS, macroF1, readRows, type Label, type Row } from './train/data';
import { labelIndex, predictRaw, train, type Example, type Trained } from './train/logreg';

const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);
const KEEP = Number(process.env.KEEP ?? 3000);
const SCALE = 16;
const POWER = Number(process.env.POWER ?? 1);

interface Featurized {
  feats: string[];
  dense: number[];
  y: number;
}

function featurize(rows: Row[]): Featurized[] {
  return rows.map((r) => {
    const p = prepare(r.text);
    const ev = collectEvidence(p);
    return { feats: [...new Set(ev.feats)], dense: denseValues(p, ev), y: labelIndex(r.label) };
  });
}

function fitVocab(rows: Featurized[], vocab: Map<string, number>): { model: Trained; vocab: Map<string, number> } {
  const xs: Example[] = rows.map((r) => ({ words: toIdx(r.feats, vocab), dense: r.dense, y: r.y }));
  return { model: train(xs, vocab.size, DENSE.length), vocab };
}

/** Trains on every frequent feature, keeps the KEEP strongest, and retrains on those alone. */
function fit(rows: Featurized[]): { model: Trained; vocab: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of r.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, c] of counts) if (c >= MIN_COUNT) vocab.set(f, vocab.size);
  const full = fitVocab(rows, vocab);
  const strength = (k: number): number =>
    Math.max(...[0, 2].map((c) => Math.abs(((full.model.w[c] as Float64Array)[k] as number) - ((full.model.w[1] as Float64Array)[k] as number))));
  // Weight times how often it fires: what a feature contributes over the data, not one rare spike.
  const imp = (f: string, k: number): number => strength(k) * Math.pow(counts.get(f) ?? 0, POWER);
  const kept = [...vocab.entries()].sort((a, b) => imp(b[0], b[1]) - imp(a[0], a[1])).slice(0, KEEP);
  const small = new Map<string, number>();
  for (const [f] of kept) small.set(f, small.size);
  return fitVocab(rows, small);
}

function toIdx(feats: string[], vocab: Map<string, number>): number[] {
  const out: number[] = [];
  for (const f of feats) {
    const k = vocab.get(f);
    if (k !== undefined) out.push(k);
  }
  return out;
}

function evaluate(m: { model: Trained; vocab: Map<string, number> }, rows: Featurized[]): number {
  const gold: Label[] = [];
  const pred: Label[] = [];
  for (const r of rows) {
    const pr = predictRaw(m.model, { words: toIdx(r.feats, m.vocab), dense: r.dense, y: r.y });
    let best = 0;
    for (let c = 1; c < 3; c++) if ((pr[c] as number) > (pr[best] as number)) best = c;
    gold.push(LABELS[r.y] as Label);
    pred.push(LABELS[best] as Label);
  }
  return macroF1(gold, pred);
}

const smsa = featurize(readRows('sentiment-id-smsa-train.jsonl'));
const tweets = featurize(readRows('sentiment-en-vader-tweets.jsonl'));

// 5-fold on the tweets (SmSA train always in): the honest English-tweets figure.
const folds = 5;
const cv: number[] = [];
if (process.env.SKIP_CV !== '1') {
  for (let f = 0; f < folds; f++) {
    const held = tweets.filter((_, i) => i % folds === f);
    const rest = tweets.filter((_, i) => i % folds !== f);
    cv.push(evaluate(fit([...smsa, ...rest]), held));
  }
  console.log(`tweets 5-fold macro-F1 (raw model): ${(cv.reduce((a, b) => a + b, 0) / folds).toFixed(3)}`);
}

const final = fit([...smsa, ...tweets]);
for (const file of ['sentiment-id-smsa-valid.jsonl', 'sentiment-id-nusax-trainvalid.jsonl', 'sentiment-en-nusax-trainvalid.jsonl']) {
  console.log(`${file} held-out macro-F1 (raw model): ${evaluate(final, featurize(readRows(file))).toFixed(3)}`);
}

// Keep the words that move the decision most, relative to neutral, quantised to 1/SCALE.
const { model, vocab } = final;
const rel = (c: number, k: number): number => ((model.w[c] as Float64Array)[k] as number) - ((model.w[1] as Float64Array)[k] as number);
const q = (v: number): number => Math.round(v * SCALE);
const words = [...vocab.entries()]
  .map(([f, k]) => ({ f, p: q(rel(2, k)), n: q(rel(0, k)) }))
  .filter((e) => e.p !== 0 || e.n !== 0)
  .sort((a, b) => Math.max(Math.abs(b.p), Math.abs(b.n)) - Math.max(Math.abs(a.p), Math.abs(a.n)))
  .slice(0, KEEP)
  .sort((a, b) => (a.f < b.f ? -1 : 1));
const nW = model.nWords;
const dense = DENSE.map((_, d) => [q(rel(2, nW + d)), q(rel(0, nW + d))]);
const bias = [q(rel(2, nW + DENSE.length)), q(rel(0, nW + DENSE.length))];
const body =
  `// Generated by \`npm run train\` (scripts/train-sentiment.ts). Do not edit by hand.\n` +
  `// Logistic-regression weights (positive, negative vs neutral) times ${SCALE}; ${words.length} features.\n` +
  `export const WEIGHTS = {\n  scale: ${SCALE},\n  bias: [${bias.join(', ')}] as const,\n` +
  `  dense: ${JSON.stringify(dense)} as (readonly [number, number])[],\n` +
  `  words:\n    ${JSON.stringify(words.map((e) => `${e.f} ${e.p} ${e.n}`).join('|'))},\n};\n`;
const out = resolve(import.meta.dirname, '../utils/analysis/model/sentiment-weights.ts');
writeFileSync(out, body);
console.log(`wrote ${out}: ${words.length} features, ${body.length} bytes`);
