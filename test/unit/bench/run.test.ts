import { describe, expect, it } from 'vitest';
import { afinnLabel, labelFromScore, vaderLabel } from '../../../bench/eval/engines';
import { measureSpeed, rotation } from '../../../bench/eval/speed';
import { checkTargets } from '../../../bench/eval/targets';
import { scoreSingle, type FileScores } from '../../../bench/eval/tasks';

describe('peers', () => {
  it('maps scores to labels with a neutral band', () => {
    expect(labelFromScore(0.05, 0.05)).toBe('neutral');
    expect(labelFromScore(0.06, 0.05)).toBe('positive');
    expect(labelFromScore(-1, 0)).toBe('negative');
  });

  it('runs AFINN and VADER', () => {
    expect(afinnLabel('I love it')).toBe('positive');
    expect(afinnLabel('the table')).toBe('neutral');
    expect(vaderLabel('this is terrible')).toBe('negative');
  });
});

describe('speed', () => {
  it('rotates the engine order pass by pass', () => {
    expect(rotation(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(rotation(['a', 'b', 'c'], 4)).toEqual(['b', 'c', 'a']);
    expect(rotation([], 2)).toEqual([]);
  });

  it('reports a positive median per engine', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const us = measureSpeed(
      items,
      { fast: (i) => i, slow: (i) => Math.sqrt(i) },
      { passes: 3, minPassMs: 1 },
    );
    expect(Object.keys(us)).toEqual(['fast', 'slow']);
    expect(us['fast']).toBeGreaterThan(0);
    expect(measureSpeed([], { x: () => 0 }, { passes: 1, minPassMs: 1 })).toEqual({ x: 0 });
  });
});

describe('targets', () => {
  const perfect = scoreSingle(['positive', 'negative'], ['positive', 'negative'], []);
  const scores: FileScores = { tasks: { sentiment: perfect } };

  it('applies file rules and speed rules', () => {
    const r = checkTargets('sentiment-id-smsa-valid.jsonl', scores, {
      tanggap: 2,
      sentiment: 4,
      'vader-sentiment': 40,
    });
    expect(r.map((t) => [t.name, t.pass])).toEqual([
      ['sentiment macro-F1', true],
      ['speed tanggap/sentiment', true],
      ['speed vader-sentiment/tanggap', false],
    ]);
    expect(r[2]?.value).toBe(20);
  });

  it('leaves out rules for other files and missing figures', () => {
    expect(checkTargets('mine.jsonl', scores)).toEqual([]);
    expect(checkTargets('engagement-dev.jsonl', { tasks: {} })).toEqual([]);
  });
});
