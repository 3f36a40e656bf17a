/**
 * The queue of unanswered comments, riskiest first: what could hurt the brand most if it waits
 * (an urgent complaint many people saw, answered late) before what can wait (a fresh "mantap").
 */
import type { Intent, Sentiment } from '../analysis/labels';
import { DEFAULT_TARGETS, type ResponseTargets } from './types';

export interface QueueItem {
  commentId: string;
  sentiment: Sentiment;
  intents: readonly Intent[];
  reactions: number;
  /** Replies by others in its thread. */
  replies: number;
  createdAt: number | null;
  firstSeenAt: number;
}

export interface RankedItem<T extends QueueItem> {
  item: T;
  risk: number;
  ageMinutes: number | null;
  targetMinutes: number;
  late: boolean;
  /** 0..1+ share of the target used. */
  due: number;
}

// How much harm an unanswered comment can do, by what it is. Urgent (money lost, an account
// taken, safety) beats a plain complaint; a negative or toxic comment without a complaint still
// sets the tone for readers; an unanswered question loses a sale; praise or a remark can wait.
// Spam needs hiding, not an answer. The steps are wide so that lateness (at most 4×, below)
// cannot lift a question far over a fresh urgent complaint. A comment with several of these
// counts its strongest fully and a fifth of each other (an urgent complaint is a bit worse than
// an urgent remark).
const URGENT = 8;
const COMPLAINT = 5;
const NEGATIVE = 3;
const QUESTION = 2;
const OTHER = 1;
const SPAM = 0.5;
const ALSO = 0.2;

// Visibility: reactions and others' replies each add on a log scale (the 100th like adds less
// than the first few); a thread where others pile on spreads a complaint further than likes do.
const REACTIONS = 0.5;
const REPLIES = 0.75;

/**
 * Age, as a factor: 1 when new, 2 at the target; a late comment jumps to 3 (it must rise above
 * fresh ones of its kind) and then creeps towards 4, so that once very late, what it is and who
 * sees it decide the order, not hours more.
 */
function urgency(due: number): number {
  return due <= 1 ? 1 + due : 4 - 1 / due;
}

function weights(item: QueueItem): number[] {
  const w: number[] = [];
  if (item.intents.includes('urgent')) w.push(URGENT);
  if (item.intents.includes('complaint')) w.push(COMPLAINT);
  if (item.sentiment === 'negative' || item.intents.includes('toxic')) w.push(NEGATIVE);
  if (item.intents.includes('question')) w.push(QUESTION);
  if (w.length === 0) w.push(item.intents.includes('spam') ? SPAM : OTHER);
  return w;
}

function severity(item: QueueItem): number {
  const w = weights(item);
  const max = Math.max(...w);
  let rest = 0;
  for (const x of w) rest += x;
  return max + ALSO * (rest - max);
}

/** Complaints, urgent, negative and toxic comments have the short target. */
function isComplaintLike(item: QueueItem): boolean {
  return (
    item.sentiment === 'negative' ||
    item.intents.includes('complaint') ||
    item.intents.includes('urgent') ||
    item.intents.includes('toxic')
  );
}

function count(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function since(item: QueueItem): number | null {
  if (item.createdAt !== null && Number.isFinite(item.createdAt)) return item.createdAt;
  return Number.isFinite(item.firstSeenAt) ? item.firstSeenAt : null;
}

export function rankQueue<T extends QueueItem>(
  items: readonly T[],
  now: number,
  targets: ResponseTargets = DEFAULT_TARGETS,
): RankedItem<T>[] {
  const ranked = items.map((item): RankedItem<T> & { from: number } => {
    const from = since(item);
    // A clock a little ahead of ours must not give a negative age.
    const ageMinutes = from === null ? null : Math.max(0, (now - from) / 60_000);
    const targetMinutes = isComplaintLike(item) ? targets.complaintMinutes : targets.otherMinutes;
    const due = ageMinutes === null ? 0 : ageMinutes / Math.max(1, targetMinutes);
    const late = due > 1;
    const visibility =
      1 + REACTIONS * Math.log1p(count(item.reactions)) + REPLIES * Math.log1p(count(item.replies));
    const risk = severity(item) * visibility * urgency(due);
    return { item, risk, ageMinutes, targetMinutes, late, due, from: from ?? now };
  });
  // Ties: the older comment first, then by id.
  ranked.sort(
    (a, b) =>
      b.risk - a.risk ||
      a.from - b.from ||
      (a.item.commentId < b.item.commentId ? -1 : a.item.commentId > b.item.commentId ? 1 : 0),
  );
  return ranked.map(({ from: _from, ...rest }) => rest);
}
