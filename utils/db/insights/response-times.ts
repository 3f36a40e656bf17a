import type { ResponseTargets } from '../../replies/types';
import type { TanggapDb } from '../database';
import type { ReplyRecord } from '../records';
import { percentile } from './percentile';
import type { Period } from './period';

/** Upper edges of the response-time histogram's bins, in minutes; the last bin is open. */
export const RESPONSE_BINS_MINUTES = [15, 60, 240, 1_440] as const;

export interface ResponseTimes {
  /** Replies written in the period whose answer has shown on the page. */
  answered: number;
  /** Replies written in the period whose answer has not shown (yet). */
  pending: number;
  medianMs: number | null;
  p90Ms: number | null;
  /** Answered replies that came within their comment's target. */
  withinTarget: number;
  /** Answered replies per bin of RESPONSE_BINS_MINUTES, plus one for longer. */
  histogram: number[];
}

// The same rule as the risk queue's: complaints, urgent, toxic and negative comments have the short target.
function targetMinutes(reply: ReplyRecord, targets: ResponseTargets): number {
  const complaintLike =
    reply.sentiment === 'negative' ||
    reply.intents.some((i) => i === 'complaint' || i === 'urgent' || i === 'toxic');
  return complaintLike ? targets.complaintMinutes : targets.otherMinutes;
}

/** Response times of the replies written with Tanggap in the period, read through the insertedAt index. */
export async function readResponseTimes(
  db: TanggapDb,
  period: Period,
  pageId: string | null,
  targets: ResponseTargets,
): Promise<ResponseTimes> {
  const replies = await db.replies.where('insertedAt').between(period.from, period.to, true, false).toArray();
  return summarizeResponses(
    replies.filter((r) => pageId === null || r.pageId === pageId),
    targets,
  );
}

export function summarizeResponses(replies: readonly ReplyRecord[], targets: ResponseTargets): ResponseTimes {
  const times: number[] = [];
  const histogram = [...RESPONSE_BINS_MINUTES, Infinity].map(() => 0);
  let pending = 0;
  let withinTarget = 0;
  for (const reply of replies) {
    if (reply.responseMs === null) {
      pending += 1;
      continue;
    }
    const minutes = reply.responseMs / 60_000;
    times.push(reply.responseMs);
    if (minutes <= targetMinutes(reply, targets)) withinTarget += 1;
    const bin = RESPONSE_BINS_MINUTES.findIndex((edge) => minutes <= edge);
    histogram[bin === -1 ? RESPONSE_BINS_MINUTES.length : bin]! += 1;
  }
  const sorted = Float64Array.from(times).sort();
  return {
    answered: times.length,
    pending,
    medianMs: percentile(sorted, 0.5),
    p90Ms: percentile(sorted, 0.9),
    withinTarget,
    histogram,
  };
}
