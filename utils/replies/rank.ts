/**
 * Which templates to suggest for a comment, best first: the ones written for its language,
 * intents, sentiment and stage, then the ones the team chose for similar comments before, with
 * a small push down for a template just pasted (copy-paste replies get called out publicly).
 */
import type { Intent } from '../analysis/labels';
import type { TemplateRecord } from '../db/records';
import type { ReplyHistory } from './history';
import { replyLanguage, type ReplySubject } from './types';

export interface RankedTemplate {
  template: TemplateRecord;
  score: number;
  /**
   * Why it ranks here, as machine keys the UI translates: 'stage', 'sentiment', 'intent:<intent>',
   * 'language', 'used-before' (the team used it for similar comments), 'recently-used' (penalty
   * to avoid copy-paste).
   */
  reasons: string[];
}

// Weights, largest first. A template in the other language sinks below every one in the right
// language but stays listed (the moderator may still want it). What the comment asks for
// (intents) decides the reply's content, so an intent match outweighs a sentiment match, which
// outweighs a stage match; the intents needing a specific answer weigh most. A template whose non-empty list
// leaves the comment's value out was written for other comments: it loses more than a match wins.
const LANGUAGE_MISMATCH = -100;
const INTENT_MATCH: Record<Intent, number> = {
  urgent: 6,
  complaint: 6,
  toxic: 5,
  question: 5,
  suggestion: 4,
  purchase_intent: 4,
  praise: 4,
  spam: 3,
};
const INTENT_MISMATCH = -8;
const SENTIMENT_MATCH = 3;
const SENTIMENT_MISMATCH = -5;
const STAGE_MATCH = 1.5;
const STAGE_MISMATCH = -2;

// The team's past choices: less than USED_MAX, enough to reorder templates that fit the comment
// equally (or to overtake a stage match) but never to overtake an intent match.
const USED_MAX = 3;
const SIMILAR_LOOKED_AT = 20;
const USED_HALF_LIFE_MS = 30 * 24 * 3600_000;
/** Quality of a past reply whose check score is unknown (scores are 0..1). */
const UNSCORED_QUALITY = 0.5;

// Copy-paste: each use in the last half hour pushes the template down, a use minutes ago most.
const RECENT_WINDOW_MS = 30 * 60_000;
const RECENT_HALF_LIFE_MS = 10 * 60_000;
const RECENT_PER_USE = 0.75;
const RECENT_MAX = 2;

/** Below this a boost or penalty is noise and gets no reason. */
const SHOWN = 0.05;
// A template's cue words found in the comment ("pecah", "salah", "belum nyampe"): enough to pick
// the right one among templates with the same labels, never enough to beat an intent match.
const CUE_MATCH = 2;
const CUE_MAX = 3;

/** Sum, per template, of similarity × check score × recency of its uses on similar comments. */
function usedBefore(subject: ReplySubject, history: ReplyHistory, now: number): Map<string, number> {
  const evidence = new Map<string, number>();
  for (const { entry, similarity } of history.similar(subject, SIMILAR_LOOKED_AT)) {
    if (entry.templateId === null) continue;
    const quality =
      entry.checkScore === null ? UNSCORED_QUALITY : 0.2 + 0.8 * Math.min(1, Math.max(0, entry.checkScore));
    const recency = 0.5 ** (Math.max(0, now - entry.insertedAt) / USED_HALF_LIFE_MS);
    evidence.set(entry.templateId, (evidence.get(entry.templateId) ?? 0) + similarity * quality * recency);
  }
  return evidence;
}

function recentPenalty(templateId: string, history: ReplyHistory, now: number): number {
  let sum = 0;
  for (const t of history.usesSince(templateId, now - RECENT_WINDOW_MS))
    sum += 0.5 ** (Math.max(0, now - t) / RECENT_HALF_LIFE_MS);
  return Math.min(RECENT_MAX, RECENT_PER_USE * sum);
}

function labelScore(template: TemplateRecord, subject: ReplySubject, reasons: string[]): number {
  let score = 0;
  if (template.intents.length > 0) {
    let matched = false;
    for (const intent of new Set(subject.intents)) {
      if (!template.intents.includes(intent)) continue;
      score += INTENT_MATCH[intent];
      reasons.push(`intent:${intent}`);
      matched = true;
    }
    if (!matched) score += INTENT_MISMATCH;
  }
  if (template.sentiments.length > 0) {
    const fits = template.sentiments.includes(subject.sentiment);
    score += fits ? SENTIMENT_MATCH : SENTIMENT_MISMATCH;
    if (fits) reasons.push('sentiment');
  }
  if (template.stages.length > 0) {
    const fits = template.stages.includes(subject.stage);
    score += fits ? STAGE_MATCH : STAGE_MISMATCH;
    if (fits) reasons.push('stage');
  }
  return score;
}

export function rankTemplates(
  templates: readonly TemplateRecord[],
  subject: ReplySubject,
  history: ReplyHistory,
  options: { limit?: number; now?: number } = {},
): RankedTemplate[] {
  const now = options.now ?? Date.now();
  const lang = replyLanguage(subject.language);
  const evidence = usedBefore(subject, history, now);
  const words = cueText(subject.text);
  const ranked = templates.map((template): RankedTemplate => {
    const reasons: string[] = [];
    let score = 0;
    if (template.lang === lang) reasons.push('language');
    else score += LANGUAGE_MISMATCH;
    score += labelScore(template, subject, reasons);
    const cues = cueScore(template, words);
    if (cues > 0) {
      score += cues;
      reasons.push('cue');
    }
    const used = USED_MAX * (1 - Math.exp(-(evidence.get(template.id) ?? 0)));
    if (used >= SHOWN) {
      score += used;
      reasons.push('used-before');
    }
    const recent = recentPenalty(template.id, history, now);
    if (recent >= SHOWN) {
      score -= recent;
      reasons.push('recently-used');
    }
    return { template, score, reasons };
  });
  ranked.sort(
    (a, b) =>
      b.score - a.score || (a.template.id < b.template.id ? -1 : a.template.id > b.template.id ? 1 : 0),
  );
  return options.limit === undefined ? ranked : ranked.slice(0, Math.max(0, options.limit));
}

/** The comment as cue matching reads it: lower case, words split by single spaces, padded. */
function cueText(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/([a-z])\1{2,}/g, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** Each template's cues as cueText reads them (a user-typed "Hasn't arrived" too), made once. */
const cuesRead = new WeakMap<TemplateRecord, string[]>();

function cueScore(template: TemplateRecord, words: string): number {
  let cues = cuesRead.get(template);
  if (!cues)
    cuesRead.set(template, (cues = (template.cues ?? []).map(cueText).filter((c) => c.trim() !== '')));
  let found = 0;
  for (const cue of cues) if (words.includes(cue)) found++;
  return Math.min(CUE_MAX, found * CUE_MATCH);
}
