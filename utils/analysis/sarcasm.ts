/**
 * Sarcasm we can catch: praise words beside a concrete failure ("mantap, 3 minggu gak nyampe 👏",
 * "Great. Still no refund after 4 months"). The word lists are in sarcasm-words.ts.
 */
import type { Evidence } from './features';
import type { Prepared } from './prepare';
import { BOUNDARY, NUM, PUNCT } from './token';
import { FAILURE_AFTER_NEG, FAILURE_NEGATION, FAILURE_WORD, flagsOf, IRONIC, TIME_UNIT } from './word-record';

/** `failure`: the signals found a reported failure (cue-lists.ts). */
export function isSarcastic(p: Prepared, ev: Evidence, failure: boolean): boolean {
  if (ev.lexPos === 0 || p.wordCount > 25) return false;
  let ironic = false;
  for (const c of ev.cues) if (c.value > 0 && (flagsOf(c.id) & IRONIC) !== 0) ironic = true;
  if (!ironic) return false;
  // "… in plastic bags. Sure." / "… not available. Great.": a one-word verdict closing a complaint.
  let last = p.n - 1;
  while (last > 0 && p.tokens.kind[last] === PUNCT) last--;
  if (
    last >= 0 &&
    ((p.tokens.flags[last] as number) & BOUNDARY) !== 0 &&
    (flagsOf(p.ids[last] as number) & IRONIC) !== 0 &&
    p.wordCount >= 6
  )
    return true;
  let count = failure ? 1 : 0;
  // The word classes are flags in each word's record (word-ids.ts): no string compared.
  for (let i = 0; i < p.n; i++) {
    const w = flagsOf(p.ids[i] as number);
    const next = i + 1 < p.n ? flagsOf(p.ids[i + 1] as number) : 0;
    if (p.tokens.kind[i] === NUM && (next & TIME_UNIT) !== 0) count++;
    else if ((w & FAILURE_NEGATION) !== 0 && (next & FAILURE_AFTER_NEG) !== 0) count++;
    else if ((w & FAILURE_WORD) !== 0) count += 0.5;
  }
  return count >= 1 && ev.lexNeg < ev.lexPos * 3;
}
