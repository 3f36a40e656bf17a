import type { Intent, Sentiment, Stage } from '../analysis/labels';
import type { CommentCapture, PageCapture, Platform, PostCapture } from '../capture/schema';

/** Bookkeeping every stored page, post and comment carries. Times are epoch ms. */
interface Seen {
  firstSeenAt: number;
  lastSeenAt: number;
}

export type PageRecord = PageCapture & Seen;
export type PostRecord = PostCapture & Seen;
export type CommentRecord = CommentCapture &
  Seen & {
    /** When the brand's own reply was first seen; null while unanswered. */
    answeredAt: number | null;
  };

export { INTENTS, SENTIMENTS, STAGES } from '../analysis/labels';
export type { Intent, Sentiment, Stage } from '../analysis/labels';

/** The current tag of a comment: automatic, or a moderator's correction. */
export interface AnnotationRecord {
  commentId: string;
  stage: Stage;
  stageConfidence: number;
  sentiment: Sentiment;
  sentimentScore: number;
  intents: Intent[];
  source: 'auto' | 'manual';
  /** "tanggap" for automatic tags, the moderator's name for manual ones. */
  by: string;
  at: number;
}

/** Every tag ever set, appended, never rewritten. */
export type AnnotationEvent = AnnotationRecord & { id?: number };

export interface ReplyRecord {
  id?: number;
  commentId: string;
  pageId: string;
  platform: Platform;
  templateId: string | null;
  text: string;
  checkScore: number | null;
  agent: string;
  insertedAt: number;
}

export interface TemplateRecord {
  id: string;
  lang: 'id' | 'en';
  title: string;
  text: string;
  stages: Stage[];
  sentiments: Sentiment[];
  intents: Intent[];
  updatedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
