import type { Intent, Language, Sentiment, Stage } from '../analysis/labels';
import type { Platform } from '../capture/schema';

/** The four principles of a good brand reply (../shared/REPLIES.md). */
export const PRINCIPLES = ['convenient', 'comfortable', 'consistent', 'customized'] as const;
export type Principle = (typeof PRINCIPLES)[number];

/** The comment a reply answers, as the reply assistant sees it. */
export interface ReplySubject {
  text: string;
  authorName: string;
  platform: Platform;
  language: Language;
  stage: Stage;
  sentiment: Sentiment;
  intents: readonly Intent[];
  /** Epoch ms the comment was posted, when the page said. */
  createdAt: number | null;
  /** How many other people the comment @mentions (tagging friends). */
  mentions: number;
}

/** How long a comment may wait for an answer before it is late. */
export interface ResponseTargets {
  complaintMinutes: number;
  otherMinutes: number;
}

export const DEFAULT_TARGETS: ResponseTargets = { complaintMinutes: 60, otherMinutes: 240 };

/** A reply template's language: a mixed-language comment is answered in Indonesian. */
export type ReplyLanguage = 'id' | 'en';

export function replyLanguage(language: Language): ReplyLanguage {
  return language === 'en' ? 'en' : 'id';
}
