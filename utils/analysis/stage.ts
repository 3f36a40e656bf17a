/**
 * Engagement stage (Evans): the highest stage whose cues are present wins, but a higher stage
 * needs one strong cue or two weak ones; otherwise the comment falls back a stage.
 */
import type { Intent, Stage } from './labels';
import type { Prepared } from './prepare';
import type { SentimentResult } from './sentiment';
import type { CueKind } from './cue-lists';
import { CUE } from './cue-index';
import type { Signals } from './signals';
import { NUM } from './token';
import type { AnalysisContext } from './types';
import { startsWithMention } from './intents';

export interface StageResult {
  label: Stage;
  confidence: number;
  cues: string[];
}

/** The phrases found of one or two cue kinds. */
function cue(s: Signals, a: CueKind, b?: CueKind): string[] {
  const out = s.get(a);
  if (b !== undefined) for (const c of s.get(b)) out.push(c);
  return out;
}

/** The complaint and praise among the intents, in order (a loop: no closure per comment). */
function verdicts(intents: readonly Intent[]): string[] {
  const out: string[] = [];
  for (const i of intents) if (i === 'complaint' || i === 'praise') out.push(i);
  return out;
}

function has(intents: readonly Intent[], i: Intent): boolean {
  return intents.includes(i);
}

/** `context`: a reply (isReply) may answer another customer; page-marked mentions count as tags. */
export function detectStage(
  p: Prepared,
  s: Signals,
  sent: SentimentResult,
  intents: readonly Intent[],
  context: AnalysisContext,
): StageResult {
  if (has(intents, 'spam'))
    return { label: 'creation', confidence: 0.9, cues: ['spam', ...cue(s, 'promo', 'contact')] };
  const reply = startsWithMention(p) || context.isReply === true;
  const tagged = p.mentions > 0 || (Array.isArray(context.mentions) && context.mentions.length > 0);
  const firstPerson = s.has(CUE.first);
  // Collaboration: answering another customer, contest entries, partnerships, ideas for the brand.
  if (reply && s.has(CUE.advice) && (p.wordCount >= 6 || firstPerson))
    return { label: 'collaboration', confidence: 0.8, cues: ['@reply', ...cue(s, 'advice')] };
  const hashtagEntry = p.hashtags > 0 && !has(intents, 'complaint');
  const numberAnswer =
    p.n > 0 &&
    p.tokens.kind[0] === NUM &&
    p.wordCount <= 6 &&
    sent.label !== 'negative' &&
    !has(intents, 'complaint');
  if (
    hashtagEntry ||
    numberAnswer ||
    (s.has(CUE.contest) && !has(intents, 'complaint') && !has(intents, 'question') && !s.has(CUE.media))
  )
    return {
      label: 'collaboration',
      confidence: 0.75,
      cues: cue(s, 'contest').concat(hashtagEntry ? ['#entry'] : numberAnswer ? ['answer'] : []),
    };
  if (s.has(CUE.partner)) return { label: 'collaboration', confidence: 0.7, cues: cue(s, 'partner') };
  if (has(intents, 'suggestion') && (!has(intents, 'complaint') || s.has(CUE.idea)))
    return { label: 'collaboration', confidence: 0.7, cues: cue(s, 'idea') };
  // Creation: own content, tips, long first-person stories, asking the community.
  if (s.has(CUE.community) && (p.questionMarks > 0 || s.has(CUE.ask)))
    return { label: 'creation', confidence: 0.75, cues: cue(s, 'community') };
  if (s.has(CUE.tips) || s.has(CUE.media))
    return { label: 'creation', confidence: 0.75, cues: cue(s, 'tips', 'media') };
  if (p.wordCount >= 30 && firstPerson)
    return { label: 'creation', confidence: 0.65, cues: ['long own story', ...cue(s, 'past')] };
  // Curation: verdicts, complaints, praise, tagging, comparing, sharing.
  if (has(intents, 'complaint') || has(intents, 'praise'))
    return {
      label: 'curation',
      confidence: 0.75,
      cues: verdicts(intents),
    };
  if (tagged) return { label: 'curation', confidence: 0.65, cues: ['@tag'] };
  if (s.has(CUE.compare) || s.has(CUE.share))
    return { label: 'curation', confidence: 0.65, cues: cue(s, 'compare', 'share') };
  if (sent.label !== 'neutral' && p.wordCount >= 4 && !has(intents, 'question'))
    return { label: 'curation', confidence: 0.55, cues: sent.cues.slice(0, 2) };
  // Consumption: reactions, acknowledgements and questions about the post's own information.
  const c = p.emojiOnly ? ['emoji only'] : has(intents, 'question') ? ['question'] : cue(s, 'ack');
  return { label: 'consumption', confidence: p.emojiOnly || p.wordCount <= 3 ? 0.85 : 0.6, cues: c };
}
