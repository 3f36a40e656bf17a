/** What the scanner (tokenize.ts) produces: token kinds, the flat token buffer, Token objects. */

export type TokenKind = 'word' | 'num' | 'emoji' | 'emoticon' | 'mention' | 'url' | 'hashtag' | 'punct';

/** Token kinds as small integers (the buffer's `kind`); KIND_NAMES maps them back. */
export const WORD = 0;
export const NUM = 1;
export const EMOJI = 2;
export const EMOTICON = 3;
export const MENTION = 4;
export const URL = 5;
export const HASHTAG = 6;
export const PUNCT = 7;
export const KIND_NAMES: readonly TokenKind[] = [
  'word',
  'num',
  'emoji',
  'emoticon',
  'mention',
  'url',
  'hashtag',
  'punct',
];

/** Token flags (the buffer's `flags`). */
/** Written in capitals, two letters or more: "MIN", "TOLONG". */
export const CAPS = 1;
/** A clause boundary (. , ; : newline) came right before the token. */
export const BOUNDARY = 2;
/** A '.' joins the run ("luminadeals.shop"). */
export const DOT = 4;
/** Zero-width characters inside the run, dropped from its text. */
export const INVISIBLE_IN = 8;
/** The run has an ASCII capital: its lower-case form differs from the text. */
export const UPPER = 16;

/** Work stops after this many tokens: long texts stay linear and the opening decides anyway. */
export const MAX_TOKENS = 300;

/**
 * The tokens of the last scan, as offsets into the text in typed arrays: scanning builds no
 * string or object per token. One buffer is reused by every scan, so it holds only the
 * latest comment's tokens.
 */
export class TokenBuffer {
  n = 0;
  readonly kind = new Uint8Array(MAX_TOKENS);
  readonly flags = new Uint8Array(MAX_TOKENS);
  /** The token's characters are text[start, end). */
  readonly start = new Int32Array(MAX_TOKENS);
  readonly end = new Int32Array(MAX_TOKENS);
  /** Plain ASCII words of up to KEY_CHARS characters (word-key.ts): hashOf() of the lower-cased
   * word, and the word packed (key0-3), both made while scanning; -1 for any other run (its
   * reader hashes its string). */
  readonly hash = new Int32Array(MAX_TOKENS);
  readonly key0 = new Int32Array(MAX_TOKENS);
  readonly key1 = new Int32Array(MAX_TOKENS);
  readonly key2 = new Int32Array(MAX_TOKENS);
  readonly key3 = new Int32Array(MAX_TOKENS);
  /** The text of an emoji, emoticon or punct token (shared strings, no copies); stale for others. */
  readonly sym: (string | undefined)[] = new Array<undefined>(MAX_TOKENS).fill(undefined);
}

export interface Token {
  kind: TokenKind;
  /** The text as written (words lower-cased later by normalize). */
  raw: string;
  /** True when the word was written in capitals (2+ letters). */
  caps: boolean;
  /** True when a clause boundary (. , ; : newline) came right before this token in the scanned text. */
  boundary: boolean;
}
