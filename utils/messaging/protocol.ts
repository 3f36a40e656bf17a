import { z } from 'zod';
import type { BrandPage } from '../brand-pages';
import { annotatedCaptureSchema, manualTagSchema } from '../capture/tags';
import type { TableName } from '../db/database';
import type { DbStats } from '../db/queries';
import type { AnnotationEvent, AnnotationRecord, CommentRecord, ManualTags, PageRecord } from '../db/records';
import type { Settings } from '../db/settings';
import type { StoreResult } from '../db/store-capture';
import { jsonPayload } from './json-payload';
import { historyRequests, type HistoryResponses } from './requests/history';
import { insightsRequests, type InsightsResponses } from './requests/insights';
import { replyRequests, type ReplyResponses } from './requests/replies';
import type { RequestSpecs } from './requests/spec';
import { transferRequests, type TransferResponses } from './requests/transfer';
import { upkeepRequests, type UpkeepResponses } from './requests/upkeep';

const empty = z.object({}).strict();
const commentId = z.string().min(1).max(300);

/** The requests every part of the extension relies on. */
const coreRequests = {
  ping: { data: empty, from: ['page', 'content'] },
  getStats: { data: empty, from: ['page'] },
  listPages: { data: empty, from: ['page'] },
  recentComments: { data: z.object({ limit: z.number().int().min(1).max(200) }).strict(), from: ['page'] },
  storeCapture: { data: jsonPayload(annotatedCaptureSchema), from: ['content'] },
  setManualTag: { data: manualTagSchema, from: ['content', 'page'] },
  annotationHistory: { data: z.object({ commentId }).strict(), from: ['content', 'page'] },
  brandPages: { data: empty, from: ['content', 'page'] },
  addBrandPage: { data: z.object({ url: z.string().min(1).max(2_048) }).strict(), from: ['page'] },
  removeBrandPage: { data: z.object({ id: z.string().min(1).max(300) }).strict(), from: ['page'] },
  getSettings: { data: empty, from: ['page'] },
  setModeratorName: { data: z.object({ name: z.string().trim().max(80) }).strict(), from: ['page'] },
} as const satisfies RequestSpecs;

/**
 * Every request the background answers, with the zod schema its data must pass and who may send it.
 * The background parses each message's data with these before touching the database. Each area
 * of the product declares its own in `./requests/`.
 */
export const requests = {
  ...coreRequests,
  ...replyRequests,
  ...historyRequests,
  ...transferRequests,
  ...upkeepRequests,
  ...insightsRequests,
} as const satisfies RequestSpecs;

export type { SenderKind } from './requests/spec';

export type RequestName = keyof typeof requests;
export type RequestData<K extends RequestName> = z.input<(typeof requests)[K]['data']>;

interface CoreResponses {
  ping: { version: string };
  getStats: DbStats;
  listPages: PageRecord[];
  recentComments: CommentRecord[];
  storeCapture: StoreResult & { manual: Record<string, ManualTags> };
  setManualTag: AnnotationRecord;
  annotationHistory: AnnotationEvent[];
  brandPages: BrandPage[];
  addBrandPage: BrandPage[];
  removeBrandPage: BrandPage[];
  getSettings: Settings;
  setModeratorName: Settings;
}

export type Responses = CoreResponses &
  ReplyResponses &
  HistoryResponses &
  TransferResponses &
  UpkeepResponses &
  InsightsResponses;

/** A comment chosen for replying, and the tab it is on. */
export interface CommentSelection {
  commentId: string;
  tabId: number | null;
  at: number;
}

/** Keyboard shortcuts the side panel acts on (manifest `commands`). */
export const PANEL_COMMANDS = ['next-unanswered', 'insert-reply'] as const;
export type PanelCommand = (typeof PANEL_COMMANDS)[number];

/** Side panel → content script of a tab: put this text into that comment's reply box. */
export interface InsertReply {
  commentId: string;
  text: string;
}
export type InsertResult =
  { ok: true } | { ok: false; reason: 'not-found' | 'no-reply-box' | 'not-inserted' };

/** Broadcast by the background after it writes, so open pages refresh. */
export const dbChangedSchema = z.object({ tables: z.array(z.string()) });
export type DbChanged = { tables: TableName[] };

/** What the content script in a tab says of its page, when our popup asks. */
export interface PageStatus {
  url: string;
  /** The page id the adapter read, or the URL's, when either names one. */
  pageId: string | null;
  isBrandPage: boolean;
  recognised: boolean;
  comments: number;
}

export type ProtocolMap = {
  [K in RequestName]: (data: RequestData<K>) => Responses[K];
} & {
  dbChanged: (data: DbChanged) => void;
  /** Popup → content script of the active tab. */
  pageStatus: (data: Record<string, never>) => PageStatus;
  /** Background → content scripts: the brand-page list changed. */
  brandPagesChanged: (data: { ids: string[] }) => void;
  /** Background → extension pages: a comment was selected for replying. */
  commentSelected: (data: CommentSelection) => void;
  /** Background → extension pages: a keyboard shortcut for the side panel was pressed. */
  panelCommand: (data: { command: PanelCommand }) => void;
  /** Side panel → content script: insert a reply into the page's own reply box (never sends it). */
  insertReply: (data: InsertReply) => InsertResult;
  /** Side panel → content script: scroll to a comment and point at it. */
  revealComment: (data: { commentId: string }) => boolean;
};
