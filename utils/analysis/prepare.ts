/**
 * Tokenise and normalise once; every scorer reads the same prepared comment.
 */
import { LEXICON_EN } from './lexicon-en';
import { LEXICON_ID } from './lexicon-id';
import { SLANG } from './slang';
import { tokenize, type Token } from './tokenize';
import { normalizeWord } from './normalize';

export interface Prepared {
  tokens: Token[];
  /** Per token: the normalised word, the emoji, '@' for mentions, '#tag', 'URL', 'NUM', '?' or '!'. */
  norm: string[];
  /** Per token: letters were stretched. */
  stretched: boolean[];
  wordCount: number;
  /** Emoji/emoticon tokens; and whether the comment is nothing but these. */
  emojiCount: number;
  emojiOnly: boolean;
  questionMarks: number;
  exclamations: number;
  mentions: number;
}

let extraKnown: ReadonlySet<string> = new Set();
/** The model's vocabulary also counts as known words when undoing stretched letters. */
export function setKnownWords(words: ReadonlySet<string>): void {
  extraKnown = words;
}
function known(w: string): boolean {
  return LEXICON_ID.has(w) || LEXICON_EN.has(w) || extraKnown.has(w) || SLANG.has(w);
}

export function prepare(text: string): Prepared {
  const tokens = tokenize(text);
  const norm: string[] = [];
  const stretched: boolean[] = [];
  let wordCount = 0;
  let emojiCount = 0;
  let questionMarks = 0;
  let exclamations = 0;
  let mentions = 0;
  for (const t of tokens) {
    let s = false;
    let n: string;
    switch (t.kind) {
      case 'word': {
        const r = normalizeWord(t.raw, known);
        n = r.word;
        s = r.stretched;
        wordCount++;
        break;
      }
      case 'emoji':
      case 'emoticon':
        n = t.raw;
        emojiCount++;
        break;
      case 'mention':
        n = '@';
        mentions++;
        break;
      case 'hashtag':
        n = t.raw.toLowerCase();
        break;
      case 'url':
        n = 'URL';
        break;
      case 'num':
        n = 'NUM';
        wordCount++;
        break;
      case 'punct':
        n = t.raw;
        if (n === '?') questionMarks++;
        else exclamations++;
        break;
    }
    norm.push(n);
    stretched.push(s);
  }
  return {
    tokens,
    norm,
    stretched,
    wordCount,
    emojiCount,
    emojiOnly: emojiCount > 0 && wordCount === 0 && mentions === 0,
    questionMarks,
    exclamations,
    mentions,
  };
}
