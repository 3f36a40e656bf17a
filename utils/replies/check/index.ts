/**
 * The reply check: scores a draft reply against the four principles (REPLIES.md) for the comment
 * it answers. Which rules apply depends on the comment; the score is the share of those passed.
 * Each finding names its rule, whose messages are `check.<messageName>.ok` / `.fix`.
 */
import type { Rule } from './rule';
import { contextOf } from './rule';
import { action } from './rules/action';
import { bannedWords } from './rules/banned-words';
import { channel } from './rules/channel';
import { dialogue } from './rules/dialogue';
import { echo } from './rules/echo';
import { emojiSlang } from './rules/emoji-slang';
import { empathy } from './rules/empathy';
import { greeting } from './rules/greeting';
import { honorific } from './rules/honorific';
import { length } from './rules/length';
import { lightTouch } from './rules/light-touch';
import { noBlame } from './rules/no-blame';
import { noPrivateData } from './rules/no-private-data';
import { notDuplicate } from './rules/not-duplicate';
import { notOnlyRedirect } from './rules/not-only-redirect';
import { signature } from './rules/signature';
import { thanks } from './rules/thanks';
import { twoWayHelp } from './rules/two-way-help';
import { waited } from './rules/waited';
import type { CheckInput, CheckResult, Finding, RuleId } from './types';

export { RULE_IDS } from './types';
export type { CheckInput, CheckResult, Finding, RuleId } from './types';

/** In RULE_IDS order: findings of equal standing come in this order. */
export const RULES: readonly Rule[] = [
  greeting,
  honorific,
  echo,
  empathy,
  thanks,
  action,
  channel,
  notOnlyRedirect,
  noBlame,
  dialogue,
  signature,
  length,
  notDuplicate,
  emojiSlang,
  bannedWords,
  lightTouch,
  noPrivateData,
  waited,
  twoWayHelp,
];

/** The locale message name of a rule: `check.${messageName(rule)}.ok` ("not-only-redirect" → "notOnlyRedirect"). */
export function messageName(rule: RuleId): string {
  return rule.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}

export function checkReply(input: CheckInput): CheckResult {
  const c = contextOf(input);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!rule.applies(c)) continue;
    const { ok, detail } = rule.check(c);
    findings.push({ rule: rule.id, principle: rule.principle, ok, detail });
  }
  const passed = findings.filter((f) => f.ok).length;
  return {
    score: findings.length === 0 ? 1 : passed / findings.length,
    findings: [...findings.filter((f) => !f.ok), ...findings.filter((f) => f.ok)],
  };
}
