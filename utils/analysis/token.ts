/** What the scanner (tokenize.ts) produces and whom it feeds: token kinds, tokens, sinks. */

export type TokenKind = 'word' | 'num' | 'emoji' | 'emoticon' | 'mention' | 'url' | 'hashtag' | 'punct';

export interface Token {
  kind: TokenKind;
  /** The text as written (words lower-cased later by normalize). */
  raw: string;
  /** True when the word was written in capitals (2+ letters). */
  caps: boolean;
  /** True when a clause boundary (. , ; : newline) came right before this token in the scanned text. */
  boundary: boolean;
}

/** Receives tokens as the scanner finds them, without the scanner building any objects. */
export interface TokenSink {
  /** A run of word characters: kind tells word, num, mention or hashtag; `upper` counts its
   * capital letters, `letters` all its letters. `dot`: a '.' joins it ("luminadeals.shop").
   * `hash`: hashOf() of the lower-cased run, computed while scanning, or -1 when the run is not
   * plain ASCII (the sink hashes those itself). */
  run(
    raw: string,
    kind: TokenKind,
    upper: number,
    letters: number,
    boundary: boolean,
    dot: boolean,
    hash: number,
  ): void;
  /** Anything else: url, emoji, emoticon, punct. */
  other(kind: TokenKind, raw: string, boundary: boolean): void;
  /** True once enough tokens were taken: the scan stops. */
  full(): boolean;
}

/** All capitals, two letters or more: "MIN", "TOLONG". */
export function isCaps(upper: number, letters: number): boolean {
  return letters >= 2 && upper === letters;
}
