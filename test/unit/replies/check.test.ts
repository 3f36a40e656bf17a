/** The reply check as a whole: which rules apply to which comment, the score, the order of findings. */
import { describe, expect, test } from 'vitest';
import type { Intent, Sentiment, Stage } from '../../../utils/analysis/labels';
import {
  checkReply,
  messageName,
  RULE_IDS,
  type CheckInput,
  type RuleId,
} from '../../../utils/replies/check/index';
import { NearDuplicateIndex } from '../../../utils/replies/near-duplicate';
import { DEFAULT_TARGETS, PRINCIPLES, type ReplySubject } from '../../../utils/replies/types';
import { DEFAULT_VOICE, type BrandVoice } from '../../../utils/replies/voice';
import { format, loadMessages } from '../locale-messages';

const NOW = Date.UTC(2025, 5, 2, 9, 0);
const MIN = 60_000;

function subject(
  text: string,
  over: Partial<ReplySubject> & { stage?: Stage; sentiment?: Sentiment; intents?: Intent[] } = {},
): ReplySubject {
  return {
    text,
    authorName: 'Rina Wijaya',
    platform: 'facebook',
    language: 'id',
    stage: 'consumption',
    sentiment: 'neutral',
    intents: [],
    createdAt: null,
    mentions: 0,
    ...over,
  };
}

function input(
  draft: string,
  s: ReplySubject,
  over: Partial<CheckInput> & { voice?: BrandVoice } = {},
): CheckInput {
  return {
    draft,
    subject: s,
    voice: DEFAULT_VOICE,
    agent: 'Ayu Bestari',
    recent: new NearDuplicateIndex(),
    now: NOW,
    targets: DEFAULT_TARGETS,
    ...over,
  };
}

const applied = (s: ReplySubject, voice: BrandVoice = DEFAULT_VOICE): RuleId[] =>
  checkReply(input('Halo', s, { voice }))
    .findings.map((f) => f.rule)
    .sort();

/** The rules every comment gets (with the default voice: a signature and banned words set). */
const EVERY: RuleId[] = [
  'greeting',
  'honorific',
  'thanks',
  'no-blame',
  'dialogue',
  'signature',
  'length',
  'not-duplicate',
  'emoji-slang',
  'banned-words',
  'no-private-data',
];
const COMPLAINT = subject('Paket saya udah 5 hari blm nyampe, kecewa bgt', {
  stage: 'curation',
  sentiment: 'negative',
  intents: ['complaint'],
  createdAt: NOW - 20 * MIN,
});

describe('which rules apply', () => {
  test.each<[string, ReplySubject, RuleId[]]>([
    [
      'a complaint',
      COMPLAINT,
      [...EVERY, 'echo', 'empathy', 'action', 'channel', 'not-only-redirect', 'waited'],
    ],
    [
      'praise',
      subject('Pelayanannya ramah banget, kopinya enak', {
        stage: 'curation',
        sentiment: 'positive',
        intents: ['praise'],
      }),
      [...EVERY, 'echo'],
    ],
    ['an emoji-only comment: nothing to echo', subject('🔥🔥😍', { sentiment: 'positive' }), EVERY],
    ['"ok kak": nothing concrete to echo either', subject('ok kak'), EVERY],
    [
      'tagging a friend (curation with a mention)',
      subject('@budi ini yg aku bilang, enak bgt', { stage: 'curation', sentiment: 'positive', mentions: 1 }),
      [...EVERY, 'echo', 'light-touch'],
    ],
    [
      'a mention outside curation is no peer talk to keep light',
      subject('@budi ini yg aku bilang', { stage: 'creation', mentions: 1 }),
      [...EVERY, 'echo'],
    ],
    [
      'a how-to question',
      subject('Kak, gimana cara pakai serum ini?', { intents: ['question'] }),
      [...EVERY, 'echo', 'action', 'two-way-help'],
    ],
    [
      'a question about an order: private data needs a channel',
      subject('Pesanan 12345678 statusnya sampai mana ya?', { intents: ['question'] }),
      [...EVERY, 'echo', 'action', 'channel'],
    ],
    [
      'negative without a complaint: empathy, no action',
      subject('Yah, varian pedasnya habis lagi', { sentiment: 'negative', createdAt: NOW }),
      [...EVERY, 'echo', 'empathy', 'waited'],
    ],
  ])('%s', (_why, s, rules) => {
    expect(applied(s)).toEqual([...rules].sort());
  });

  test('no signature or banned words set: those rules do not apply', () => {
    const voice = { ...DEFAULT_VOICE, signature: ' ', bannedWords: [] };
    const rules = applied(subject('ok kak'), voice);
    expect(rules).not.toContain('signature');
    expect(rules).not.toContain('banned-words');
    expect(rules).toHaveLength(EVERY.length - 2);
  });
});

