/**
 * One scan of the comment, each word looked up once (word-info.ts), laid out flat: every
 * scorer reads the same prepared comment.
 */
import { hashOf, isCaps, MAX_TOKENS, scan, type Token, type TokenKind, type TokenSink } from './tokenize';
import { checkVersion, fixedInfo, wordInfo, type WordInfo } from './word-info';

export interface Prepared {
  tokens: Token[];
  /** Per token: what we know about it (normalised word, valence, role); the word of an emoji is
   * the emoji, of a mention '@', of a hashtag '#', then 'URL', 'NUM', '?' and '!'. */
  info: WordInfo[];
  wordCount: number;
  /** Emoji/emoticon tokens; and whether the comment is nothing but these. */
  emojiCount: number;
  emojiOnly: boolean;
  questionMarks: number;
  exclamations: number;
  mentions: number;
  /** Tokens voting Indonesian and English (WordInfo.lang), counted as they are read so the
   * language needs no pass of its own. */
  idVotes: number;
  enVotes: number;
}

/** The normalised word of token i ('' past the end). */
export function wordAt(p: Prepared, i: number): string {
  return p.info[i]?.word ?? '';
}

/** Characters looked at: enough for MAX_TOKENS tokens of any sane length; keeps work linear. */
const MAX_CHARS = MAX_TOKENS * 48;

/** Top-level domains that make a "word" a bare link (luminadeals.shop, bit.ly). */
const TLDS = new Set([
  'com',
  'id',
  'net',
  'org',
  'shop',
  'ly',
  'co',
  'xyz',
  'io',
  'me',
  'info',
  'site',
  'store',
  'online',
  'link',
  'app',
]);

function isDomain(lower: string): boolean {
  const dot = lower.lastIndexOf('.');
  return dot > 0 && TLDS.has(lower.slice(dot + 1));
}

class Builder implements TokenSink {
  readonly p: Prepared = {
    tokens: [],
    info: [],
    wordCount: 0,
    emojiCount: 0,
    emojiOnly: false,
    questionMarks: 0,
    exclamations: 0,
    mentions: 0,
    idVotes: 0,
    enVotes: 0,
  };

  run(
    raw: string,
    kind: TokenKind,
    upper: number,
    letters: number,
    boundary: boolean,
    dot: boolean,
    hash: number,
  ): void {
    const p = this.p;
    let info: WordInfo;
    if (kind === 'word') {
      const lower = upper === 0 ? raw : raw.toLowerCase();
      if (dot && isDomain(lower)) {
        kind = 'url';
        info = fixedInfo('URL');
      } else {
        info = wordInfo(lower, hash < 0 ? hashOf(lower) : hash);
        p.wordCount++;
      }
    } else {
      info = fixedInfo(kind === 'mention' ? '@' : kind === 'hashtag' ? '#' : 'NUM');
      if (kind === 'mention') p.mentions++;
      else if (kind === 'num') p.wordCount++;
    }
    p.tokens.push({ kind, raw, caps: isCaps(upper, letters), boundary });
    p.info.push(info);
    this.vote(info);
  }

  vote(info: WordInfo): void {
    if (info.lang === 1) this.p.idVotes++;
    else if (info.lang === 2) this.p.enVotes++;
  }

  other(kind: TokenKind, raw: string, boundary: boolean): void {
    const p = this.p;
    p.tokens.push({ kind, raw, caps: false, boundary });
    const info = fixedInfo(kind === 'url' ? 'URL' : raw);
    p.info.push(info);
    this.vote(info);
    if (kind === 'emoji' || kind === 'emoticon') p.emojiCount++;
    else if (raw === '?') p.questionMarks++;
    else if (raw === '!') p.exclamations++;
  }

  full(): boolean {
    return this.p.tokens.length >= MAX_TOKENS;
  }
}

export function prepare(text: string): Prepared {
  checkVersion();
  const b = new Builder();
  scan(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text, b);
  const p = b.p;
  p.emojiOnly = p.emojiCount > 0 && p.wordCount === 0 && p.mentions === 0;
  return p;
}
