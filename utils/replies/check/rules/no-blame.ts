/** consistent: the reply never blames the commenter ("makanya", "kan sudah", "you should have"). */
import { phrases } from '../phrases';
import { always, outcome, written, type Rule } from '../rule';

const YOU = ['kakak', 'kak', 'kamu', 'anda', 'bapak', 'ibu'];

const BLAME = phrases(
  ...YOU.map((you) => `salah ${you}, kesalahan ${you}, seharusnya ${you}, harusnya ${you}`),
  ...YOU.map((you) => `${you} seharusnya, ${you} harusnya, ${you} sendiri yang, ${you} kurang teliti`),
  'makanya, kan sudah, kan udah, kan udh, kan sdh, kurang teliti, tidak teliti, gak teliti, baca dulu',
  'dibaca dulu, sudah kami bilang, udah dibilang, sudah dijelaskan, salah sendiri, bukan salah kami',
  'bukan kesalahan kami, bukan tanggung jawab kami, kesalahan pembeli',
  "your fault, your own fault, your mistake, your error, you should have, you should've, you shouldve",
  "you didn't read, you did not read, you failed to, you forgot, as we said, as stated, as already stated",
  "if you'd read, user error, read the description, read the instructions, clearly stated",
  'you were supposed, not our fault, not our problem, not our responsibility',
);

export const noBlame: Rule = {
  id: 'no-blame',
  principle: 'consistent',
  applies: always,
  check(c) {
    const m = BLAME.find(c.draft.words);
    return m === null ? outcome(true) : outcome(false, written(c.draft, m.from, m.to));
  },
};
