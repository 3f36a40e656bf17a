import type { AnnotationRecord, CommentRecord, ReplyRecord, TemplateRecord } from '../db/records';
import { listCell, timeCell, toCsv, type Cell } from './csv-cells';

/** The tables a spreadsheet user can take away, one CSV file each. */
export const CSV_TABLES = ['comments', 'replies', 'templates'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

type Columns<T> = ReadonlyArray<readonly [header: string, cell: (record: T) => Cell]>;

/** A comment with its current tag: the rows a manager sorts and filters. */
export interface TaggedComment {
  comment: CommentRecord;
  tag: AnnotationRecord | undefined;
}

const COMMENT_COLUMNS: Columns<TaggedComment> = [
  ['id', ({ comment }) => comment.id],
  ['pageId', ({ comment }) => comment.pageId],
  ['postId', ({ comment }) => comment.postId],
  ['platform', ({ comment }) => comment.platform],
  ['parentId', ({ comment }) => comment.parentId],
  ['authorName', ({ comment }) => comment.authorName],
  ['authorUrl', ({ comment }) => comment.authorUrl],
  ['text', ({ comment }) => comment.text],
  ['createdAt', ({ comment }) => timeCell(comment.createdAt)],
  ['reactions', ({ comment }) => comment.reactions],
  ['byPage', ({ comment }) => comment.byPage],
  ['answeredAt', ({ comment }) => timeCell(comment.answeredAt)],
  ['stage', ({ tag }) => tag?.stage ?? null],
  ['sentiment', ({ tag }) => tag?.sentiment ?? null],
  ['intents', ({ tag }) => listCell(tag?.intents)],
  ['language', ({ tag }) => tag?.auto.language ?? null],
  ['tagSource', ({ tag }) => tag?.source ?? null],
  ['stageConfidence', ({ tag }) => tag?.auto.stageConfidence ?? null],
  ['sentimentScore', ({ tag }) => tag?.auto.sentimentScore ?? null],
  ['permalink', ({ comment }) => comment.permalink],
  ['firstSeenAt', ({ comment }) => timeCell(comment.firstSeenAt)],
  ['lastSeenAt', ({ comment }) => timeCell(comment.lastSeenAt)],
];

const REPLY_COLUMNS: Columns<ReplyRecord> = [
  ['id', (r) => r.id ?? null],
  ['commentId', (r) => r.commentId],
  ['pageId', (r) => r.pageId],
  ['platform', (r) => r.platform],
  ['commentText', (r) => r.commentText],
  ['text', (r) => r.text],
  ['templateId', (r) => r.templateId],
  ['checkScore', (r) => r.checkScore],
  ['agent', (r) => r.agent],
  ['insertedAt', (r) => timeCell(r.insertedAt)],
  ['answeredAt', (r) => timeCell(r.answeredAt)],
  ['responseMinutes', (r) => (r.responseMs === null ? null : Math.round(r.responseMs / 60_000))],
  ['stage', (r) => r.stage],
  ['sentiment', (r) => r.sentiment],
  ['intents', (r) => listCell(r.intents)],
  ['language', (r) => r.language],
];

/** The same columns the templates import reads back. */
export const TEMPLATE_COLUMNS: Columns<TemplateRecord> = [
  ['id', (t) => t.id],
  ['lang', (t) => t.lang],
  ['title', (t) => t.title],
  ['text', (t) => t.text],
  ['stages', (t) => listCell(t.stages)],
  ['sentiments', (t) => listCell(t.sentiments)],
  ['intents', (t) => listCell(t.intents)],
  ['cues', (t) => listCell(t.cues)],
  ['updatedAt', (t) => timeCell(t.updatedAt)],
];

function table<T>(columns: Columns<T>, records: readonly T[]): string {
  return toCsv(
    columns.map(([header]) => header),
    records.map((record) => columns.map(([, cell]) => cell(record))),
  );
}

export const commentsCsv = (rows: readonly TaggedComment[]) => table(COMMENT_COLUMNS, rows);
export const repliesCsv = (rows: readonly ReplyRecord[]) => table(REPLY_COLUMNS, rows);
export const templatesCsv = (rows: readonly TemplateRecord[]) => table(TEMPLATE_COLUMNS, rows);
