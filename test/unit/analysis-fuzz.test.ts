/**
 * analyze() must take any string a page can hold and return a well-formed Analysis without
 * throwing, and its cost must grow linearly with the text (no regex backtracking blow-ups).
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyze } from '../../utils/analysis/index';
import { INTENTS, LANGUAGES, SENTIMENTS, STAGES } from '../../utils/analysis/labels';
import type { AnalysisContext } from '../../utils/analysis/types';

const noDuplicates = (xs: readonly string[]): boolean => new Set(xs).size === xs.length;
const finite = z.number().refine(Number.isFinite, 'must be finite');

const analysisSchema = z.object({
  language: z.enum(LANGUAGES),
  sentiment: z.object({ label: z.enum(SENTIMENTS), score: finite, cues: z.array(z.string()) }),
  intents: z.array(z.enum(INTENTS)).refine(noDuplicates, 'duplicate intents'),
  stage: z.object({ label: z.enum(STAGES), confidence: finite.min(0).max(1), cues: z.array(z.string()) }),
});

const show = (text: string): string =>
  `${JSON.stringify(text.slice(0, 60))}${text.length > 60 ? `… (${text.length} chars)` : ''}`;

/** Analyses text, checks the result's shape, and that a second call gives the same answer. */
function expectValid(text: string, context?: AnalysisContext): void {
  const first = analyze(text, context);
  const parsed = analysisSchema.safeParse(first);
  if (!parsed.success) {
    throw new Error(`invalid analysis of ${show(text)}: ${z.prettifyError(parsed.error)}`);
  }
  // Stateful regexes (a /g flag's lastIndex) or caches that leak between calls show up here.
  expect(analyze(text, context), `second call on ${show(text)}`).toEqual(first);
}

const KB100 = 100_000;
/** Deterministic pseudo-random letters without spaces (a long "word"). */
function letters(n: number, seed = 7): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(97 + (x % 26));
  }
  return out;
}
const fill = (unit: string, n: number): string =>
  unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n);

const handPicked: Record<string, string> = {
  empty: '',
  'spaces only': '   \t\n\r\n ',
  html: '<script>alert(1)</script><b onclick="x()">enak bgt</b>&amp;&lt;&#x1F525;<img src=x onerror=y>',
  arabic: 'هذا المنتج رائع جدا، شكرا لكم',
  hebrew: 'זה מוצר מצוין, תודה רבה',
  'rtl override': '\u202Eenak bgt\u202C \u200Fmantap\u200E',
  'zero width only': '\u200B\u200C\u200D\uFEFF',
  'zero width inside words': 'en\u200Bak b\u200Dgt jel\uFEFFek g\u200Cak',
  'lone surrogates': '\uD800 enak \uDFFF bgt \uD83D',
  'reversed surrogate pair': '\uDE00\uD83D mantap',
  'null and controls': '\u0000\u0001\u0007\u001B[31mmerah\u007F\u0085',
  zalgo: 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇ ḙ̈n̈́ák',
  'combining marks': 'e\u0301'.repeat(2000),
  'family emoji': '👨‍👩‍👧‍👦'.repeat(1000),
  'skin tones and flags': '👍🏽👍🏿🇮🇩🇺🇸'.repeat(500),
  'prototype words': '__proto__ constructor toString prototype hasOwnProperty valueOf __defineGetter__',
  'prototype handles': '@__proto__ @constructor #toString',
  shouting: 'KECEWA BANGET GAK BISA REFUND!!!! ANJIR',
  'url only': 'https://bit.ly/xyz?a=1&b=2#frag',
  price: 'Rp 99.999.999,00 / $14.99 / 1.000.000.000.000.000.000.000',
  'number run': '9'.repeat(5000),
  'repeated letters and marks': `${'a'.repeat(5000)}${'!'.repeat(5000)}${'?'.repeat(5000)}`,
  'at signs': '@'.repeat(10_000),
  'hash signs': '#'.repeat(10_000),
  gakgakgak: 'gak'.repeat(10_000),
  'emoji run': '😭'.repeat(10_000),
  'emoji and letters': '🔥a😡b'.repeat(5000),
  'a space': 'a '.repeat(10_000),
  newlines: '\n'.repeat(10_000),
  '100 kB letters': 'a'.repeat(KB100),
  '100 kB word soup': fill('enak bgt gak jelek kok, tapi kurirnya lama?? @kak tolong refund 😭🔥 ', KB100),
  '100 kB random word': letters(KB100),
  '100 kB spaces then x': `${' '.repeat(KB100)}x`,
};

describe('analyze() on hand-picked hostile input', () => {
  for (const [name, text] of Object.entries(handPicked)) {
    it(name, () => {
      expectValid(text);
      expectValid(text, { platform: 'facebook', isReply: true, mentions: ['a', '', text.slice(0, 50)] });
    });
  }
});

