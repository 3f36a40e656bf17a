/**
 * checkReply() must take any draft a moderator can paste (and any comment a page can hold)
 * without throwing, return a well-formed result, and cost time linear in the text.
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { INTENTS, LANGUAGES, SENTIMENTS, STAGES } from '../../../utils/analysis/labels';
import { checkReply, RULE_IDS, type CheckInput, type CheckResult } from '../../../utils/replies/check/index';
import { NearDuplicateIndex } from '../../../utils/replies/near-duplicate';
import { DEFAULT_TARGETS, PRINCIPLES, type ReplySubject } from '../../../utils/replies/types';
import { DEFAULT_VOICE, EMOJI_POLICIES, HONORIFICS, type BrandVoice } from '../../../utils/replies/voice';

const NOW = Date.UTC(2025, 5, 2, 9, 0);
const RECENT = new NearDuplicateIndex([
  'Halo Kak Rina, mohon maaf atas ketidaknyamanannya. Sudah kami DM ya. ^AB',
  'Hi John, thanks for the lovely review! ^CD',
  'a a a a a a',
]);

const COMPLAINT: ReplySubject = {
  text: 'Kak gimana cara pakainya? Paket saya udah 5 hari blm nyampe, kecewa bgt. Order INV12345',
  authorName: 'Rina Wijaya',
  platform: 'instagram',
  language: 'id',
  stage: 'curation',
  sentiment: 'negative',
  intents: ['complaint', 'question'],
  createdAt: NOW - 90 * 60_000,
  mentions: 2,
};
/** A voice with every optional rule switched on. */
const VOICE: BrandVoice = {
  ...DEFAULT_VOICE,
  brandName: 'Tanggap',
  products: ['Serum Glow', 'Kopi Susu'],
  bannedWords: ['sis', 'gan', 'KompetitorX'],
  channels: {
    dm: true,
    whatsapp: '+62 812-3456-7890',
    phone: '',
    email: 'halo@brand.id',
    helpLink: 'https://brand.id/bantuan',
  },
};

function input(
  draft: string,
  subject: ReplySubject = COMPLAINT,
  voice: BrandVoice = VOICE,
  agent = 'Ayu Bestari',
): CheckInput {
  return { draft, subject, voice, agent, recent: RECENT, now: NOW, targets: DEFAULT_TARGETS };
}

function expectWellFormed(result: CheckResult, what: string): void {
  const { score, findings } = result;
  expect(score, what).toBeGreaterThanOrEqual(0);
  expect(score, what).toBeLessThanOrEqual(1);
  const ids = findings.map((f) => f.rule);
  expect(new Set(ids).size, what).toBe(ids.length);
  for (const f of findings) {
    expect(RULE_IDS, what).toContain(f.rule);
    expect(PRINCIPLES, what).toContain(f.principle);
    expect(
      f.detail.every((d) => typeof d === 'string'),
      what,
    ).toBe(true);
  }
  const firstPass = findings.findIndex((f) => f.ok);
  expect(firstPass === -1 || findings.slice(firstPass).every((f) => f.ok), `${what}: failures first`).toBe(
    true,
  );
  const passed = findings.filter((f) => f.ok).length;
  expect(score, what).toBe(findings.length === 0 ? 1 : passed / findings.length);
}

const show = (text: string): string =>
  `${JSON.stringify(text.slice(0, 60))}${text.length > 60 ? `… (${text.length} chars)` : ''}`;

function expectValid(i: CheckInput): void {
  const first = checkReply(i);
  expectWellFormed(first, show(i.draft));
  // Stateful regexes (a /g flag's lastIndex) or caches leaking between calls show up here.
  expect(checkReply(i), `second call on ${show(i.draft)}`).toEqual(first);
}

const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const KB100 = 100_000;

/** Drafts built to hit each rule's matcher at its worst: long runs of what it looks for. */
const adversarial: Record<string, (n: number) => string> = {
  'one long word': (n) => 'a'.repeat(n),
  'repeated "a "': (n) => fill('a ', n),
  'a reply repeated': (n) =>
    fill(
      'Halo Kak Rina, mohon maaf. Paket kakak sudah kami cek, kirim nomor pesanan via DM ya? bgt 😍 @budi ^AB ',
      n,
    ),
  'question marks': (n) => '?'.repeat(n),
  'dots (one long ellipsis)': (n) => '.'.repeat(n),
  'emoji sequences and flags': (n) => fill('👨‍👩‍👧🇮🇩👍🏽', n),
  'apostrophes between letters': (n) => fill("a'", n),
  '"kami" over and over (many phrases start with it)': (n) => fill('kami ', n),
  'asks for private data in every sentence': (n) => fill('Kirimkan alamat kakak. ', n),
  'digits and x': (n) => fill('1x', n),
  'zero-width between letters': (n) => fill('a\u200b', n),
  'spaces then a letter': (n) => `${' '.repeat(n - 1)}x`,
  'signature-like tail': (n) => fill('^AB ', n),
  'lone surrogates': (n) => fill('\ud800a\udfff', n),
};

describe('checkReply() on 100 kB drafts', () => {
  for (const [name, make] of Object.entries(adversarial)) {
    it(name, () => {
      const draft = make(KB100);
      expectValid(input(draft));
      // The comment can be as long as the draft.
      expectValid(input('Halo Kak Rina', { ...COMPLAINT, text: draft, authorName: draft.slice(0, 200) }));
    });
  }
});

