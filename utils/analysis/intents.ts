/**
 * Intents, any number of them, from the cue kinds found, the sentiment and the shape of the
 * comment. Rules follow the labelling guidelines: a plain info question is only a question,
 * a rhetorical one is a complaint, spam is spam whatever its words say.
 */
import type { Intent } from './labels';
import type { Prepared } from './prepare';
import type { SentimentResult } from './sentiment';
import type { Signals } from './signals';

const LETTER = /\p{L}/u;

/** Exclamations that react without evaluating anything: not praise on their own. */
const GENERIC = new Set([
  'keren',
  'mantap',
  'wow',
  'asik',
  'asyik',
  'seru',
  'selamat',
  'congrats',
  'congratulations',
  'terimakasih',
  'thanks',
  'thank',
  'obsessed',
  'nice',
  'cool',
  'semangat',
  'sukses',
  'happy',
  'yay',
  'lucky',
  'hope',
  'alhamdulillah',
  'syukur',
  'aman',
  'ok',
  'oke',
]);

export function startsWithMention(p: Prepared): boolean {
  return p.tokens[0]?.kind === 'mention';
}

export function hasPhone(p: Prepared): boolean {
  for (const t of p.tokens) {
    if (t.kind !== 'num') continue;
    if (
      (t.raw.startsWith('08') && t.raw.length >= 4) ||
      (t.raw.startsWith('62') && t.raw.length >= 2) ||
      t.raw.length >= 9
    )
      return true;
  }
  return false;
}

function hasWord(p: Prepared, w: string): boolean {
  for (const i of p.info) if (i.word === w) return true;
  return false;
}

/** Promotion plus a way to reach the promoter (link, phone, "WA", "cek IG"). */
export function isSpam(p: Prepared, s: Signals): boolean {
  if (!s.has('promo')) return false;
  const link = hasWord(p, 'URL') || hasPhone(p) || s.has('contact');
  return link && (p.questionMarks === 0 || s.has('contact'));
}

/** A cue that judges something (not a generic exclamation, not an emoji). Asked last: it is the
 * costliest test. */
function evaluative(sent: SentimentResult): boolean {
  for (const c of sent.cues) if (!GENERIC.has(c.toLowerCase()) && LETTER.test(c)) return true;
  return false;
}

export function detectIntents(p: Prepared, s: Signals, sent: SentimentResult): Intent[] {
  const out: Intent[] = [];
  const spam = isSpam(p, s);
  if (spam) {
    out.push('spam');
    if (
      s.has('impersonate') ||
      s.has('urgent') ||
      (s.has('money') && s.has('promo')) ||
      (hasWord(p, 'URL') && s.has('promo') && hasWord(p, 'off'))
    )
      out.push('urgent');
    return out;
  }
  const reply = startsWithMention(p);
  const neg = sent.label === 'negative';
  const qword = s.has('qword');
  const asks = p.questionMarks > 0 || s.has('ask');
  // Rhetorical: a negative or "??" question with no question word and no request
  // ("harga segini buat porsi segitu??" is a jab, not a question).
  const rhetorical = p.questionMarks > 0 && (neg || p.questionMarks >= 2) && !qword && !s.has('ask');
  const question = asks && !rhetorical && !reply;
  if (question) out.push('question');
  const complaint =
    !reply && !p.emojiOnly && ((neg && p.wordCount >= 3) || (s.has('failure') && sent.label !== 'positive'));
  if (complaint) out.push('complaint');
  if (
    sent.label === 'positive' &&
    !reply &&
    !question &&
    p.wordCount >= 2 &&
    !s.has('contest') &&
    evaluative(sent)
  )
    out.push('praise');
  if (s.has('idea') || (complaint && s.has('fix'))) out.push('suggestion');
  if ((question && s.has('product')) || s.has('want')) out.push('purchase_intent');
  if (s.has('toxic') && (neg || p.tokens.some((t) => t.caps))) out.push('toxic');
  if ((s.has('urgent') || (s.has('money') && s.has('loss'))) && (neg || complaint || s.has('failure')))
    out.push('urgent');
  return out;
}
