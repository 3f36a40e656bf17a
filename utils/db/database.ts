import { Dexie, type EntityTable } from 'dexie';
import { upgradeReplies } from './upgrade-replies';
import type {
  AnnotationEvent,
  AnnotationRecord,
  CommentRecord,
  PageRecord,
  PostRecord,
  ReplyRecord,
  SettingRecord,
  TemplateRecord,
} from './records';

export const DB_NAME = 'tanggap';

/**
 * The one database. Only the background opens it (a content script's IndexedDB would be
 * facebook.com's); extension pages reach it through messages.
 * A released version is never edited: add version(n + 1) with an upgrade.
 */
export class TanggapDb extends Dexie {
  pages!: EntityTable<PageRecord, 'id'>;
  posts!: EntityTable<PostRecord, 'id'>;
  comments!: EntityTable<CommentRecord, 'id'>;
  annotations!: EntityTable<AnnotationRecord, 'commentId'>;
  annotationHistory!: EntityTable<AnnotationEvent, 'id'>;
  replies!: EntityTable<ReplyRecord, 'id'>;
  templates!: EntityTable<TemplateRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      pages: 'id, platform, lastSeenAt',
      posts: 'id, pageId, lastSeenAt',
      comments: 'id, pageId, postId, parentId, authorUrl, createdAt, lastSeenAt, answeredAt',
      annotations: 'commentId, pageId, stage, sentiment, source, at, *intents',
      annotationHistory: '++id, commentId, at',
      replies: '++id, commentId, pageId, insertedAt, templateId',
      templates: 'id, lang, updatedAt',
      settings: 'key',
    });
    // 2: a reply keeps its comment's text and labels and, once the answer shows, its response time.
    this.version(2)
      .stores({ replies: '++id, commentId, pageId, insertedAt, templateId, answeredAt' })
      .upgrade(upgradeReplies);
  }
}

export const TABLES = [
  'pages',
  'posts',
  'comments',
  'annotations',
  'annotationHistory',
  'replies',
  'templates',
  'settings',
] as const;
export type TableName = (typeof TABLES)[number];
