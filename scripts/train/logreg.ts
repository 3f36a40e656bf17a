/**
 * Multinomial logistic regression (negative / neutral / positive) trained with AdaGrad and L2.
 * Sparse binary word features plus a few dense real-valued ones.
 */
import { LABELS, type Label } from './data';

export interface Example {
  words: number[];
  /** Value of each word feature (1, or 0.5 before a "but"). */
  values: number[];
  dense: number[];
  y: number;
  /** Fixed addition to the positive and negative logits (what analyze() adds after the model). */
  offset?: readonly [number, number];
  /** Class probabilities to fit instead of the one-hot label (soft labels), if any. */
  target?: readonly number[];
  /** How much the example counts in the loss (1 unless classes are reweighted). */
  weight?: number;
}

export interface Trained {
  /** [class][feature]: word weights, then dense weights, then bias. */
  w: Float64Array[];
  nWords: number;
  nDense: number;
}

export function labelIndex(l: Label): number {
  return LABELS.indexOf(l);
}

export function train(
  xs: Example[],
  nWords: number,
  nDense: number,
  epochs = 12,
  l2 = Number(process.env.L2 ?? 1e-4),
  lr = 0.3,
): Trained {
  const dim = nWords + nDense + 1;
  const w = [0, 1, 2].map(() => new Float64Array(dim));
  const g2 = [0, 1, 2].map(() => new Float64Array(dim).fill(1e-8));
  const order = xs.map((_, i) => i);
  let seed = 7;
  const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const idx of order) {
      const x = xs[idx] as Example;
      const z = predictRaw({ w, nWords, nDense }, x);
      for (let c = 0; c < 3; c++) {
        const grad =
          ((z[c] as number) - (x.target !== undefined ? (x.target[c] as number) : x.y === c ? 1 : 0)) *
          (x.weight ?? 1);
        const wc = w[c] as Float64Array;
        const gc = g2[c] as Float64Array;
        const step = (k: number, v: number): void => {
          const g = grad * v + l2 * (wc[k] as number);
          gc[k] = (gc[k] as number) + g * g;
          wc[k] = (wc[k] as number) - (lr * g) / Math.sqrt(gc[k] as number);
        };
        x.words.forEach((k, j) => step(k, x.values[j] ?? 1));
        x.dense.forEach((v, d) => step(nWords + d, v));
        step(dim - 1, 1);
      }
    }
  }
  return { w, nWords, nDense };
}

/** Class probabilities. */
export function predictRaw(m: Trained, x: Example): number[] {
  const z = [0, 1, 2].map((c) => {
    const wc = m.w[c] as Float64Array;
    let s = wc[m.nWords + m.nDense] as number;
    x.words.forEach((k, j) => (s += (x.values[j] ?? 1) * (wc[k] as number)));
    x.dense.forEach((v, d) => (s += v * (wc[m.nWords + d] as number)));
    // Class order is negative, neutral, positive; the offset is [positive, negative].
    if (x.offset !== undefined) s += c === 2 ? x.offset[0] : c === 0 ? x.offset[1] : 0;
    return s;
  });
  const mx = Math.max(...z);
  const ex = z.map((v) => Math.exp(v - mx));
  const sum = ex.reduce((a, b) => a + b, 0);
  return ex.map((v) => v / sum);
}
