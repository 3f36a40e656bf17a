/** What every rule sees: the input, and the draft and the comment read once. */
import { replyLanguage, type Principle, type ReplyLanguage } from '../types';
import type { CheckInput, RuleId } from './types';
import { prepare, type Text, type Word } from './words';

export interface Context {
  input: CheckInput;
  lang: ReplyLanguage;
  draft: Text;
  comment: Text;
  /** The comment complains (its intents say so). */
  complaint: boolean;
  /** The comment complains or is negative: it needs empathy and a faster answer. */
  unhappy: boolean;
}

export interface Outcome {
  ok: boolean;
  detail: string[];
}

export interface Rule {
  id: RuleId;
  principle: Principle;
  applies(c: Context): boolean;
  check(c: Context): Outcome;
}

export function contextOf(input: CheckInput): Context {
  const { subject } = input;
  const complaint = subject.intents.includes('complaint');
  return {
    input,
    lang: replyLanguage(subject.language),
    draft: prepare(input.draft),
    comment: prepare(subject.text),
    complaint,
    unhappy: complaint || subject.sentiment === 'negative',
  };
}

export const always = (): boolean => true;

export function outcome(ok: boolean, ...detail: (string | number)[]): Outcome {
  return { ok, detail: detail.map(String) };
}

/** The text of words [from, to) as written. */
export function written(text: Text, from: number, to: number): string {
  const first = text.words[from];
  const last = text.words[to - 1];
  return first === undefined || last === undefined ? '' : text.clean.slice(first.start, last.end);
}

const LINK_WORDS = new Set(['http', 'https', 'www']);

/** The text holds a web address ("https://…", "www.…", "bit.ly/…"). */
export function hasLink(text: Text): boolean {
  const { words } = text;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (LINK_WORDS.has(w.key)) return true;
    if ((w.key === 'bit' || w.key === 'wa') && (words[i + 1]?.key === 'ly' || words[i + 1]?.key === 'me')) {
      if (text.clean[w.end] === '.') return true;
    }
  }
  return false;
}
