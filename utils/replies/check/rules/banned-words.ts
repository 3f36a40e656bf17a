/** consistent: none of the brand's banned words ("sis", a competitor's name), as whole words. */
import { Phrases } from '../phrases';
import { outcome, type Rule } from '../rule';

const listed = (words: readonly string[]): string[] => words.map((w) => w.trim()).filter((w) => w !== '');

export const bannedWords: Rule = {
  id: 'banned-words',
  principle: 'consistent',
  applies: (c) => listed(c.input.voice.bannedWords).length > 0,
  check(c) {
    const found = new Phrases(listed(c.input.voice.bannedWords)).findAll(c.draft.words).map((m) => m.phrase);
    return outcome(found.length === 0, [...new Set(found)].join(', '));
  },
};
