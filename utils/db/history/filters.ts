import type { Platform } from '../../capture/schema';
import { INTENTS, type Intent, type Sentiment, type Stage } from '../records';

/** What the history can be narrowed to; every field left out means "any". */
export interface HistoryFilters {
  pageId?: string;
  platform?: Platform;
  stage?: Stage;
  sentiment?: Sentiment;
  intent?: Intent;
  answered?: 'answered' | 'unanswered';
  /** Inclusive bounds on the comment's time, epoch ms. */
  from?: number;
  to?: number;
}

export interface HistoryQuery {
  /** Words to find in the comment, our reply or the author's name; all must appear. */
  query: string;
  filters: HistoryFilters;
}

/** The compact form of one comment that searches run over: no record, only what filters read. */
export interface HistoryEntry {
  id: string;
  /** The comment's time on its page, else when Tanggap first saw it. */
  time: number;
  /** Whether `time` is the page's own. */
  dated: boolean;
  /** Folded author, comment text and our replies' text. */
  hay: string;
  pageId: string;
  platform: Platform;
  stage: Stage | null;
  sentiment: Sentiment | null;
  /** One bit per intent, in INTENTS order. */
  intents: number;
  answered: boolean;
  byPage: boolean;
}

export function intentBits(intents: readonly Intent[]): number {
  let bits = 0;
  for (const intent of intents) bits |= 1 << INTENTS.indexOf(intent);
  return bits;
}

/**
 * Lower case without accents or styled letters: "𝐌𝐚𝐧𝐭𝐚𝐩" and "Café" are found as "mantap" and
 * "cafe" (Facebook users style text with mathematical letters).
 */
export function fold(text: string): string {
  // Most comments are plain ASCII: decomposing them would only cost time (100,000 at a build).
  if (!/[^ -~\s]/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function searchTerms(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

export function hasFilters({ query, filters }: HistoryQuery): boolean {
  return searchTerms(query).length > 0 || Object.values(filters).some((v) => v !== undefined);
}

/** A predicate over entries, with the query folded once rather than per entry. */
export function entryMatcher({ query, filters: f }: HistoryQuery): (e: HistoryEntry) => boolean {
  const terms = searchTerms(query);
  const intent = f.intent === undefined ? 0 : intentBits([f.intent]);
  const from = f.from ?? -Infinity;
  const to = f.to ?? Infinity;
  return (e) =>
    e.time >= from &&
    e.time <= to &&
    (f.pageId === undefined || e.pageId === f.pageId) &&
    (f.platform === undefined || e.platform === f.platform) &&
    (f.stage === undefined || e.stage === f.stage) &&
    (f.sentiment === undefined || e.sentiment === f.sentiment) &&
    (intent === 0 || (e.intents & intent) !== 0) &&
    // The brand's own comments never wait for an answer.
    (f.answered === undefined || (f.answered === 'answered' ? e.answered : !e.answered && !e.byPage)) &&
    terms.every((t) => e.hay.includes(t));
}

type Ordered = Pick<HistoryEntry, 'id' | 'time' | 'dated'>;

/**
 * The history's order: comments with a time from their page, latest first, as the createdAt
 * index walked backwards gives them (equal times by id, descending); then the few without one,
 * by when Tanggap first saw them. An undated comment may be far older than when we saw it, so it
 * is not put among dated ones; and the first screenful can then come from that index alone.
 */
export function newestFirst(a: Ordered, b: Ordered): number {
  return Number(b.dated) - Number(a.dated) || b.time - a.time || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
