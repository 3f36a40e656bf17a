/**
 * Intents, any number of them, from the cue kinds found, the sentiment and the shape of the
 * comment. Rules follow the labelling guidelines: a plain info question is only a question,
 * a rhetorical one is a complaint, spam is spam whatever its words say.
 */
import type { Intent } from './labels';
import { rawAt, wordAt, type Prepared } from './prepare';
import type { SentimentResult } from './sentiment';
import { CUE } from './cue-index';
import type { Signals } from './signals';
import { MENTION, NUM } from './token';

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
  return p.n > 0 && p.tokens.kind[0] === MENTION;
}

export function hasPhone(p: Prepared): boolean {
  for (let i = 0; i < p.n; i++) {
    if (p.tokens.kind[i] !== NUM) continue;
    const raw = rawAt(p, i);
    if (
      (raw.startsWith('08') && raw.length >= 4) ||
      (raw.startsWith('62') && raw.length >= 2) ||
      raw.length >= 9
    )
      return true;
  }
  return false;
}

function hasWord(p: Prepared, w: string): boolean {
  for (let i = 0; i < p.n; i++) if (wordAt(p, i) === w) return true;
  return false;
}

/** Promotion plus a way to reach the promoter (link, phone, "WA", "cek IG"). */
export function isSpam(p: Prepared, s: Signals): boolean {
  if (!s.has(CUE.promo)) return false;
  const link = p.links > 0 || hasPhone(p) || s.has(CUE.contact);
  return link && (p.questionMarks === 0 || s.has(CUE.contact));
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
      s.has(CUE.impersonate) ||
      s.has(CUE.urgent) ||
      (s.has(CUE.money) && s.has(CUE.promo)) ||
      (p.links > 0 && s.has(CUE.promo) && hasWord(p, 'off'))
    )
      out.push('urgent');
    return out;
  }
  const reply = startsWithMention(p);
  const neg = sent.label === 'negative';
  const qword = s.has(CUE.qword);
  const asks = p.questionMarks > 0 || s.has(CUE.ask);
  // Rhetorical: a negative or "??" question with no question word and no request
  // ("harga segini buat porsi segitu??" is a jab, not a question).
  const rhetorical = p.questionMarks > 0 && (neg || p.questionMarks >= 2) && !qword && !s.has(CUE.ask);
  const question = asks && !rhetorical && !reply;
  if (question) out.push('question');
  const complaint =
    !reply &&
    !p.emojiOnly &&
    ((neg && p.wordCount >= 3) || (s.has(CUE.failure) && sent.label !== 'positive'));
  if (complaint) out.push('complaint');
  if (
    sent.label === 'positive' &&
    !reply &&
    !question &&
    p.wordCount >= 2 &&
    !s.has(CUE.contest) &&
    evaluative(sent)
  )
    out.push('praise');
  if (s.has(CUE.idea) || (complaint && s.has(CUE.fix))) out.push('suggestion');
  if ((question && s.has(CUE.product)) || s.has(CUE.want)) out.push('purchase_intent');
  if (s.has(CUE.toxic) && (neg || p.capsTokens > 0)) out.push('toxic');
  if (
    (s.has(CUE.urgent) || (s.has(CUE.money) && s.has(CUE.loss))) &&
    (neg || complaint || s.has(CUE.failure))
  )
    out.push('urgent');
  return out;
}
