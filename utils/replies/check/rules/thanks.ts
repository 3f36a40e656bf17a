/** comfortable: thanks the commenter (thanking complainants is one of the replies that satisfy them). */
import { phrases } from '../phrases';
import { always, outcome, written, type Rule } from '../rule';

const THANKS = phrases(
  'terima kasih, terimakasih, trimakasih, makasih, makasi, mksh, trims, tq, thx, thnx, thank*, appreciat*',
  'grateful, matur nuwun, hatur nuhun',
);

export const thanks: Rule = {
  id: 'thanks',
  principle: 'comfortable',
  applies: always,
  check(c) {
    const m = THANKS.find(c.draft.words);
    return m === null ? outcome(false) : outcome(true, written(c.draft, m.from, m.to));
  },
};
