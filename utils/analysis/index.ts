/**
 * The analysis engine (issue 3): language, sentiment, intents and engagement stage of one comment.
 * Pure and synchronous; the content script calls it on every comment it finds.
 */
import { collectEvidence } from './features';
import { detectLanguage } from './language';
import { modelVocabulary } from './model';
import { prepare, setKnownWords } from './prepare';
import { scoreSentiment } from './sentiment';
import type { Analysis, AnalysisContext } from './types';

export type { Analysis, AnalysisContext } from './types';

setKnownWords(modelVocabulary());

export function analyze(text: string, context: AnalysisContext = {}): Analysis {
  void context;
  const p = prepare(typeof text === 'string' ? text : '');
  const ev = collectEvidence(p);
  const sentiment = scoreSentiment(p, ev);
  return {
    language: detectLanguage(p.norm),
    sentiment,
    intents: [],
    stage: { label: 'consumption', confidence: 0, cues: [] },
  };
}
