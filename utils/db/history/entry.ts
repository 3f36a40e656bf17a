import type { AnnotationRecord, CommentRecord, ReplyRecord } from '../records';
import { fold, intentBits, type HistoryEntry } from './filters';

/** The history's time of a comment: the page's own time, else when Tanggap first saw it. */
export function commentTime(comment: Pick<CommentRecord, 'createdAt' | 'firstSeenAt'>): number {
  return comment.createdAt ?? comment.firstSeenAt;
}

export type Intern = <T extends string>(s: T) => T;

/** Shares one copy of strings that repeat across 100,000 entries (page ids, platforms). */
export function interner(): Intern {
  const seen = new Map<string, string>();
  return <T extends string>(s: T): T => {
    const known = seen.get(s);
    if (known !== undefined) return known as T;
    seen.set(s, s);
    return s;
  };
}

export type Labels = Pick<HistoryEntry, 'stage' | 'sentiment' | 'intents'>;

export function labelsOf(tag: Pick<AnnotationRecord, 'stage' | 'sentiment' | 'intents'> | undefined): Labels {
  return {
    stage: tag?.stage ?? null,
    sentiment: tag?.sentiment ?? null,
    intents: intentBits(tag?.intents ?? []),
  };
}

export function toEntry(
  comment: CommentRecord,
  tag: AnnotationRecord | undefined,
  replies: readonly Pick<ReplyRecord, 'text'>[],
  intern: Intern = (s) => s,
): HistoryEntry {
  const words = [comment.authorName, comment.text, ...replies.map((r) => r.text)];
  return {
    id: comment.id,
    time: commentTime(comment),
    dated: comment.createdAt !== null,
    hay: fold(words.join('\n')),
    pageId: intern(comment.pageId),
    platform: intern(comment.platform),
    ...labelsOf(tag),
    answered: comment.answeredAt !== null,
    byPage: comment.byPage,
  };
}
