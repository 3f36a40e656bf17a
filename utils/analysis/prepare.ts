/**
 * Tokenise and look each token up once; every scorer reads the same prepared comment.
 */
import { tokenize, type Token } from './tokenize';
import { fixedInfo, wordInfo, type WordInfo } from './word-info';

export { setKnownWords } from './word-info';

export interface Prepared {
  tokens: Token[];
  /** Per token: what we know about it (normalised word, valence, role). */
  info: WordInfo[];
  /** Per token: the normalised word, the emoji, '@' for mentions, '#tag', 'URL', 'NUM', '?' or '!'. */
  norm: string[];
  wordCount: number;
  /** Emoji/emoticon tokens; and whether the comment is nothing but these. */
  emojiCount: number;
  emojiOnly: boolean;
  questionMarks: number;
  exclamations: number;
  mentions: number;
}

/** Top-level domains that make a "word" a bare link (luminadeals.shop, bit.ly). */
const TLDS = new Set(['com', 'id', 'net', 'org', 'shop', 'ly', 'co', 'xyz', 'io', 'me', 'info', 'site', 'store', 'online', 'link', 'app']);

function isDomain(raw: string): boolean {
  const dot = raw.lastIndexOf('.');
  return dot > 0 && TLDS.has(raw.slice(dot + 1).toLowerCase());
}

export function prepare(text: string): Prepared {
  const tokens = tokenize(text);
  const info: WordInfo[] = [];
  const norm: string[] = [];
  let wordCount = 0;
  let emojiCount = 0;
  let questionMarks = 0;
  let exclamations = 0;
  let mentions = 0;
  for (const t of tokens) {
    let i: WordInfo;
    switch (t.kind) {
      case 'word':
        if (t.raw.includes('.') && isDomain(t.raw)) {
          i = fixedInfo('URL');
          break;
        }
        i = wordInfo(t.raw);
        wordCount++;
        break;
      case 'emoji':
      case 'emoticon':
        i = fixedInfo(t.raw);
        emojiCount++;
        break;
      case 'mention':
        i = fixedInfo('@');
        mentions++;
        break;
      case 'hashtag':
        i = fixedInfo('#');
        break;
      case 'url':
        i = fixedInfo('URL');
        break;
      case 'num':
        i = fixedInfo('NUM');
        wordCount++;
        break;
      case 'punct':
        i = fixedInfo(t.raw);
        if (t.raw === '?') questionMarks++;
        else exclamations++;
        break;
    }
    info.push(i);
    norm.push(i.word);
  }
  return {
    tokens,
    info,
    norm,
    wordCount,
    emojiCount,
    emojiOnly: emojiCount > 0 && wordCount === 0 && mentions === 0,
    questionMarks,
    exclamations,
    mentions,
  };
}