const contextArb: fc.Arbitrary<AnalysisContext> = fc.record(
  {
    platform: fc.constantFrom('facebook' as const, 'instagram' as const),
    isReply: fc.boolean(),
    mentions: fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { maxLength: 4 }),
  },
  { requiredKeys: [] },
);

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const tokens = [
  'enak',
  'bgt',
  'gak',
  'ga',
  'tdk',
  'nggak',
  'jelek',
  'mantap',
  'kecewa',
  'tolong',
  'refund',
  'harga',
  'berapa',
  'kak',
  'min',
  'beli',
  'mau',
  'not',
  'bad',
  'good',
  'love',
  'hate',
  'never',
  'but',
  'tapi',
  'sih',
  'aja',
  '?',
  '??',
  '!',
  '!!!',
  '...',
  ',',
  '@budi',
  '@',
  '#promo',
  'https://x.co/a',
  'wkwk',
  '😭',
  '🔥',
  '😡',
  '👍',
  '🙄',
  '\u200B',
  '\uFEFF',
  'ANJIR',
  'Rp50.000',
  '3',
  'hari',
  ' ',
  '\n',
];
const wordy = fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((ws) => ws.join(' '));
const spiky = fc.string({
  unit: fc.oneof(
    loneSurrogate,
    fc.constantFrom('\u200B', '\u200C', '\u200D', '\uFEFF', 'a', '!', '@', '😭', ' '),
  ),
  maxLength: 200,
});

describe('analyze() on generated input', () => {
  const cases: Record<string, fc.Arbitrary<string>> = {
    'any code points': fc.string({ unit: 'binary', maxLength: 300 }),
    graphemes: fc.string({ unit: 'grapheme', maxLength: 150 }),
    'lone surrogates and zero-width characters': spiky,
    'comment-like word salad': wordy,
    'mixed case word salad': fc.mixedCase(wordy),
  };
  for (const [name, arb] of Object.entries(cases)) {
    it(name, () => {
      fc.assert(
        fc.property(arb, fc.option(contextArb, { nil: undefined }), (text, context) => {
          expectValid(text, context);
        }),
        { numRuns: 300 },
      );
    });
  }
});

/** Milliseconds for `reps` calls on `text`; Infinity as soon as the calls pass `limit` ms. */
function time(text: string, reps: number, limit = Infinity): number {
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) {
    analyze(text);
    if (performance.now() - t0 > limit) return Infinity;
  }
  return performance.now() - t0;
}

const BASE = 20_000;
const STEPS = [4, 16];
/** Work per measurement: 16 × 20 k chars, so every size is timed on the same amount of text. */
const WORK = BASE * 16;
/** Allowed growth of the time per character from 20 k to 80 k and 320 k chars (×16 size, ×64 time). */
const FACTOR = 4;
/** Below this, a measurement of 320 k chars is timer noise and counts as this much. */
const FLOOR_MS = 10;
/**
 * Only so that a super-linear engine fails in seconds instead of hanging: 320 k chars in 2 s is
 * 6 µs a char, a hundred times slower than the engine's speed target.
 */
const LIMIT_MS = 2_000;

/** A flat copy, so the first timed call does not pay for flattening a rope string. */
const flat = (s: string): string => s.split('').join('');

const adversarial: Record<string, (n: number) => string> = {
  'repeated letter': (n) => 'a'.repeat(n),
  'repeated exclamation': (n) => '!'.repeat(n),
  'alternating ?!': (n) => fill('?!', n),
  'long word without spaces': (n) => letters(n),
  'repeated "a "': (n) => fill('a ', n),
  'emoji and letters alternating': (n) => fill('😭a🔥b', n),
  'at signs': (n) => '@'.repeat(n),
  gakgakgak: (n) => fill('gak', n),
  'wkwk haha': (n) => fill('wkwkhaha', n),
  'spaces then a letter': (n) => `${' '.repeat(n - 1)}x`,
  'letters then marks blocks': (n) => fill(`${'a'.repeat(50)}${'!'.repeat(50)}`, n),
  'digits and dots': (n) => fill('1.', n),
  'url-like': (n) => `https://${fill('a.', n - 8)}`,
  'email-like': (n) => fill('a@', n),
  'zero-width between letters': (n) => fill('a\u200B', n),
  ellipsis: (n) => '.'.repeat(n),
  'shouting word salad': (n) => fill('GAK BISA REFUND KECEWA BANGET ', n),
  'comment-like words': (n) => fill('enak bgt tapi gak jelek kok, kurirnya lama?? @kak tolong ', n),
};

describe('analyze() takes linear time', () => {
  for (const [name, make] of Object.entries(adversarial)) {
    it(name, { timeout: 60_000 }, () => {
      const small = flat(make(BASE));
      time(small, 2, LIMIT_MS); // warm-up
      let base = time(small, WORK / BASE, LIMIT_MS);
      expect(base, `${name}: ${WORK / BASE} × ${BASE} chars took over ${LIMIT_MS} ms`).toBeLessThan(LIMIT_MS);
      for (let run = 1; run < 3; run++) base = Math.min(base, time(small, WORK / BASE));
      const budget = FACTOR * Math.max(base, FLOOR_MS);
      for (const step of STEPS) {
        const big = flat(make(BASE * step));
        const reps = WORK / (BASE * step);
        let best = time(big, reps, 2 * budget);
        // Min of up to 3 runs when a run lands just past the budget (a GC pause, a busy core).
        for (let run = 1; run < 3 && best >= budget && best < 1.5 * budget; run++) {
          best = Math.min(best, time(big, reps, 2 * budget));
        }
        expect(best, `${name}: ${BASE * step} chars vs ${BASE} chars, same total text`).toBeLessThan(budget);
      }
    });
  }
});
