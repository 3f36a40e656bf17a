import type { Sentiment, Stage } from '@/utils/db/records';

/** The badges' colours where they have them: the same sentiment reads the same everywhere. */
export const SENTIMENT_COLORS: Record<Sentiment, string> = {
  positive: '#16a34a',
  neutral: '#9ca3af',
  negative: '#dc2626',
};

/** Deeper engagement, deeper teal. */
export const STAGE_COLORS: Record<Stage, string> = {
  consumption: '#99f6e4',
  curation: '#2dd4bf',
  creation: '#0d9488',
  collaboration: '#115e59',
};

export const ACCENT = '#0f766e';
