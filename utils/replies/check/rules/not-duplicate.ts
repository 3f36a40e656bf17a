/** customized: not a copy of a recent reply with only the name changed (copy-paste is called out publicly). */
import { always, outcome, type Rule } from '../rule';

/** Jaccard similarity of word-pair shingles from which a reply counts as a copy. */
export const DUPLICATE_AT = 0.8;

export const notDuplicate: Rule = {
  id: 'not-duplicate',
  principle: 'customized',
  applies: always,
  check(c) {
    const similarity = c.input.recent.nearest(c.input.draft)?.similarity ?? 0;
    return outcome(similarity < DUPLICATE_AT, Math.round(similarity * 100));
  },
};
