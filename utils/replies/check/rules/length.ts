/** consistent: within the platform's length for the brand, and a first sentence a phone shows whole. */
import { always, outcome, type Rule } from '../rule';
import { charCount } from '../words';

/** Characters of a first sentence that fit a phone's comment preview. */
export const FIRST_SENTENCE_MAX = 120;

export const length: Rule = {
  id: 'length',
  principle: 'consistent',
  applies: always,
  check(c) {
    const { voice, subject } = c.input;
    const limit = voice.maxLength[subject.platform];
    const n = charCount(c.input.draft.trim());
    const first = c.draft.sentences[0];
    const firstN = first === undefined ? 0 : charCount(c.draft.clean.slice(first.start, first.end).trim());
    return outcome(n <= limit && firstN <= FIRST_SENTENCE_MAX, n, limit, firstN, FIRST_SENTENCE_MAX);
  },
};
