import { z } from 'zod';
import { INTENTS, LANGUAGES, SENTIMENTS, STAGES } from '../analysis/labels';
import { autoTagSchema } from '../capture/tags';
import {
  commentCaptureSchema,
  pageCaptureSchema,
  platformSchema,
  postCaptureSchema,
} from '../capture/schema';
import type {
  AnnotationEvent,
  AnnotationRecord,
  CommentRecord,
  PageRecord,
  PostRecord,
  ReplyRecord,
} from '../db/records';
import { targetsSchema, templateSchema } from '../messaging/reply-schemas';
import { voiceSchema } from '../replies/voice';

/**
 * Every stored record as a file may carry it. Strict: an unknown field is a typo or a newer
 * format, and either way the user should hear of it rather than lose it silently.
 */
const time = z.number().int().nonnegative();
const id = z.string().min(1).max(300);
const seen = { firstSeenAt: time, lastSeenAt: time };

export const pageRecordSchema = pageCaptureSchema.extend(seen).strict();
export const postRecordSchema = postCaptureSchema.extend(seen).strict();
export const commentRecordSchema = commentCaptureSchema
  .extend({ ...seen, answeredAt: time.nullable() })
  .strict();

const strictAutoTag = autoTagSchema.extend({ cues: autoTagSchema.shape.cues.strict() }).strict();

function manualValue<T extends z.ZodType>(value: T) {
  return z.object({ value, by: z.string().max(80), at: time }).strict();
}

export const annotationRecordSchema = z
  .object({
    commentId: id,
    pageId: id,
    auto: strictAutoTag,
    manual: z
      .object({
        stage: manualValue(z.enum(STAGES)).optional(),
        sentiment: manualValue(z.enum(SENTIMENTS)).optional(),
      })
      .strict(),
    stage: z.enum(STAGES),
    sentiment: z.enum(SENTIMENTS),
    intents: z.array(z.enum(INTENTS)).max(INTENTS.length),
    source: z.enum(['auto', 'manual']),
    at: time,
  })
  .strict();

/** Auto-increment key: kept when the number is free, so a copy into an empty profile is exact. */
const rowId = z.number().int().positive().optional();

export const annotationEventSchema = z.discriminatedUnion('kind', [
  z
    .object({
      id: rowId,
      commentId: id,
      kind: z.literal('auto'),
      tag: strictAutoTag,
      by: z.string().max(80),
      at: time,
    })
    .strict(),
  z
    .object({
      id: rowId,
      commentId: id,
      kind: z.literal('manual'),
      field: z.enum(['stage', 'sentiment']),
      value: z.string().max(40),
      by: z.string().max(80),
      at: time,
    })
    .strict(),
]);

export const replyRecordSchema = z
  .object({
    id: rowId,
    commentId: id,
    pageId: id,
    platform: platformSchema,
    templateId: z.string().min(1).max(120).nullable(),
    text: z.string().max(8_000),
    checkScore: z.number().min(0).max(1).nullable(),
    agent: z.string().max(80),
    insertedAt: time,
    commentText: z.string().max(20_000),
    stage: z.enum(STAGES),
    sentiment: z.enum(SENTIMENTS),
    intents: z.array(z.enum(INTENTS)).max(INTENTS.length),
    language: z.enum(LANGUAGES),
    answeredAt: time.nullable(),
    responseMs: z.number().int().nullable(),
  })
  .strict();

export { targetsSchema, templateSchema, voiceSchema };

// The schemas must describe exactly what the database stores: a drift fails the type check here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const drift: [
  Same<z.output<typeof pageRecordSchema>, PageRecord>,
  Same<z.output<typeof postRecordSchema>, PostRecord>,
  Same<z.output<typeof commentRecordSchema>, CommentRecord>,
  Same<z.output<typeof annotationRecordSchema>, AnnotationRecord>,
  Same<z.output<typeof annotationEventSchema>, AnnotationEvent>,
  Same<z.output<typeof replyRecordSchema>, ReplyRecord>,
] = [true, true, true, true, true, true];
void drift;
