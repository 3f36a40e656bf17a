/**
 * Classification metrics as small pure functions. Labels are plain strings so the same code
 * scores stages, sentiments, languages and intents. Conventions follow scikit-learn: a class's
 * precision, recall or F1 whose denominator is 0 counts as 0, and macro-F1 averages over the
 * union of gold and predicted labels (or the label list given).
 */

/** counts[gold][predicted]; `labels` lists the row and column order. */
export interface Confusion {
  labels: string[];
  counts: Record<string, Record<string, number>>;
}

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

function checkLengths(gold: readonly unknown[], pred: readonly unknown[]): void {
  if (gold.length !== pred.length) {
    throw new Error(`gold has ${gold.length} items but predictions have ${pred.length}`);
  }
}

const ratio = (num: number, den: number): number => (den === 0 ? 0 : num / den);
const harmonic = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Share of items whose prediction equals the gold label; 0 for no items. */
export function accuracy(gold: readonly string[], pred: readonly string[]): number {
  checkLengths(gold, pred);
  let hits = 0;
  gold.forEach((g, i) => {
    if (g === pred[i]) hits++;
  });
  return ratio(hits, gold.length);
}

/** Labels in first-seen order of `order`, then any others from gold and pred, sorted. */
export function labelSet(
  gold: readonly string[],
  pred: readonly string[],
  order: readonly string[] = [],
): string[] {
  const seen = new Set([...gold, ...pred]);
  const known = order.filter((l) => seen.has(l));
  const rest = [...seen].filter((l) => !order.includes(l)).sort();
  return [...known, ...rest];
}

export function confusionMatrix(
  gold: readonly string[],
  pred: readonly string[],
  order: readonly string[] = [],
): Confusion {
  checkLengths(gold, pred);
  const labels = labelSet(gold, pred, order);
  const counts: Record<string, Record<string, number>> = {};
  for (const g of labels) counts[g] = Object.fromEntries(labels.map((p) => [p, 0]));
  gold.forEach((g, i) => {
    const row = counts[g];
    const p = pred[i];
    if (row && p !== undefined) row[p] = (row[p] ?? 0) + 1;
  });
  return { labels, counts };
}

const cell = (c: Confusion, g: string, p: string): number => c.counts[g]?.[p] ?? 0;

/** Precision, recall, F1 and support of each label of a confusion matrix. */
export function perClass(c: Confusion): Record<string, ClassScores> {
  const out: Record<string, ClassScores> = {};
  for (const label of c.labels) {
    const tp = cell(c, label, label);
    const support = c.labels.reduce((s, p) => s + cell(c, label, p), 0);
    const predicted = c.labels.reduce((s, g) => s + cell(c, g, label), 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    out[label] = { precision, recall, f1: harmonic(precision, recall), support };
  }
  return out;
}

/** Unweighted mean of the per-label F1 over the matrix's labels; 0 when there are none. */
export function macroF1(c: Confusion): number {
  const scores = Object.values(perClass(c));
  return ratio(
    scores.reduce((s, x) => s + x.f1, 0),
    scores.length,
  );
}

export interface MultiLabelScores {
  /** Exact set match. */
  accuracy: number;
  microPrecision: number;
  microRecall: number;
  microF1: number;
  perLabel: Record<string, ClassScores>;
}

/** Multi-label scores: micro-averaged over all (item, label) decisions, plus each label's. */
export function multiLabel(
  gold: readonly (readonly string[])[],
  pred: readonly (readonly string[])[],
  order: readonly string[] = [],
): MultiLabelScores {
  checkLengths(gold, pred);
  const labels = labelSet(gold.flat(), pred.flat(), order);
  const tally = Object.fromEntries(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  let exact = 0;
  gold.forEach((gList, i) => {
    const g = new Set(gList);
    const p = new Set(pred[i] ?? []);
    if (g.size === p.size && [...g].every((l) => p.has(l))) exact++;
    for (const l of p) {
      const t = tally[l];
      if (t) t[g.has(l) ? 'tp' : 'fp']++;
    }
    for (const l of g) {
      const t = tally[l];
      if (t && !p.has(l)) t.fn++;
    }
  });
  const perLabel: Record<string, ClassScores> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [label, t] of Object.entries(tally)) {
    tp += t.tp;
    fp += t.fp;
    fn += t.fn;
    const precision = ratio(t.tp, t.tp + t.fp);
    const recall = ratio(t.tp, t.tp + t.fn);
    perLabel[label] = { precision, recall, f1: harmonic(precision, recall), support: t.tp + t.fn };
  }
  const microPrecision = ratio(tp, tp + fp);
  const microRecall = ratio(tp, tp + fn);
  return {
    accuracy: ratio(exact, gold.length),
    microPrecision,
    microRecall,
    microF1: harmonic(microPrecision, microRecall),
    perLabel,
  };
}

/** Median of a non-empty list (mean of the middle two for even lengths). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const hi = s[mid] ?? 0;
  return s.length % 2 === 1 ? hi : ((s[mid - 1] ?? 0) + hi) / 2;
}
