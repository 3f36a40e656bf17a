/** The engines a run compares: Tanggap's analyze() and the two npm sentiment peers. */
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import type { Sentiment as SentimentLabel } from '../../utils/analysis/labels';
import type { Item } from './rows';

export const TANGGAP = 'tanggap';
export const PEERS = ['sentiment', 'vader-sentiment'] as const;
export type PeerName = (typeof PEERS)[number];
export const ENGINES = [TANGGAP, ...PEERS] as const;
export type EngineName = (typeof ENGINES)[number];

/** Maps a signed score to a label with a symmetric neutral band: > t positive, < -t negative. */
export function labelFromScore(score: number, threshold: number): SentimentLabel {
  if (score > threshold) return 'positive';
  if (score < -threshold) return 'negative';
  return 'neutral';
}

const afinn = new Sentiment();

/**
 * `sentiment` (AFINN-165, English word list): label from `score`, the sum of the word values,
 * > 0 positive, < 0 negative, 0 neutral. (`comparative` is score / tokens and has the same sign,
 * so the labels would be identical.)
 */
export function afinnLabel(text: string): SentimentLabel {
  return labelFromScore(afinn.analyze(text).score, 0);
}

/** `vader-sentiment`: compound score with VADER's standard thresholds, >= 0.05 / <= -0.05. */
export function vaderLabel(text: string): SentimentLabel {
  const { compound } = vader.SentimentIntensityAnalyzer.polarity_scores(text);
  if (compound >= 0.05) return 'positive';
  if (compound <= -0.05) return 'negative';
  return 'neutral';
}

export const peerLabel: Record<PeerName, (text: string) => SentimentLabel> = {
  sentiment: afinnLabel,
  'vader-sentiment': vaderLabel,
};

/** The full work each engine does per comment, as timed; returns something to keep it live. */
export function runnerFor(
  engine: EngineName,
  analyze: (text: string, context: Item['context']) => { sentiment: { score: number } },
): (item: Item) => number {
  switch (engine) {
    case TANGGAP:
      return (item) => analyze(item.text, item.context).sentiment.score;
    case 'sentiment':
      return (item) => afinn.analyze(item.text).score;
    case 'vader-sentiment':
      return (item) => vader.SentimentIntensityAnalyzer.polarity_scores(item.text).compound;
  }
}
