/**
 * One scan of the comment, each word looked up once (word-info.ts), laid out flat: every
 * scorer reads the same prepared comment.
 */
import { MAX_TOKENS, rawOf, scan } from './tokenize';
import { CAPS, EMOJI, EMOTICON, HASHTAG, MENTION, NUM, PUNCT, URL, WORD } from './token';
import type { TokenBuffer } from './token';
import { beginComment, fixedId, touchWords } from './word-ids';
import { infoOf, LANG_EN, LANG_ID } from './word-record';
import { wordToken } from './word-token';
import { I_FLAGS, WI } from './word-table';

/**
 * The prepared comment. It and its token arrays are shared: a Prepared is valid until the
 * next prepare(), which is all analyze() and the trainer need, and spares objects per comment.
 */
export interface Prepared {
  /** The scanned text (the first MAX_CHARS characters). */
  text: string;
  /** Tokens: kind, flags and offsets per token (token.ts); n of them. */
  tokens: TokenBuffer;
  n: number;
  /** Per token: the record id of what we know about it (word-ids.ts: valence, role, and via
   * infoOf the normalised word); the word of an emoji is the emoji, of a mention '@', of a
   * hashtag '#', then 'URL', 'NUM', '?' and '!'. */
  ids: Int32Array;
  wordCount: number;
  /** Emoji/emoticon tokens; and whether the comment is nothing but these. */
  emojiCount: number;
  emojiOnly: boolean;
  questionMarks: number;
  exclamations: number;
  mentions: number;
  hashtags: number;
  /** Links, written out or bare domains. */
  links: number;
  /** Tokens written in capitals. */
  capsTokens: number;
  /** Tokens voting Indonesian and English (WordInfo.lang), counted as they are read so the
   * language needs no pass of its own. */
  idVotes: number;
  enVotes: number;
}

/** The normalised word of token i ('' past the end). */
export function wordAt(p: Prepared, i: number): string {
  return i < p.n ? infoOf(p.ids[i] as number).word : '';
}

/** Token i as written. */
export function rawAt(p: Prepared, i: number): string {
  return rawOf(p.tokens, p.text, i);
}

/** Characters looked at: enough for MAX_TOKENS tokens of any sane length; keeps work linear. */
const MAX_CHARS = MAX_TOKENS * 48;

const IDS = new Int32Array(MAX_TOKENS);

/** The one Prepared, refilled by every prepare(): its buffers are shared anyway. */
const P: Prepared = {
  text: '',
  tokens: scan(''),
  n: 0,
  ids: IDS,
  wordCount: 0,
  emojiCount: 0,
  emojiOnly: false,
  questionMarks: 0,
  exclamations: 0,
  mentions: 0,
  hashtags: 0,
  links: 0,
  capsTokens: 0,
  idVotes: 0,
  enVotes: 0,
};

export function prepare(input: string): Prepared {
  beginComment();
  const text = input.length > MAX_CHARS ? input.slice(0, MAX_CHARS) : input;
  const t = scan(text);
  const ids = IDS;
  const p = P;
  p.text = text;
  p.tokens = t;
  p.n = t.n;
  p.wordCount = 0;
  p.emojiCount = 0;
  p.emojiOnly = false;
  p.questionMarks = 0;
  p.exclamations = 0;
  p.mentions = 0;
  p.hashtags = 0;
  p.links = 0;
  p.capsTokens = 0;
  p.idVotes = 0;
  p.enVotes = 0;
  touchWords(t.hash, t.n);
  for (let i = 0; i < t.n; i++) {
    const kind = t.kind[i] as number;
    const f = t.flags[i] as number;
    let id: number;
    if (kind === WORD) {
      id = wordToken(t, text, i);
      if (id < 0) {
        t.kind[i] = URL;
        id = fixedId('URL');
        p.links++;
      } else p.wordCount++;
    } else if (kind === NUM) {
      id = fixedId('NUM');
      p.wordCount++;
    } else if (kind === MENTION) {
      id = fixedId('@');
      p.mentions++;
    } else if (kind === HASHTAG) {
      id = fixedId('#');
      p.hashtags++;
    } else if (kind === URL) {
      id = fixedId('URL');
      p.links++;
    } else {
      const sym = t.sym[i] as string;
      id = fixedId(sym);
      if (kind === EMOJI || kind === EMOTICON) p.emojiCount++;
      else if (kind === PUNCT) {
        if (sym === '?') p.questionMarks++;
        else p.exclamations++;
      }
    }
    if ((f & CAPS) !== 0) p.capsTokens++;
    ids[i] = id;
    const lang = (WI[16 * id + I_FLAGS] as number) & (LANG_ID | LANG_EN);
    if (lang === LANG_ID) p.idVotes++;
    else if (lang === LANG_EN) p.enVotes++;
  }
  p.emojiOnly = p.emojiCount > 0 && p.wordCount === 0 && p.mentions === 0;
  return p;
}
