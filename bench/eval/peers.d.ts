/** Minimal types for the two untyped npm peers the evaluation runs beside the engine. */
declare module 'sentiment' {
  interface SentimentResult {
    /** Sum of the AFINN-165 values of the words found. */
    score: number;
    /** score divided by the number of tokens. */
    comparative: number;
    tokens: string[];
    words: string[];
    positive: string[];
    negative: string[];
  }
  class Sentiment {
    analyze(phrase: string): SentimentResult;
  }
  export default Sentiment;
}

declare module 'vader-sentiment' {
  interface PolarityScores {
    neg: number;
    neu: number;
    pos: number;
    /** Normalised sum of valences, -1..1. */
    compound: number;
  }
  export const SentimentIntensityAnalyzer: {
    polarity_scores(text: string): PolarityScores;
  };
  const vader: { SentimentIntensityAnalyzer: typeof SentimentIntensityAnalyzer };
  export default vader;
}
