import { describe, expect, it } from 'vitest';
import {
  accuracy,
  confusionMatrix,
  labelSet,
  macroF1,
  median,
  multiLabel,
  perClass,
} from '../../../bench/eval/metrics';

// Hand-computed table (gold rows, predicted columns):
//            positive negative neutral
// positive       2        1       0
// negative       0        1       1
// neutral        0        0       1
const gold = ['positive', 'positive', 'positive', 'negative', 'negative', 'neutral'];
const pred = ['positive', 'positive', 'negative', 'negative', 'neutral', 'neutral'];

describe('single-label metrics', () => {
  it('accuracy counts exact hits', () => {
    expect(accuracy(gold, pred)).toBeCloseTo(4 / 6, 10);
    expect(accuracy([], [])).toBe(0);
  });

  it('builds the confusion matrix in the given label order', () => {
    const c = confusionMatrix(gold, pred, ['positive', 'negative', 'neutral']);
    expect(c.labels).toEqual(['positive', 'negative', 'neutral']);
    expect(c.counts).toEqual({
      positive: { positive: 2, negative: 1, neutral: 0 },
      negative: { positive: 0, negative: 1, neutral: 1 },
      neutral: { positive: 0, negative: 0, neutral: 1 },
    });
  });

  it('computes per-class precision, recall and F1', () => {
    const s = perClass(confusionMatrix(gold, pred));
    // positive: P 2/2, R 2/3, F1 0.8; negative: P 1/2, R 1/2; neutral: P 1/2, R 1/1, F1 2/3.
    expect(s['positive']).toEqual({ precision: 1, recall: 2 / 3, f1: expect.closeTo(0.8, 10), support: 3 });
    expect(s['negative']).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(s['neutral']?.f1).toBeCloseTo(2 / 3, 10);
    expect(s['neutral']?.support).toBe(1);
  });

  it('macro-F1 is the unweighted mean of the class F1s', () => {
    expect(macroF1(confusionMatrix(gold, pred))).toBeCloseTo((0.8 + 0.5 + 2 / 3) / 3, 10);
  });

  it('a label only predicted counts in macro-F1 with F1 0 (scikit-learn convention)', () => {
    const c = confusionMatrix(['a', 'a'], ['a', 'b']);
    expect(c.labels).toEqual(['a', 'b']);
    // a: P 1, R 1/2, F1 2/3; b: P 0, R 0 (no support), F1 0.
    expect(macroF1(c)).toBeCloseTo(1 / 3, 10);
  });

  it('labels absent from gold and predictions are left out', () => {
    expect(labelSet(['b'], ['c'], ['a', 'c', 'b'])).toEqual(['c', 'b']);
    expect(labelSet(['z', 'y'], [], ['x'])).toEqual(['y', 'z']);
    expect(macroF1(confusionMatrix([], []))).toBe(0);
  });

  it('refuses lists of different lengths', () => {
    expect(() => accuracy(['a'], [])).toThrow(/1 items/);
    expect(() => confusionMatrix(['a'], ['a', 'b'])).toThrow();
  });

  it('a perfect prediction scores 1', () => {
    expect(macroF1(confusionMatrix(['x', 'y', 'x'], ['x', 'y', 'x']))).toBe(1);
  });
});

describe('multi-label metrics', () => {
  // Row 1: tp a, fn b. Row 2: tp a, fp c. Row 3: both empty (exact). Row 4: fn c.
  const g = [['a', 'b'], ['a'], [], ['c']];
  const p = [['a'], ['a', 'c'], [], []];

  it('micro-averages over all decisions', () => {
    const s = multiLabel(g, p, ['a', 'b', 'c']);
    expect(s.microPrecision).toBeCloseTo(2 / 3, 10);
    expect(s.microRecall).toBeCloseTo(2 / 4, 10);
    expect(s.microF1).toBeCloseTo(4 / 7, 10);
    expect(s.accuracy).toBeCloseTo(1 / 4, 10);
  });

  it('scores each label', () => {
    const s = multiLabel(g, p);
    expect(s.perLabel['a']).toEqual({ precision: 1, recall: 1, f1: 1, support: 2 });
    expect(s.perLabel['b']).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(s.perLabel['c']).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
  });

  it('duplicates in a prediction count once', () => {
    expect(multiLabel([['a']], [['a', 'a']]).microF1).toBe(1);
  });

  it('nothing to find and nothing found gives micro-F1 0 but exact accuracy 1', () => {
    const s = multiLabel([[], []], [[], []]);
    expect(s.microF1).toBe(0);
    expect(s.accuracy).toBe(1);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});
