import type { Intent, Sentiment, Stage } from '@/utils/analysis/labels';

/** Everything a badge shows for one comment. */
export interface BadgeView {
  commentId: string;
  stage: Stage;
  sentiment: Sentiment;
  intents: Intent[];
  confidence: number;
  cues: string[];
  /** Who set the shown values by hand, if anyone. */
  manualBy: string | null;
  /** The brand page's own reply: marked as such, with no tag to judge or correct. */
  byPage: boolean;
}

/** The intents worth an icon beside the badge, and the glyph each gets. */
export const FLAGGED_INTENTS: ReadonlyArray<readonly [Intent, string]> = [
  ['urgent', '‼'],
  ['complaint', '⚠'],
  ['question', '?'],
  ['toxic', '☠'],
  ['spam', '⊘'],
];
