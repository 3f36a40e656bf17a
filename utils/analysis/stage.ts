/**
 * Engagement stage (Evans): the highest stage whose cues are present wins, but a higher stage
 * needs one strong cue or two weak ones; otherwise the comment falls back a stage.
 */
import type { Intent, Stage } from './labels';
import type { Prepared } from './prepare';
import type { SentimentResult } from './sentiment';
import type { Signals } from './signals';
import type { AnalysisContext } from './types';
import { startsWithMention } from './intents';

export interface StageResult {
  label: Stage;
  confidence: number;
  cues: string[];
}

function cue(s: Signals, ...kinds: Parameters<Signals['get']>[0][]): string[] {
  const out: string[] = [];
  for (const k of kinds) for (const c of s.get(k) ?? []) out.push(c);
  return out;
}

/** `context`: a reply (isReply) may answer another customer; page-marked mentions count as tags. */
export function detectStage(
  p: Prepared,
  s: Signals,
  sent: SentimentResult,
  intents: readonly Intent[],
  context: AnalysisContext,
): StageResult {
  const has = (i: Intent): boolean => intents.includes(i);
  if (has('spam'))
    return { label: 'creation', confidence: 0.9, cues: ['spam', ...cue(s, 'promo', 'contact')] };
  const reply = startsWithMention(p) || context.isReply === true;
  const tagged = p.mentions > 0 || (Array.isArray(context.mentions) && context.mentions.length > 0);
  const firstPerson = s.has('first');
  // Collaboration: answering another customer, contest entries, partnerships, ideas for the brand.
  if (reply && s.has('advice') && (p.wordCount >= 6 || firstPerson))
    return { label: 'collaboration', confidence: 0.8, cues: ['@reply', ...cue(s, 'advice')] };
  const hashtagEntry = p.tokens.some((t) => t.kind === 'hashtag') && !has('complaint');
  const numberAnswer =
    p.tokens[0]?.kind === 'num' && p.wordCount <= 6 && sent.label !== 'negative' && !has('complaint');
  if (
    hashtagEntry ||
    numberAnswer ||
    (s.has('contest') && !has('complaint') && !has('question') && !s.has('media'))
  )
    return {
      label: 'collaboration',
      confidence: 0.75,
      cues: cue(s, 'contest').concat(hashtagEntry ? ['#entry'] : numberAnswer ? ['answer'] : []),
    };
  if (s.has('partner')) return { label: 'collaboration', confidence: 0.7, cues: cue(s, 'partner') };
  if (has('suggestion') && (!has('complaint') || s.has('idea')))
    return { label: 'collaboration', confidence: 0.7, cues: cue(s, 'idea') };
  // Creation: own content, tips, long first-person stories, asking the community.
  if (s.has('community') && (p.questionMarks > 0 || s.has('ask')))
    return { label: 'creation', confidence: 0.75, cues: cue(s, 'community') };
  if (s.has('tips') || s.has('media'))
    return { label: 'creation', confidence: 0.75, cues: cue(s, 'tips', 'media') };
  if (p.wordCount >= 30 && firstPerson)
    return { label: 'creation', confidence: 0.65, cues: ['long own story', ...cue(s, 'past')] };
  // Curation: verdicts, complaints, praise, tagging, comparing, sharing.
  if (has('complaint') || has('praise'))
    return {
      label: 'curation',
      confidence: 0.75,
      cues: intents.filter((i) => i === 'complaint' || i === 'praise'),
    };
  if (tagged) return { label: 'curation', confidence: 0.65, cues: ['@tag'] };
  if (s.has('compare') || s.has('share'))
    return { label: 'curation', confidence: 0.65, cues: cue(s, 'compare', 'share') };
  if (sent.label !== 'neutral' && p.wordCount >= 4 && !has('question'))
    return { label: 'curation', confidence: 0.55, cues: sent.cues.slice(0, 2) };
  // Consumption: reactions, acknowledgements and questions about the post's own information.
  const c = p.emojiOnly ? ['emoji only'] : has('question') ? ['question'] : cue(s, 'ack');
  return { label: 'consumption', confidence: p.emojiOnly || p.wordCount <= 3 ? 0.85 : 0.6, cues: c };
}
