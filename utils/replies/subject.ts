import type { AnnotationRecord, CommentRecord } from '../db/records';
import type { ReplySubject } from './types';

/** @handles in the text; Facebook shows tagged friends as links, which the adapter keeps as names. */
const MENTION = /(^|\s)@[\p{L}\p{N}._]{2,}/gu;

/** The comment as the reply assistant reasons about it: the moderator's corrections win. */
export function subjectOf(comment: CommentRecord, tag: AnnotationRecord | null): ReplySubject {
  return {
    text: comment.text,
    authorName: comment.authorName,
    platform: comment.platform,
    language: tag?.auto.language ?? 'id',
    stage: tag?.stage ?? 'consumption',
    sentiment: tag?.sentiment ?? 'neutral',
    intents: tag?.intents ?? [],
    createdAt: comment.createdAt ?? comment.firstSeenAt,
    mentions: comment.text.match(MENTION)?.length ?? 0,
  };
}
