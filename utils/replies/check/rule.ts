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
const SHORT_HOSTS = new Set(['bit.ly', 'wa.me', 's.id', 'linktr.ee']);

/** The text holds a web address ("https://…", "www.…", "bit.ly/…"). */
export function hasLink(text: Text): boolean {
  const { words, clean } = text;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (LINK_WORDS.has(w.key)) return true;
    const next = words[i + 1];
    if (next !== undefined && next.start === w.end + 1 && clean[w.end] === '.') {
      if (SHORT_HOSTS.has(`${w.lower}.${next.lower}`)) return true;
    }
  }
  return false;
}
