/**
 * The analysis engine (issue 3): language, sentiment, intents and engagement stage of one comment.
 * Pure and synchronous; the content script calls it on every comment it finds.
 */
import { collectEvidence } from './features';
import { detectIntents } from './intents';
import { languageFromVotes } from './language';
import { prepare } from './prepare';
import { scoreSentiment } from './sentiment';
import { collectSignals } from './signals';
import { detectStage } from './stage';
import type { Analysis, AnalysisContext } from './types';

export type { Analysis, AnalysisContext } from './types';

export function analyze(text: string, context: AnalysisContext = {}): Analysis {
  // Callers outside TypeScript may pass anything: never throw.
  const safe = typeof text === 'string' ? text : '';
  const ctx: AnalysisContext = typeof context === 'object' && context !== null ? context : {};
  const p = prepare(safe);
  const ev = collectEvidence(p);
  const signals = collectSignals(p);
  const sentiment = scoreSentiment(p, ev, signals);
  const intents = detectIntents(p, signals, sentiment);
  // Spam reads as neutral whatever it promises; an idea for the brand with no opinion word too.
  if (
    intents.includes('spam') ||
    (intents.includes('suggestion') && sentiment.cues.length === 0 && ev.cues.length === 0)
  ) {
    sentiment.label = 'neutral';
    sentiment.score = 0;
    sentiment.cues = [];
  }
  return {
    language: languageFromVotes(p.idVotes, p.enVotes),
    sentiment,
    intents,
    stage: detectStage(p, signals, sentiment, intents, ctx),
  };
}
