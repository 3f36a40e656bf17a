/**
 * customized: a complaint answered only with "DM us" or a request for details does not satisfy
 * (60% of brand replies in the study, REPLIES.md): it needs an apology, an action, or the brand
 * contacting the person itself. A link is one more redirect.
 */
import { outcome, type Rule } from '../rule';
import { concrete } from './action';
import { BRAND_FIRST } from './channel';
import { EMPATHY } from './empathy';

export const notOnlyRedirect: Rule = {
  id: 'not-only-redirect',
  principle: 'customized',
  applies: (c) => c.complaint,
  check(c) {
    const d = c.draft;
    return outcome(EMPATHY.in(d) || BRAND_FIRST.in(d) || concrete(d, false) !== null);
  },
};
