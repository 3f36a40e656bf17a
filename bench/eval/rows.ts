/** Row schemas of the evaluation files and their conversion to scored items. */
import { z } from 'zod';
import type { AnalysisContext } from '../../utils/analysis/types';
import {
  INTENTS,
  LANGUAGES,
  SENTIMENTS,
  STAGES,
  type Intent,
  type Language,
  type Sentiment,
  type Stage,
} from '../../utils/analysis/labels';

export type FileKind = 'sentiment' | 'engagement' | 'emotion';

/** Gold labels a row carries; a task runs on the rows that have its label. */
export interface Gold {
  sentiment?: Sentiment;
  stage?: Stage;
  intents?: Intent[];
  language?: Language;
}

export interface Item {
  /** 1-based line number in the file. */
  line: number;
  id: string;
  text: string;
  context: AnalysisContext;
  gold: Gold;
}

const base = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  lang: z.string().optional(),
  platform: z.enum(['facebook', 'instagram']).optional(),
  isReply: z.boolean().optional(),
  depth: z.number().int().nonnegative().optional(),
});

const sentimentRow = base.extend({ label: z.enum(SENTIMENTS) });
const emotionRow = base.extend({ label: z.string() });
const engagementRow = base.extend({
  stage: z.enum(STAGES),
  sentiment: z.enum(SENTIMENTS),
  intents: z.array(z.enum(INTENTS)),
});

const schemas = { sentiment: sentimentRow, emotion: emotionRow, engagement: engagementRow };

/** The kind a file name announces (`sentiment-…`, `engagement-…`, `emotion-…`), if any. */
export function kindFromName(fileName: string): FileKind | undefined {
  const m = /^(sentiment|engagement|emotion)-/.exec(fileName);
  return m ? (m[1] as FileKind) : undefined;
}

/** For files named otherwise: guess the kind from the fields of a parsed row. */
export function kindFromRow(row: unknown): FileKind {
  if (typeof row === 'object' && row !== null && 'stage' in row) return 'engagement';
  return 'sentiment';
}

/** @handles written in the text, without the @ (as a page shows a mention's name). */
export function extractMentions(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_.])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?)/gu)) {
    if (m[1] !== undefined) out.push(m[1]);
  }
  return out;
}

function zodMessage(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : 'row'}: ${i.message}`).join('; ');
}

/** Validates one parsed row; returns an Item or an error message (never the row's text). */
export function toItem(kind: FileKind, row: unknown, line: number): Item | string {
  const parsed = schemas[kind].safeParse(row);
  if (!parsed.success) return zodMessage(parsed.error);
  const r = parsed.data;
  const context: AnalysisContext = {};
  if (r.platform) context.platform = r.platform;
  if (r.isReply !== undefined) context.isReply = r.isReply;
  else if (r.depth !== undefined) context.isReply = r.depth > 0;
  const mentions = extractMentions(r.text);
  if (mentions.length > 0) context.mentions = mentions;
  const gold: Gold = {};
  if (r.lang !== undefined && (LANGUAGES as readonly string[]).includes(r.lang)) {
    gold.language = r.lang as Language;
  }
  if ('stage' in r) {
    gold.stage = r.stage;
    gold.sentiment = r.sentiment;
    gold.intents = r.intents;
  } else if (kind === 'sentiment' && 'label' in r) {
    gold.sentiment = r.label as Sentiment;
  }
  return { line, id: r.id === undefined ? `line ${line}` : String(r.id), text: r.text, context, gold };
}
