/**
 * Sentiment evidence from a prepared comment in one pass: lexicon valence with negation,
 * intensifiers and "but" clauses, and the word features the trained model weighs.
 * Shared by the runtime scorer and scripts/train-sentiment.ts so both see the same features.
 */
import { EMOJI_VALENCE } from './emoji';
import { LEXICON_EN } from './lexicon-en';
import { LEXICON_ID } from './lexicon-id';
import type { Prepared } from './prepare';
import { CONTRAST, DOWNTONERS, INTENSIFIERS, NEGATORS } from './words';

export interface Cue {
  /** The token as written. */
  text: string;
  value: number;
}

export interface Evidence {
  /** Model features: normalised words, "!word" inside a negation's scope, emoji. */
  feats: string[];
  /** Summed positive and negative lexicon valence (both >= 0). */
  lexPos: number;
  lexNeg: number;
  cues: Cue[];
  /** Features before this index sit in a clause a "but" overrides: they count half. */
  contrastAt: number;
}

const NEGATION_SPAN = 3;

export function lexiconValue(w: string): number | undefined {
  return LEXICON_ID.get(w) ?? LEXICON_EN.get(w) ?? EMOJI_VALENCE.get(w);
}

export function collectEvidence(p: Prepared): Evidence {
  const feats: string[] = [];
  const cues: Cue[] = [];
  let negLeft = 0;
  let contrastAt = 0;
  const { tokens, norm } = p;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token0;
    const w = norm[i] as string;
    if (t.boundary || t.kind === 'punct') negLeft = 0;
    if (t.kind === 'punct' || t.kind === 'url' || t.kind === 'mention' || t.kind === 'num') continue;
    if (CONTRAST.has(w) && i > 0) {
      // The clause before "but" counts half.
      for (const c of cues) c.value *= 0.5;
      negLeft = 0;
      feats.push(w);
      contrastAt = feats.length;
      continue;
    }
    if (NEGATORS.has(w)) {
      negLeft = NEGATION_SPAN;
      feats.push(w);
      continue;
    }
    const negated = negLeft > 0;
    if (negLeft > 0) negLeft--;
    feats.push(negated ? '!' + w : w);
    const v = lexiconValue(w);
    if (v === undefined || v === 0) continue;
    let m = 1;
    const prev = i > 0 ? norm[i - 1] : undefined;
    const next = norm[i + 1];
    if (prev !== undefined) m *= INTENSIFIERS.get(prev) ?? DOWNTONERS.get(prev) ?? 1;
    if (next !== undefined && t.kind === 'word') m *= INTENSIFIERS.get(next) ?? 1;
    if (t.caps) m *= 1.3;
    if (p.stretched[i] === true) m *= 1.3;
    // "not good" is bad; "not bad" is only mildly good.
    const value = negated ? (v > 0 ? -0.8 * v : -0.5 * v) * m : v * m;
    cues.push({ text: t.raw, value });
  }
  let lexPos = 0;
  let lexNeg = 0;
  const emphasis = 1 + 0.1 * Math.min(3, p.exclamations);
  for (const c of cues) {
    c.value *= emphasis;
    if (c.value > 0) lexPos += c.value;
    else lexNeg -= c.value;
  }
  return { feats, lexPos, lexNeg, cues, contrastAt };
}

type Token0 = Prepared['tokens'][number];
