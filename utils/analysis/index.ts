import type { Analysis, AnalysisContext } from './types';

export type { Analysis, AnalysisContext } from './types';

/** Placeholder until the engine lands (issue 3): every comment reads as a neutral consumption. */
export function analyze(_text: string, _context: AnalysisContext = {}): Analysis {
  return {
    language: 'id',
    sentiment: { label: 'neutral', score: 0, cues: [] },
    intents: [],
    stage: { label: 'consumption', confidence: 0, cues: [] },
  };
}
