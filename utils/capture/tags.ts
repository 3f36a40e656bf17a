import { z } from 'zod';
import { INTENTS, LANGUAGES, SENTIMENTS, STAGES } from '../analysis/labels';
import { captureSchema } from './schema';

const cue = z.string().max(200);

/** The engine's tag as the content script reports it. */
export const autoTagSchema = z.object({
  stage: z.enum(STAGES),
  stageConfidence: z.number().min(0).max(1),
  sentiment: z.enum(SENTIMENTS),
  sentimentScore: z.number().finite(),
  intents: z.array(z.enum(INTENTS)).max(INTENTS.length),
  language: z.enum(LANGUAGES),
  cues: z.object({ stage: z.array(cue).max(20), sentiment: z.array(cue).max(20) }),
});

/** One batch from the content script: what it read, and what the engine said of each comment. */
export const annotatedCaptureSchema = captureSchema.extend({
  tags: z
    .array(z.object({ commentId: z.string().min(1).max(300), tag: autoTagSchema }))
    .max(2_000)
    .default([]),
});

export const manualTagSchema = z.discriminatedUnion('field', [
  z.object({ commentId: z.string().min(1).max(300), field: z.literal('stage'), value: z.enum(STAGES) }),
  z.object({
    commentId: z.string().min(1).max(300),
    field: z.literal('sentiment'),
    value: z.enum(SENTIMENTS),
  }),
]);

export type AnnotatedCapture = z.infer<typeof annotatedCaptureSchema>;
export type ManualTagRequest = z.infer<typeof manualTagSchema>;
