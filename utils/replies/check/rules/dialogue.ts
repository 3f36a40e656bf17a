/** comfortable: the reply invites the person to keep talking ("kabari kami ya", a closing question). */
import { phrases } from '../phrases';
import { always, outcome, type Rule } from '../rule';

// "Mohon ditunggu" asks the person to wait: only "ditunggu kabarnya" invites an answer.
const INVITE = phrases(
  'kabari*, kabarin, beri tahu kami, beritahu kami, ada yang bisa kami bantu, ada lagi yang bisa',
  'jangan ragu, ditunggu kabar*, hubungi kami lagi, hubungi kami kembali, kami siap membantu',
  'siap membantu, siap bantu, ceritakan, let us know, let me know, feel free, reach out, get back to us',
  "we're here, we are here, here to help, here for you, happy to help, tell us, keep us posted",
  'any other questions, any questions',
);

export const dialogue: Rule = {
  id: 'dialogue',
  principle: 'comfortable',
  applies: always,
  check(c) {
    return outcome(INVITE.in(c.draft) || c.draft.sentences.some((s) => s.question));
  },
};