describe('score and findings', () => {
  test('the score is the share of applicable rules passed, failures listed first in rule order', () => {
    const s = subject('Pelayanannya ramah banget', { sentiment: 'positive', intents: ['praise'] });
    // Passes everything except greeting (no name), signature and dialogue: 9 of 12.
    const result = checkReply(input('Halo Kak, terima kasih, senang pelayanannya berkesan.', s));
    expect(result.findings.map((f) => [f.rule, f.ok])).toEqual([
      ['greeting', false],
      ['dialogue', false],
      ['signature', false],
      ['honorific', true],
      ['echo', true],
      ['thanks', true],
      ['no-blame', true],
      ['length', true],
      ['not-duplicate', true],
      ['emoji-slang', true],
      ['banned-words', true],
      ['no-private-data', true],
    ]);
    expect(result.score).toBe(9 / 12);
  });

  test('each finding carries its rule and principle', () => {
    const result = checkReply(input('Silakan DM kami ya', COMPLAINT));
    for (const f of result.findings) {
      expect(RULE_IDS).toContain(f.rule);
      expect(PRINCIPLES).toContain(f.principle);
      expect(f.detail.every((d) => typeof d === 'string')).toBe(true);
    }
    expect(result.findings.find((f) => f.rule === 'not-only-redirect')).toMatchObject({
      ok: false,
      principle: 'customized',
    });
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThan(0.6);
  });

  test('a copy of a recent reply fails not-duplicate, with the similarity', () => {
    const recent = new NearDuplicateIndex([
      'Halo Kak Budi, mohon maaf atas ketidaknyamanannya. Paket kakak sudah kami cek dan akan dikirim ulang hari ini. Sudah kami DM ya, kabari kami kalau ada kendala. Terima kasih! ^CD',
    ]);
    const result = checkReply(input(WELL_WRITTEN.id, COMPLAINT, { recent }));
    expect(result.findings[0]).toEqual({
      rule: 'not-duplicate',
      principle: 'customized',
      ok: false,
      detail: ['100'],
    });
  });
});

const WELL_WRITTEN = {
  id: 'Halo Kak Rina, mohon maaf atas ketidaknyamanannya. Paket kakak sudah kami cek dan akan dikirim ulang hari ini. Sudah kami DM ya, kabari kami kalau ada kendala. Terima kasih! ^AB',
  en: "Hi John, we're so sorry your order INV12345 arrived damaged. Our team will send a replacement within 24 hours, and we've sent you a DM with the details. Let us know if anything else comes up. Thank you! ^AB",
};

describe('a well-written reply to a complaint scores 1', () => {
  const recent = new NearDuplicateIndex([
    'Halo Kak Budi, terima kasih sudah mencoba varian pedasnya! Ditunggu ceritanya ya. ^CD',
    'Hi Mary, thanks for the lovely review! ^CD',
  ]);
  test.each([
    ['Indonesian', WELL_WRITTEN.id, COMPLAINT],
    [
      'English',
      WELL_WRITTEN.en,
      subject('My order INV12345 arrived broken, really disappointed', {
        authorName: 'John Smith',
        language: 'en',
        stage: 'curation',
        sentiment: 'negative',
        intents: ['complaint', 'urgent'],
        createdAt: NOW - 45 * MIN,
      }),
    ],
    [
      'a mixed-language comment, answered in Indonesian',
      WELL_WRITTEN.id,
      { ...COMPLAINT, language: 'mixed' as const },
    ],
  ])('%s', (_lang, draft, s) => {
    const result = checkReply(input(draft, s, { recent }));
    expect(result.findings.filter((f) => !f.ok)).toEqual([]);
    expect(result.score).toBe(1);
    expect(result.findings.length).toBeGreaterThanOrEqual(17);
  });
});

describe('messages', () => {
  test('message names are the rule ids in camelCase', () => {
    expect(messageName('not-only-redirect')).toBe('notOnlyRedirect');
    expect(messageName('greeting')).toBe('greeting');
  });

  test.each(['en', 'id'] as const)(
    'every rule has an ok and a fix message in %s, and every principle a name',
    async (locale) => {
      const messages = await loadMessages(locale);
      for (const rule of RULE_IDS) {
        for (const kind of ['ok', 'fix'])
          expect(messages[`check_${messageName(rule)}_${kind}`], `${rule} ${kind}`).toBeTruthy();
      }
      for (const p of PRINCIPLES) expect(messages[`check_principle_${p}`], p).toBeTruthy();
      expect(format(messages.check_score ?? '', ['85'])).toContain('85%');
    },
  );

  test('the messages of a failed finding take its detail', async () => {
    const messages = await loadMessages('en');
    const s = { ...COMPLAINT, createdAt: NOW - 95 * MIN };
    const result = checkReply(input('Halo sis', s));
    for (const f of result.findings.filter((x) => ['waited', 'banned-words', 'length'].includes(x.rule))) {
      const text = format(messages[`check_${messageName(f.rule)}_${f.ok ? 'ok' : 'fix'}`] ?? '', f.detail);
      for (const d of f.detail.slice(0, 2)) expect(text, f.rule).toContain(d);
    }
  });
});
