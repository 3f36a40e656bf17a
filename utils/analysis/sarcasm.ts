/**
 * Sarcasm we can catch: praise words beside a concrete failure ("mantap, 3 minggu gak nyampe 👏",
 * "Great. Still no refund after 4 months").
 */
import type { Evidence } from './features';
import { wordAt, type Prepared } from './prepare';
import { BOUNDARY, PUNCT } from './token';
import { infoOf } from './word-ids';

/** Praise that is often ironic on a complaint. */
const IRONIC = new Set([
  'mantap',
  'hebat',
  'keren',
  'bagus',
  'great',
  'nice',
  'thanks',
  'terimakasih',
  'sure',
  'wow',
  'good',
  '👏',
  '🙃',
  'luar',
  'makasih',
  'selamat',
  'congrats',
  'brilliant',
  'lovely',
  'perfect',
]);
const TIME_UNITS = new Set([
  'menit',
  'jam',
  'hari',
  'minggu',
  'bulan',
  'tahun',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'mins',
  'hrs',
  'week',
  'month',
  'seminggu',
  'sebulan',
  'sejam',
  'setahun',
]);
const FAILURE_AFTER_NEG = new Set([
  'sampai',
  'datang',
  'ada',
  'dibalas',
  'balas',
  'masuk',
  'bisa',
  'reply',
  'refund',
  'refunded',
  'arrived',
  'answer',
  'working',
  'dikirim',
  'diproses',
  'respon',
]);
const FAILURE_WORDS = new Set([
  'telat',
  'terlambat',
  'delay',
  'hilang',
  'rusak',
  'cancel',
  'crash',
  'kemudian',
  'still',
  'masih',
  'lagi',
  'again',
]);

/** `failure`: the signals found a reported failure (cue-lists.ts). */
export function isSarcastic(p: Prepared, ev: Evidence, failure: boolean): boolean {
  if (ev.lexPos === 0 || p.wordCount > 25) return false;
  let ironic = false;
  for (const c of ev.cues) if (c.value > 0 && IRONIC.has(infoOf(c.id).word)) ironic = true;
  if (!ironic) return false;
  // "… in plastic bags. Sure." / "… not available. Great.": a one-word verdict closing a complaint.
  let last = p.n - 1;
  while (last > 0 && p.tokens.kind[last] === PUNCT) last--;
  if (
    last >= 0 &&
    ((p.tokens.flags[last] as number) & BOUNDARY) !== 0 &&
    IRONIC.has(wordAt(p, last)) &&
    p.wordCount >= 6
  )
    return true;
  let count = failure ? 1 : 0;
  for (let i = 0; i < p.n; i++) {
    const w = wordAt(p, i);
    const next = wordAt(p, i + 1);
    if (w === 'NUM' && TIME_UNITS.has(next)) count++;
    else if (
      (w === 'tidak' || w === 'belum' || w === 'no' || w === "haven't" || w === "didn't") &&
      FAILURE_AFTER_NEG.has(next)
    )
      count++;
    else if (FAILURE_WORDS.has(w)) count += 0.5;
  }
  return count >= 1 && ev.lexNeg < ev.lexPos * 3;
}
