/** comfortable: opens with a greeting, the brand's honorific (in Indonesian) and the commenter's first name. */
import type { Honorific } from '../../voice';
import { Phrases, phrases } from '../phrases';
import { always, outcome, type Context, type Rule } from '../rule';
import { prepare } from '../words';

const TIMES = ['pagi', 'siang', 'sore', 'malam'];
// A bare "pagi" greets only when someone is addressed: "Pagi ini paket…" does not.
const COMMON = phrases(
  'halo, hai, hi, hello, hey, hei, hy, good morning, good afternoon, good evening, morning, dear',
  'greetings, assalamualaikum, assalamu alaikum, salam',
  ...TIMES.map(
    (t) => `selamat ${t}, ${t} kak, ${t} kakak, ${t} bapak, ${t} ibu, ${t} pak, ${t} bu, ${t} semua`,
  ),
);

/** Honorific words that satisfy each setting. */
export const HONORIFIC_WORDS: Record<Honorific, readonly string[]> = {
  kak: ['kak', 'kakak', 'kk'],
  'bapak-ibu': ['bapak', 'ibu', 'bpk', 'pak', 'bu'],
  none: [],
};
const HONORIFIC_SHOWN: Record<Honorific, string> = { kak: 'Kak', 'bapak-ibu': 'Bapak/Ibu', none: '' };
const honorifics = {
  kak: new Phrases(HONORIFIC_WORDS.kak),
  'bapak-ibu': new Phrases(HONORIFIC_WORDS['bapak-ibu']),
  none: new Phrases([]),
};

/** The greeting must start within the first words; honorific and name come within the opening. */
const GREETING_BY = 3;
const OPENING = 8;

/** The commenter's first name as written ("rina.wijaya_93" → "rina"), or '' when there is none. */
export function firstName(authorName: string): string {
  const t = prepare(authorName);
  for (const w of t.words) if (/^\p{L}{2,}$/u.test(w.lower)) return t.clean.slice(w.start, w.end);
  return '';
}

function capitalised(name: string): string {
  return name.length === 0 ? name : `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

export const greeting: Rule = {
  id: 'greeting',
  principle: 'comfortable',
  applies: always,
  check(c: Context) {
    const { voice, subject } = c.input;
    const words = c.draft.words;
    const own = new Phrases([voice.greeting.id, voice.greeting.en].filter((g) => g.trim() !== ''));
    const open = Math.min(words.length, OPENING);
    const hi = own.find(words, 0, open) ?? COMMON.find(words, 0, open);
    const greeted = hi !== null && hi.from < GREETING_BY;
    const honorificNeeded = c.lang === 'id' && voice.honorific !== 'none';
    const honored = !honorificNeeded || honorifics[voice.honorific].find(words, 0, open) !== null;
    const name = firstName(subject.authorName);
    const nameKey = new Phrases([name]);
    const named = name === '' || nameKey.find(words, 0, open) !== null;
    const hello = voice.greeting[c.lang].trim() || (c.lang === 'id' ? 'Halo' : 'Hi');
    const title = honorificNeeded ? HONORIFIC_SHOWN[voice.honorific] : '';
    const opening = [hello, title, capitalised(name)].filter((s) => s !== '').join(' ');
    return outcome(greeted && honored && named, opening);
  },
};
