import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/analysis/index';
import { LEXICON_EN } from '../../../utils/analysis/lexicon-en';

// Our own examples of general English talk (posts, tweets), beyond brand comments (issue 3).
describe('English sentiment, general talk', () => {
  test.each([
    ['Spent the whole afternoon at the beach, pure bliss', 'positive'],
    ['woohoo, finally got the promotion', 'positive'],
    ['that concert was epic', 'positive'],
    ['feeling so grateful for my besties tonight', 'positive'],
    ['haha xD that was hilarious', 'positive'],
    ['Congrats on the new baby, she is adorable', 'positive'],
    ['my flight got cancelled again, stranded at the airport', 'negative'],
    ['ugh, migraine all day', 'negative'],
    ['stuck in gridlock for two hours, so frustrating', 'negative'],
    ['the new update is a total mess, everything is laggy', 'negative'],
    ['so bummed, the game got postponed', 'negative'],
    ['this heatwave is unbearable', 'negative'],
    ['not impressed with the sequel', 'negative'],
    ['Reading the paper on the train to work', 'neutral'],
    ['The meeting moved to Thursday at three', 'neutral'],
  ] as const)('%s → %s', (text, label) => {
    expect(analyze(text).sentiment.label).toBe(label);
  });
});

describe('English lexicon', () => {
  test('every entry is one lower-case word the scanner reads whole, valued -3..3', () => {
    for (const [word, value] of LEXICON_EN) {
      expect(word).toMatch(/^[a-z0-9][a-z0-9_']*$/);
      expect(Number.isInteger(value) && value >= -3 && value <= 3, `${word} ${value}`).toBe(true);
    }
  });

  test('holds a few thousand words and stays small', () => {
    expect(LEXICON_EN.size).toBeGreaterThan(3000);
    let chars = 0;
    for (const [word] of LEXICON_EN) chars += word.length + 3;
    expect(chars).toBeLessThan(60_000);
  });
});
