import { z } from 'zod';

/**
 * A large message travels as one JSON string. Chrome converts a message object to its own
 * value tree field by field on the sending tab's main thread (several ms for a hundred
 * comments); JSON.stringify does the same in a fraction of that. The receiver parses the
 * string and validates the result with `schema`, exactly as it would the object.
 */
export function jsonPayload<T extends z.ZodType>(schema: T, maxChars = 16_000_000) {
  return z
    .object({ json: z.string().max(maxChars) })
    .strict()
    .transform((payload, ctx): unknown => {
      try {
        return JSON.parse(payload.json);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'json is not valid JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

export function toJsonPayload<T>(value: T): { json: string } {
  return { json: JSON.stringify(value) };
}
