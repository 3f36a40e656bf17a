import { analyze } from '@/utils/analysis';
import type { AutoTag } from '@/utils/db/records';
import type { FoundComment } from '@/utils/sites/types';

const MENTION = /@[\p{L}\p{N}._]{1,30}/gu;

/** The engine's verdict on one comment, in the shape the database keeps. */
export function autoTag(comment: FoundComment): AutoTag {
  const text = comment.text;
  const result = analyze(text, {
    platform: comment.platform,
    isReply: comment.depth > 0,
    mentions: text.length < 5_000 ? (text.match(MENTION) ?? []) : [],
  });
  return {
    stage: result.stage.label,
    stageConfidence: Math.min(1, Math.max(0, result.stage.confidence)),
    sentiment: result.sentiment.label,
    sentimentScore: Number.isFinite(result.sentiment.score) ? result.sentiment.score : 0,
    intents: result.intents,
    language: result.language,
    cues: { stage: cuesOf(result.stage.cues), sentiment: cuesOf(result.sentiment.cues) },
  };
}

/** Cues are page text: bounded before they are stored. */
function cuesOf(cues: string[]): string[] {
  return cues.slice(0, 20).map((cue) => cue.slice(0, 200));
}
