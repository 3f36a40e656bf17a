import { z } from 'zod';
import type { QueueEntry, ReplyContext } from '../../db/replies';
import type { ReplyRecord, TemplateRecord } from '../../db/records';
import type { Settings } from '../../db/settings';
import { voiceSchema } from '../../replies/voice';
import type { CommentSelection } from '../protocol';
import { logReplySchema, targetsSchema, templateSchema } from '../reply-schemas';
import type { RequestSpecs } from './spec';

const empty = z.object({}).strict();
const commentId = z.string().min(1).max(300);

/** The reply assistant's requests: brand voice, templates, the team's replies, selection. */
export const replyRequests = {
  setBrandVoice: { data: voiceSchema, from: ['page'] },
  setResponseTargets: { data: targetsSchema, from: ['page'] },
  listTemplates: { data: empty, from: ['page'] },
  saveTemplate: { data: templateSchema, from: ['page'] },
  deleteTemplate: { data: z.object({ id: z.string().min(1).max(120) }).strict(), from: ['page'] },
  resetTemplates: { data: empty, from: ['page'] },
  recentReplies: { data: z.object({ limit: z.number().int().min(1).max(20_000) }).strict(), from: ['page'] },
  replyContext: { data: z.object({ commentId }).strict(), from: ['page'] },
  unansweredOnPage: { data: z.object({ pageId: z.string().min(1).max(300) }).strict(), from: ['page'] },
  logReply: { data: logReplySchema, from: ['page'] },
  /** The moderator picked "Suggest a reply" on a comment's badge: show it in the side panel. */
  selectComment: { data: z.object({ commentId }).strict(), from: ['content', 'page'] },
  /** What the side panel should show when it opens: the last comment selected in this window. */
  currentSelection: { data: empty, from: ['page'] },
} as const satisfies RequestSpecs;

export interface ReplyResponses {
  setBrandVoice: Settings;
  setResponseTargets: Settings;
  listTemplates: TemplateRecord[];
  saveTemplate: TemplateRecord[];
  deleteTemplate: TemplateRecord[];
  resetTemplates: TemplateRecord[];
  recentReplies: ReplyRecord[];
  replyContext: ReplyContext;
  unansweredOnPage: QueueEntry[];
  logReply: ReplyRecord;
  selectComment: void;
  currentSelection: CommentSelection | null;
}
