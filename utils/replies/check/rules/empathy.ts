/** comfortable: a complaint or a negative comment gets an apology or a sign of empathy. */
import { phrases } from '../phrases';
import { outcome, written, type Rule } from '../rule';

export const EMPATHY = phrases(
  'maaf, maafkan, maafin, sorry, apolog*, regret*, we understand, i understand, understand how',
  'understand your, understandabl*, we hear you, frustrating, kami paham, kami pahami, kami memahami',
  'kami mengerti, dapat dipahami, bisa dipahami, turut prihatin, turut sedih, turut berduka, ikut sedih',
  'sedih mendengar, sayang sekali, sangat disayangkan, kami menyesal',
);

export const empathy: Rule = {
  id: 'empathy',
  principle: 'comfortable',
  applies: (c) => c.unhappy,
  check(c) {
    const m = EMPATHY.find(c.draft.words);
    return m === null ? outcome(false) : outcome(true, written(c.draft, m.from, m.to));
  },
};
