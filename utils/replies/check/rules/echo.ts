/**
 * customized: the reply echoes something concrete from the comment: a product the brand sells,
 * an order or other number, or a content word both share (informal spellings normalised lightly).
 */
import { SLANG } from '../../../analysis/slang';
import { Phrases } from '../phrases';
import { outcome, type Context, type Rule } from '../rule';
import { collapse, prepare, type Text, type Word } from '../words';
import { STOPWORDS } from './stopwords';

const DIGIT = /\p{N}/u;
const MIN_LETTERS = 4;
const SUFFIXES = ['nya', 'ku', 'mu'];

/** Runs of three or more of one character written once: "bagusss" → "bagus"; "maaf" stays. */
function squeeze(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    let j = i + 1;
    while (j < s.length && s[j] === s[i]) j++;
    out += j - i >= 3 ? (s[i] as string) : s.slice(i, j);
    i = j;
  }
  return out;
}

/** A word's light stem: slang spelt out, "-nya"/"-ku"/"-mu" or an English plural "s" dropped, repeated letters once. */
export function stem(w: Word): string {
  const lower = squeeze(w.lower);
  let s = SLANG.get(lower) ?? lower;
  const suffix = SUFFIXES.find((end) => s.endsWith(end) && s.length - end.length >= MIN_LETTERS);
  if (suffix !== undefined) s = s.slice(0, -suffix.length);
  else if (s.endsWith('s') && !s.endsWith('ss') && s.length - 1 >= MIN_LETTERS) s = s.slice(0, -1);
  return collapse(s);
}

/** Content words of a text, stem → the word as written; names and the brand's own name left out. */
function contentWords(text: Text, skip: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of text.words) {
    if (w.mark === '@' || DIGIT.test(w.key)) continue;
    const s = stem(w);
    if (s.length < MIN_LETTERS || STOPWORDS.has(s) || skip.has(s) || out.has(s)) continue;
    out.set(s, text.clean.slice(w.start, w.end));
  }
  return out;
}

/** Order and other numbers of three or more characters ("INV12345", "0812…"), as written. */
function numbers(text: Text): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of text.words) {
    if (w.mark === '@' || w.lower.length < 3 || !DIGIT.test(w.lower)) continue;
    if (!out.has(w.lower)) out.set(w.lower, text.clean.slice(w.start, w.end));
  }
  return out;
}

interface Echoable {
  products: string[];
  numbers: Map<string, string>;
  words: Map<string, string>;
}

const cache = new WeakMap<Context, Echoable>();

function echoable(c: Context): Echoable {
  const known = cache.get(c);
  if (known !== undefined) return known;
  const { voice, subject } = c.input;
  const skip = new Set<string>();
  for (const source of [voice.brandName, subject.authorName])
    for (const w of prepare(source).words) skip.add(stem(w));
  const found = new Set(new Phrases(voice.products).findAll(c.comment.words).map((m) => m.phrase));
  const e = {
    products: voice.products.filter((p) => found.has(p)),
    numbers: numbers(c.comment),
    words: contentWords(c.comment, skip),
  };
  cache.set(c, e);
  return e;
}

function longest(xs: Iterable<string>): string {
  let best = '';
  for (const x of xs) if (x.length > best.length) best = x;
  return best;
}

export const echo: Rule = {
  id: 'echo',
  principle: 'customized',
  // An emoji-only comment (or "ok kak") holds nothing concrete to echo.
  applies(c) {
    const e = echoable(c);
    return e.products.length + e.numbers.size + e.words.size > 0;
  },
  check(c) {
    const e = echoable(c);
    const products = new Phrases(e.products).findAll(c.draft.words);
    if (products[0] !== undefined) return outcome(true, products[0].phrase);
    const draftNumbers = numbers(c.draft);
    for (const [k, shown] of e.numbers) if (draftNumbers.has(k)) return outcome(true, shown);
    const draftWords = contentWords(c.draft, new Set());
    for (const [k, shown] of e.words) if (draftWords.has(k)) return outcome(true, shown);
    return outcome(false, e.products[0] ?? [...e.numbers.values()][0] ?? longest(e.words.values()));
  },
};