/** Milliseconds for `reps` checks of `draft`. */
function time(draft: string, reps: number): number {
  const i = input(draft);
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) checkReply(i);
  return performance.now() - t0;
}

describe('checkReply() takes time linear in the draft', () => {
  // Ten 10 kB drafts against one 100 kB draft: the same text, so linear work takes the same time.
  const SMALL = 10_000;
  const FACTOR = 4;
  /** Below this, a measurement is timer noise and counts as this much. */
  const FLOOR_MS = 20;
  for (const [name, make] of Object.entries(adversarial)) {
    it(name, { timeout: 30_000 }, () => {
      const small = make(SMALL);
      const big = make(KB100);
      time(small, 2);
      const base = Math.min(time(small, KB100 / SMALL), time(small, KB100 / SMALL));
      const budget = FACTOR * Math.max(base, FLOOR_MS);
      let best = time(big, 1);
      for (let run = 1; run < 3 && best >= budget; run++) best = Math.min(best, time(big, 1));
      expect(best, `${name}: 100 kB once vs 10 kB ten times (${base.toFixed(1)} ms)`).toBeLessThan(budget);
    });
  }
});

const tokens = [
  'Halo',
  'Hi',
  'Kak',
  'kakak',
  'Rina',
  'Bapak',
  'Anda',
  'kamu',
  'sis',
  'gan',
  'maaf',
  'sorry',
  'terima kasih',
  'thanks',
  'kami cek',
  'dikirim ulang',
  'hari ini',
  '1x24 jam',
  'refund',
  'DM',
  'WA',
  'sudah kami DM',
  'silakan',
  'makanya',
  'kan sudah',
  'you should have',
  'kabari kami',
  '?',
  '!',
  '.',
  ',',
  '\n',
  '^AB',
  '^',
  '@budi',
  '#promo',
  'https://brand.id/x?y=1',
  'sebutkan',
  'nomor pesanan',
  'alamat',
  'via',
  'jangan',
  'bgt',
  'yg',
  '😊',
  '👨‍👩‍👧',
  '🇮🇩',
  '©',
  '™',
  'Rp',
  '45.000',
  'Serum Glow',
  'KompetitorX',
  'video',
  'panduan',
  '\u200b',
  '\ud800',
  '*',
  '{agent}',
];
const wordy = fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 150 }),
  wordy,
  fc.mixedCase(wordy),
);

const subjectArb: fc.Arbitrary<ReplySubject> = fc.record({
  text: anyText,
  authorName: fc.oneof(
    fc.constant(''),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom('Rina', 'John Smith'),
  ),
  platform: fc.constantFrom('facebook' as const, 'instagram' as const),
  language: fc.constantFrom(...LANGUAGES),
  stage: fc.constantFrom(...STAGES),
  sentiment: fc.constantFrom(...SENTIMENTS),
  intents: fc.subarray([...INTENTS]),
  createdAt: fc.option(fc.oneof(fc.integer({ min: NOW - 1e10, max: NOW + 1e7 }), fc.constant(Number.NaN)), {
    nil: null,
  }),
  mentions: fc.nat(5),
});

const phraseArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('*', '**', ' ', '(a+)+', 'sis', 'e-mail'),
);
const voiceArb: fc.Arbitrary<BrandVoice> = fc.record({
  brandName: fc.string({ maxLength: 20 }),
  honorific: fc.constantFrom(...HONORIFICS),
  greeting: fc.record({
    id: fc.oneof(fc.constant('Halo'), fc.string({ maxLength: 10 })),
    en: fc.constant('Hi'),
  }),
  signature: fc.oneof(
    fc.constantFrom(
      '^{initials}',
      '-{agent}',
      '',
      '{agent}{initials}',
      '^(a+)+$',
      'Salam, {agent} ({initials})',
    ),
    fc.string({ unit: 'binary', maxLength: 20 }),
  ),
  channels: fc.record({
    dm: fc.boolean(),
    whatsapp: fc.oneof(fc.constant(''), fc.string({ maxLength: 16 })),
    phone: fc.constant(''),
    email: fc.oneof(fc.constant(''), fc.string({ maxLength: 16 })),
    helpLink: fc.oneof(fc.constant(''), fc.string({ maxLength: 30 })),
  }),
  products: fc.array(phraseArb, { maxLength: 4 }),
  bannedWords: fc.array(phraseArb, { maxLength: 4 }),
  emoji: fc.constantFrom(...EMOJI_POLICIES),
  slang: fc.boolean(),
  maxLength: fc.record({
    facebook: fc.integer({ min: 40, max: 8000 }),
    instagram: fc.integer({ min: 40, max: 2200 }),
  }),
});

describe('checkReply() on generated input', () => {
  it('random drafts, comments, voices and agents', () => {
    fc.assert(
      fc.property(
        anyText,
        subjectArb,
        voiceArb,
        fc.string({ unit: 'binary', maxLength: 20 }),
        (draft, s, v, agent) => {
          expectValid(input(draft, s, v, agent));
        },
      ),
      { numRuns: 400 },
    );
  });
});
