/** The label sets the analysis engine returns and the database stores. */
export const STAGES = ['consumption', 'curation', 'creation', 'collaboration'] as const;
export type Stage = (typeof STAGES)[number];

export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const INTENTS = [
  'complaint',
  'question',
  'praise',
  'suggestion',
  'purchase_intent',
  'spam',
  'toxic',
  'urgent',
] as const;
export type Intent = (typeof INTENTS)[number];

export const LANGUAGES = ['id', 'en', 'mixed'] as const;
export type Language = (typeof LANGUAGES)[number];
