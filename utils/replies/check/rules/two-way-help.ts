/**
 * comfortable: a "how do I use it" question gets two-way or audio-visual help (a video, a guide,
 * a call) rather than steps squeezed into a comment.
 */
import { list, phrases } from '../phrases';
import { hasLink, outcome, written, type Context, type Rule } from '../rule';

const HOW = list('gimana, gmn, gmna, bagaimana, gimna');
const USE = list(
  'pakai, pake, pakainya, pakenya, makainya, makenya, menggunakan, menggunakannya, pasang, pasangnya',
  'install, instal, aktifkan, aktifin, ngaktifin, setting, atur, daftar, klaim, redeem, bikin, buatnya',
  'masak, masaknya, nyalain, nyalakan',
);

const HOW_TO = phrases(
  'cara, caranya, tutorial, tutor',
  ...HOW.map((how) => USE.map((use) => `${how} ${use}, ${use} ${how}`).join(',')),
  'how do i, how do you, how do we, how to, how can i, how should i, how does it work, how does this work',
  'how is it used, instructions, step by step',
);

const HELP = phrases(
  'video*, tutorial*, panduan*, guide*, manual, call, telepon, telpon, vc, vcall, youtube, reel*, demo',
  'step by step, langkah, link, tautan, live chat, zoom, walk you through',
);

export const twoWayHelp: Rule = {
  id: 'two-way-help',
  principle: 'comfortable',
  applies: (c) => c.input.subject.intents.includes('question') && HOW_TO.in(c.comment),
  check(c: Context) {
    const m = HELP.find(c.draft.words);
    if (m !== null) return outcome(true, written(c.draft, m.from, m.to));
    const link = c.input.voice.channels.helpLink.trim();
    const own =
      link !== '' && c.draft.clean.toLowerCase().includes(link.toLowerCase().replace(/^https?:\/\//, ''));
    if (own) return outcome(true, link);
    return hasLink(c.draft) ? outcome(true, 'link') : outcome(false);
  },
};
