import type { Intent, Language, Sentiment, Stage } from '../analysis/labels';
import type { CommentCapture, PageCapture, Platform, PostCapture } from '../capture/schema';

export { INTENTS, SENTIMENTS, STAGES } from '../analysis/labels';
export type { Intent, Sentiment, Stage } from '../analysis/labels';

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

/** What the analysis engine said of a comment. */
export interface AutoTag {
  stage: Stage;
  stageConfidence: number;
  sentiment: Sentiment;
  sentimentScore: number;
  intents: Intent[];
  language: Language;
  cues: { stage: string[]; sentiment: string[] };
}

/** A moderator's correction of one field. */
export interface ManualValue<T> {
  value: T;
  by: string;
  at: number;
}

export interface ManualTags {
  stage?: ManualValue<Stage>;
  sentiment?: ManualValue<Sentiment>;
}

/**
 * The current tag of a comment. `stage` and `sentiment` are the effective values (a moderator's
 * correction wins over the engine), kept flat so they can be indexed and filtered.
 */
export interface AnnotationRecord {
  commentId: string;
  pageId: string;
  auto: AutoTag;
  manual: ManualTags;
  stage: Stage;
  sentiment: Sentiment;
  intents: Intent[];
  source: 'auto' | 'manual';
  at: number;
}

/** Every tag ever set, appended, never rewritten. */
export type AnnotationEvent =
  | { id?: number; commentId: string; kind: 'auto'; tag: AutoTag; by: string; at: number }
  | {
      id?: number;
      commentId: string;
      kind: 'manual';
      field: 'stage' | 'sentiment';
      value: string;
      by: string;
      at: number;
    };

/** A reply Tanggap put into the page's reply box, with the comment as it was then. */
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
  /** The comment's text and labels when the reply was written: what "similar comments" are matched on. */
  commentText: string;
  stage: Stage;
  sentiment: Sentiment;
  intents: Intent[];
  language: Language;
  /** When the brand's reply to the comment appeared on the page; null until then. */
  answeredAt: number | null;
  /** From the comment's time (or when we first saw it) to the answer. */
  responseMs: number | null;
}

export interface TemplateRecord {
  id: string;
  lang: 'id' | 'en';
  title: string;
  text: string;
  stages: Stage[];
  sentiments: Sentiment[];
  intents: Intent[];
  /** Words in a comment that make this template the better fit among those with the same labels. */
  cues?: string[];
  updatedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
