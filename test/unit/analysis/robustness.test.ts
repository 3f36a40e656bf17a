import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/analysis/index';

// Odd input a page can hold: analyze() must answer, never throw.
describe('robustness', () => {
  test.each([
    ['empty', ''],
    ['only spaces and marks', '   \u200b\u200f ...'],
    ['html', '<b>promo</b><script>alert(1)</script>'],
    ['long', 'bagus '.repeat(20_000)],
  ])('%s returns a complete result', (_name, text) => {
    const a = analyze(text);
    expect(['id', 'en', 'mixed']).toContain(a.language);
    expect(a.sentiment.score).toBeGreaterThanOrEqual(-1);
    expect(a.sentiment.score).toBeLessThanOrEqual(1);
    expect(['consumption', 'curation', 'creation', 'collaboration']).toContain(a.stage.label);
  });

  test('a null context from an untyped caller does not throw', () => {
    expect(analyze('ok', null as unknown as undefined).stage.label).toBe('consumption');
  });
});
