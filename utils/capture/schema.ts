import { z } from 'zod';

/** What the content script reports from a page. Page text is untrusted: lengths are capped. */
export const platformSchema = z.enum(['facebook', 'instagram']);
export type Platform = z.infer<typeof platformSchema>;

const text = z.string().max(20_000);
const url = z.string().max(2_048);
const id = z.string().min(1).max(300);

export const pageCaptureSchema = z.object({
  id,
  platform: platformSchema,
  url,
  name: z.string().max(300),
});

export const postCaptureSchema = z.object({
  id,
  pageId: id,
  platform: platformSchema,
  url,
  text,
  authorName: z.string().max(300),
});

export const commentCaptureSchema = z.object({
  id,
  pageId: id,
  postId: id,
  platform: platformSchema,
  parentId: id.nullable(),
  depth: z.number().int().min(0).max(20),
  authorName: z.string().max(300),
  authorUrl: url,
  text,
  /** Epoch ms from the page's own timestamp, when it has one. */
  createdAt: z.number().int().nonnegative().nullable(),
  permalink: url,
  reactions: z.number().int().nonnegative(),
  byPage: z.boolean(),
  /** True while the page shows no real id yet; upgraded when it appears. */
  provisional: z.boolean(),
  /** The provisional id this comment was known by before its real id appeared (merge the two). */
  provisionalId: id.optional(),
});

export const captureSchema = z.object({
  page: pageCaptureSchema,
  posts: z.array(postCaptureSchema).max(500),
  comments: z.array(commentCaptureSchema).max(2_000),
});

export type PageCapture = z.infer<typeof pageCaptureSchema>;
export type PostCapture = z.infer<typeof postCaptureSchema>;
export type CommentCapture = z.infer<typeof commentCaptureSchema>;
export type Capture = z.infer<typeof captureSchema>;
