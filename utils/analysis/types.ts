import type { Intent, Language, Sentiment, Stage } from './labels';

/** What the caller knows about a comment besides its text. */
export interface AnalysisContext {
  platform?: 'facebook' | 'instagram';
  /** True for a reply to another comment (depth > 0). */
  isReply?: boolean;
  /** @handles or names the comment mentions, as the page marks them. */
  mentions?: readonly string[];
}

/** The engine's judgement of one comment, with the cues that decided it. */
export interface Analysis {
  language: Language;
  sentiment: { label: Sentiment; score: number; cues: string[] };
  intents: Intent[];
  stage: { label: Stage; confidence: number; cues: string[] };
}
