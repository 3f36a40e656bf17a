/**
 * Sentiment: the trained model's logits plus rules the training data cannot teach for brand
 * comments (emoji-only reactions, plain questions, sarcasm next to a concrete failure).
 */
import type { Sentiment } from './labels';
import { EMOJI_VALENCE } from './emoji';
import type { Cue, Evidence } from './features';
import { modelLogits, modelScale } from './model';
import { rawAt, wordAt, type Prepared } from './prepare';
import { isSarcastic } from './sarcasm';
import { CUE } from './cue-index';
import type { Signals } from './signals';
import { WORD } from './token';
import { THANKS } from './word-record';
import { I_FLAGS, I_NEG, I_POS, WI } from './word-table';

export interface SentimentResult {
  label: Sentiment;
  score: number;
  cues: string[];
}

const MAX_CUES = 4;
const LEXICON_BOOST = 2;
const NEUTRAL_MARGIN = 1;

function hypeOnly(p: Prepared): boolean {
  for (let i = 0; i < p.n; i++) {
    const w = wordAt(p, i);
    if (w === '😭' || w === '🥺') return true;
  }
  return false;
}

function emojiOnly(p: Prepared): SentimentResult {
  let sum = 0;
  const cues: string[] = [];
  for (let i = 0; i < p.n; i++) {
    const w = wordAt(p, i);
    const v = EMOJI_VALENCE.get(w);
    if (v === undefined) continue;
    sum += v;
    if (v !== 0 && cues.length < MAX_CUES && !cues.includes(w)) cues.push(w);
  }
  // 😭 or 🥺 alone is hype on a brand post, mildly positive.
  if (sum === 0 && hypeOnly(p)) sum = 1;
  const score = Math.max(-1, Math.min(1, sum / (2 * p.emojiCount)));
  return { label: score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral', score, cues };
}

/** Sorts cues strongest first, ties in text order (what a stable sort does; no comparator closure). */
function byStrength(cues: Cue[]): void {
  for (let k = 1; k < cues.length; k++) {
    const c = cues[k] as Cue;
    const v = Math.abs(c.value);
    let j = k - 1;
    for (; j >= 0 && Math.abs((cues[j] as Cue).value) < v; j--) cues[j + 1] = cues[j] as Cue;
    cues[j + 1] = c;
  }
}

function pickCues(p: Prepared, ev: Evidence, label: Sentiment): string[] {
  const out: string[] = [];
  if (label === 'neutral') return out;
  const sign = label === 'positive' ? 1 : -1;
  const lex: Cue[] = [];
  for (const c of ev.cues) if (c.value * sign > 0) lex.push(c);
  byStrength(lex);
  for (const c of lex) {
    if (out.length >= MAX_CUES) break;
    const text = rawAt(p, c.at);
    if (!out.includes(text)) out.push(text);
  }
  if (out.length > 0) return out;
  // No lexicon word: show the model's strongest word for the label.
  let best = -1;
  let bestW = 0.5;
  for (let i = 0; i < p.n; i++) {
    const w =
      (WI[16 * (p.ids[i] as number) + (label === 'positive' ? I_POS : I_NEG)] as number) / modelScale();
    if (w > bestW && p.tokens.kind[i] === WORD) {
      best = i;
      bestW = w;
    }
  }
  if (best >= 0) out.push(rawAt(p, best));
  return out;
}

export function scoreSentiment(p: Prepared, ev: Evidence, s: Signals): SentimentResult {
  if (p.n === 0) return { label: 'neutral', score: 0, cues: [] };
  if (p.emojiOnly) return emojiOnly(p);
  const z = modelLogits(p, ev);
  // Our lexicon knows brand-page words the training text lacks: it gets an extra say, and a
  // verdict needs a margin over neutral (tuned by cross-validation on the English sets).
  z.pos += LEXICON_BOOST * ev.logPos - NEUTRAL_MARGIN;
  z.neg += LEXICON_BOOST * ev.logNeg - NEUTRAL_MARGIN;
  const m = Math.max(0, z.pos, z.neg);
  // The largest of the three is exp(0) = 1 exactly: two exp calls, not three.
  const ep = m === z.pos ? 1 : Math.exp(z.pos - m);
  const en = m === z.neg ? 1 : Math.exp(z.neg - m);
  const e0 = m === 0 ? 1 : Math.exp(-m);
  const sum = ep + en + e0;
  let score = (ep - en) / sum;
  let label: Sentiment = ep >= en && ep > e0 ? 'positive' : en > ep && en > e0 ? 'negative' : 'neutral';
  // Plain loops, not reduce/every: no closure per comment on the hot path.
  let strongest = 0;
  let thanksOnly = ev.cues.length > 0;
  for (const c of ev.cues) {
    strongest = Math.max(strongest, Math.abs(c.value));
    if (((WI[16 * c.id + I_FLAGS] as number) & THANKS) === 0) thanksOnly = false;
  }
  const failure = s.has(CUE.failure);
  // "bagus sih, tapi mahal": the clause after "but" carries the verdict.
  if (label === 'positive' && ev.afterContrast <= -1) label = 'negative';
  else if (label === 'negative' && ev.afterContrast >= 1.5) label = 'positive';
  // A plain question with no opinion word or reported failure is neutral.
  if ((p.questionMarks > 0 || s.has(CUE.ask)) && p.wordCount <= 20 && !failure && strongest < 2.5)
    label = 'neutral';
  // A few words with no opinion word ("ok", "noted min") are neutral, whatever the model guesses.
  if (ev.cues.length === 0 && p.wordCount <= 4 && Math.max(ep, en) / sum < 0.85) label = 'neutral';
  // A reported failure (not arrived, broken, still no reply) is negative unless praise outweighs it.
  // Thanks alone ("thanks for the info", "makasih min") is formula, not praise.
  if (label === 'positive' && p.wordCount <= 6 && thanksOnly) label = 'neutral';
  if (failure && (label === 'neutral' || (label === 'positive' && ev.lexPos < 2)) && p.questionMarks === 0) {
    label = 'negative';
    score = Math.min(score, -0.3);
  }
  // Reported harm to health ("anak saya alergi", "had to go to the hospital") is a complaint
  // whatever else the comment says; a question about it ("aman untuk yang alergi?") is not.
  if (s.has(CUE.harm) && p.questionMarks === 0) {
    label = 'negative';
    score = Math.min(score, -0.5);
  }
  if (isSarcastic(p, ev, failure)) {
    label = 'negative';
    score = Math.min(score, -0.5);
    return { label, score, cues: pickCues(p, ev, 'positive').concat('(sarcasm)') };
  }
  // Rules may overrule the model: keep the score's sign in line with the label.
  if (label === 'positive' && score <= 0) score = 0.2;
  else if (label === 'negative' && score >= 0) score = -0.2;
  return { label, score: Math.round(score * 100) / 100, cues: pickCues(p, ev, label) };
}
