/**
 * convenient: warns when the comment has waited too long for an answer (REPLIES.md: complaints
 * over an hour, others over four). About the comment's age at `now`, not the draft.
 */
import { outcome, type Rule } from '../rule';

export const waited: Rule = {
  id: 'waited',
  principle: 'convenient',
  applies: (c) => c.input.subject.createdAt !== null && Number.isFinite(c.input.subject.createdAt),
  check(c) {
    const { subject, targets, now } = c.input;
    const minutes = Math.max(0, Math.floor((now - (subject.createdAt ?? now)) / 60_000)) || 0;
    const target = c.unhappy ? targets.complaintMinutes : targets.otherMinutes;
    return outcome(minutes <= target, minutes, target);
  },
};
