import { STAGES, type Stage } from '../records';
import type { CommentRecord } from '../records';

export type StageCounts = Record<Stage, number>;

/** Who wrote a comment: the profile link, or the name on its platform when the page gave no link. */
export function commenterOf(comment: Pick<CommentRecord, 'authorUrl' | 'authorName' | 'platform'>): string {
  return comment.authorUrl || `${comment.platform}:${comment.authorName}`;
}

/**
 * Distinct commenters by the highest engagement stage they reached: someone who once only
 * reacted ("mantap") and later reviewed the product counts once, at curation.
 */
export class StageMix {
  private readonly highest = new Map<string, number>();

  add(commenter: string, stage: Stage): void {
    const rank = STAGES.indexOf(stage);
    if (rank > (this.highest.get(commenter) ?? -1)) this.highest.set(commenter, rank);
  }

  get commenters(): number {
    return this.highest.size;
  }

  counts(): StageCounts {
    const counts = Object.fromEntries(STAGES.map((s) => [s, 0])) as StageCounts;
    for (const rank of this.highest.values()) counts[STAGES[rank]!] += 1;
    return counts;
  }
}
