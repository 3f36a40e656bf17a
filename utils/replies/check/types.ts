import type { BrandVoice } from '../voice';
import type { NearDuplicateIndex } from '../near-duplicate';
import type { Principle, ReplySubject, ResponseTargets } from '../types';

export const RULE_IDS = [
  'greeting',
  'honorific',
  'echo',
  'empathy',
  'thanks',
  'action',
  'channel',
  'not-only-redirect',
  'no-blame',
  'dialogue',
  'signature',
  'length',
  'not-duplicate',
  'emoji-slang',
  'banned-words',
  'light-touch',
  'no-private-data',
  'waited',
  'two-way-help',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Finding {
  rule: RuleId;
  principle: Principle;
  ok: boolean;
  /** values for the message's $1.. slots, e.g. the banned word found, the minutes waited */
  detail: string[];
}

export interface CheckInput {
  draft: string;
  subject: ReplySubject;
  voice: BrandVoice;
  /** the moderator's name, for the signature */
  agent: string;
  recent: NearDuplicateIndex;
  now: number;
  targets: ResponseTargets;
}

export interface CheckResult {
  /** share of applicable rules passed, 0..1 */
  score: number;
  /** only the rules that apply to this comment, failures first */
  findings: Finding[];
}
