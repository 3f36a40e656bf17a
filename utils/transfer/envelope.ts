import { z } from 'zod';
import type {
  AnnotationEvent,
  AnnotationRecord,
  CommentRecord,
  PageRecord,
  PostRecord,
  ReplyRecord,
  TemplateRecord,
} from '../db/records';
import type { BrandVoice } from '../replies/voice';
import type { ResponseTargets } from '../replies/types';
import {
  annotationEventSchema,
  annotationRecordSchema,
  commentRecordSchema,
  pageRecordSchema,
  postRecordSchema,
  replyRecordSchema,
  targetsSchema,
  templateSchema,
  voiceSchema,
} from './record-schemas';

/** What makes a file ours, and which layout it has. A newer layout gets a new version number. */
export const FORMAT = 'tanggap';
export const VERSION = 1;

/** What the user picks to export; each group is one or more parts of the file. */
export const GROUPS = ['history', 'templates', 'voice'] as const;
export type Group = (typeof GROUPS)[number];

export const GROUP_PARTS = {
  history: ['pages', 'posts', 'comments', 'annotations', 'annotationHistory', 'replies'],
  templates: ['templates'],
  voice: ['brandVoice', 'responseTargets'],
} as const satisfies Record<Group, readonly string[]>;

/** Tables as a file lists them; settings travel as single values. */
export const TABLE_PARTS = [...GROUP_PARTS.history, ...GROUP_PARTS.templates] as const;
export type TablePart = (typeof TABLE_PARTS)[number];
export const SETTING_PARTS = GROUP_PARTS.voice;
export type SettingPart = (typeof SETTING_PARTS)[number];
export type Part = TablePart | SettingPart;

/**
 * Who and where the moderator is (their name, their chosen brand pages) stay with this browser:
 * a shared file must not rename a colleague or change the pages they work on.
 */
export interface Parts {
  pages?: PageRecord[];
  posts?: PostRecord[];
  comments?: CommentRecord[];
  annotations?: AnnotationRecord[];
  annotationHistory?: AnnotationEvent[];
  replies?: ReplyRecord[];
  templates?: TemplateRecord[];
  brandVoice?: BrandVoice;
  responseTargets?: ResponseTargets;
}

export interface Envelope {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** ISO 8601, for people reading the file. */
  exportedAt: string;
  parts: Parts;
}

// No length caps on the lists: a brand's history may hold hundreds of thousands of comments.
export const partsSchema = z
  .object({
    pages: z.array(pageRecordSchema).optional(),
    posts: z.array(postRecordSchema).optional(),
    comments: z.array(commentRecordSchema).optional(),
    annotations: z.array(annotationRecordSchema).optional(),
    annotationHistory: z.array(annotationEventSchema).optional(),
    replies: z.array(replyRecordSchema).optional(),
    templates: z.array(templateSchema).optional(),
    brandVoice: voiceSchema.optional(),
    responseTargets: targetsSchema.optional(),
  })
  .strict();

export const envelopeSchema = z
  .object({
    format: z.literal(FORMAT),
    version: z.literal(VERSION),
    exportedAt: z.iso.datetime(),
    parts: partsSchema,
  })
  .strict();

/** The key that identifies a record of each table: two records with the same key are one. */
export const PART_KEYS = {
  pages: 'id',
  posts: 'id',
  comments: 'id',
  annotations: 'commentId',
  annotationHistory: 'id',
  replies: 'id',
  templates: 'id',
} as const satisfies Record<TablePart, string>;
