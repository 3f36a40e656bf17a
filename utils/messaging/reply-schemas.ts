import { z } from 'zod';
import { INTENTS, SENTIMENTS, STAGES } from '../analysis/labels';
import { unknownPlaceholders } from '../replies/fill';

/** A template as the options page saves it: an unknown placeholder would block every reply made from it. */
export const templateSchema = z
  .object({
    id: z.string().trim().min(1).max(120),
    lang: z.enum(['id', 'en']),
    title: z.string().trim().min(1).max(120),
    text: z
      .string()
      .trim()
      .min(1)
      .max(2_000)
      .check((ctx) => {
        const unknown = unknownPlaceholders(ctx.value);
        if (unknown.length > 0)
          ctx.issues.push({
            code: 'custom',
            input: ctx.value,
            message: `Unknown placeholders: ${unknown.join(', ')}`,
          });
      }),
    stages: z.array(z.enum(STAGES)).max(STAGES.length),
    sentiments: z.array(z.enum(SENTIMENTS)).max(SENTIMENTS.length),
    intents: z.array(z.enum(INTENTS)).max(INTENTS.length),
    cues: z.array(z.string().trim().toLowerCase().min(1).max(60)).max(100).optional(),
    updatedAt: z.number().int().nonnegative(),
  })
  .strict();

export const targetsSchema = z
  .object({
    complaintMinutes: z.number().int().min(1).max(10_080),
    otherMinutes: z.number().int().min(1).max(10_080),
  })
  .strict();

export const logReplySchema = z
  .object({
    commentId: z.string().min(1).max(300),
    templateId: z.string().min(1).max(120).nullable(),
    text: z.string().trim().min(1).max(8_000),
    checkScore: z.number().min(0).max(1).nullable(),
  })
  .strict();
