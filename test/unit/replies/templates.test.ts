import { describe, expect, test } from 'vitest';
import { INTENTS, SENTIMENTS, STAGES } from '../../../utils/analysis/labels';
import type { Intent, Sentiment, Stage } from '../../../utils/analysis/labels';
import type { TemplateRecord } from '../../../utils/db/records';
import { fillTemplate, hasUnfilled, PLACEHOLDERS, unknownPlaceholders } from '../../../utils/replies/fill';
import { DEFAULT_TEMPLATES, templateMatches } from '../../../utils/replies/templates';
import type { ReplyLanguage, ReplySubject } from '../../../utils/replies/types';
import { DEFAULT_VOICE } from '../../../utils/replies/voice';
import type { BrandVoice } from '../../../utils/replies/voice';

const LANGS: readonly ReplyLanguage[] = ['id', 'en'];

const subject = (over: Partial<ReplySubject> = {}): ReplySubject => ({
  text: '',
  authorName: 'Rina Wulandari',
  platform: 'instagram',
  language: 'id',
  stage: 'curation',
  sentiment: 'neutral',
  intents: [],
  createdAt: null,
  mentions: 0,
  ...over,
});

const byLang = (lang: ReplyLanguage) => DEFAULT_TEMPLATES.filter((t) => t.lang === lang);

describe('default templates: format', () => {
  test('ids are unique, start with the language, and each language is sorted by id', () => {
    const ids = DEFAULT_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of DEFAULT_TEMPLATES) expect(t.id).toMatch(new RegExp(`^${t.lang}-[a-z0-9]+(-[a-z0-9]+)*$`));
    for (const lang of LANGS) {
      const langIds = byLang(lang).map((t) => t.id);
      expect(langIds).toEqual([...langIds].sort());
    }
  });

  test('a library of a sensible size in both languages', () => {
    expect(DEFAULT_TEMPLATES.length).toBeGreaterThanOrEqual(50);
    expect(DEFAULT_TEMPLATES.length).toBeLessThanOrEqual(80);
    expect(byLang('id').length).toBe(byLang('en').length);
  });

  test.each(DEFAULT_TEMPLATES.map((t) => [t.id, t] as const))('%s', (_, t) => {
    expect(t.updatedAt).toBe(0);
    expect(t.title.trim().length).toBeGreaterThan(0);
    expect(t.title.length).toBeLessThanOrEqual(60);
    // Labels are real, not repeated, and the template is not "matches everything".
    for (const s of t.stages) expect(STAGES).toContain(s);
    for (const s of t.sentiments) expect(SENTIMENTS).toContain(s);
    for (const i of t.intents) expect(INTENTS).toContain(i);
    expect(t.intents).not.toContain('spam');
    for (const list of [t.stages, t.sentiments, t.intents]) expect(new Set(list).size).toBe(list.length);
    expect(t.stages.length + t.sentiments.length + t.intents.length).toBeGreaterThan(0);
    // Only known placeholders; one opening and the signature at the end.
    expect(unknownPlaceholders(t.text)).toEqual([]);
    expect(
      t.text.startsWith(t.lang === 'id' ? '{greeting} {honorific} {name?}, ' : '{greeting} {name?}, '),
    ).toBe(true);
    expect(t.text.endsWith(' {signature}')).toBe(true);
    expect(t.text.trim()).toBe(t.text);
    expect(t.text).not.toMatch(/\s{2}|\s[,.!?;:]/);
  });
});

describe('default templates: the reply principles', () => {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const SLANG = [
    'yg',
    'gk',
    'gak',
    'ga',
    'bgt',
    'udh',
    'blm',
    'min',
    'mimin',
    'tdk',
    'sdh',
    'utk',
    'dgn',
    'aja',
    'dong',
  ];
  const SLANG_EN = ['u', 'ur', 'thx', 'pls', 'plz', 'btw', 'asap', 'lol', 'dm'];

  test.each(DEFAULT_TEMPLATES.map((t) => [t.id, t] as const))('%s', (_, t) => {
    const w = words(t.text.replace(/\{[a-z]+\??\}/g, ' '));
    for (const banned of [...DEFAULT_VOICE.bannedWords, ...SLANG, ...SLANG_EN])
      expect(w).not.toContain(banned);
    // The address word comes only from {honorific}: one text serves every honorific family.
    for (const address of ['kak', 'kakak', 'anda', 'kamu', 'bapak', 'ibu']) expect(w).not.toContain(address);
    // No blame, and no public request for order numbers or contact details.
    expect(t.text).not.toMatch(/makanya|kan sudah|salah (kakak|anda)|your fault|you should have/i);
    expect(t.text).not.toMatch(
      /nomor (pesanan|order|hp|telepon|whatsapp|wa|rekening)|no\.? ?(pesanan|hp|rek)|(order|phone|account|tracking) (number|id)/i,
    );
    // Thanks everyone; no emoji (the voice may forbid them).
    expect(t.text).toMatch(t.lang === 'id' ? /terima kasih/i : /thank/i);
    expect(t.text).not.toMatch(/\p{Extended_Pictographic}/u);
    // Complaints and other negative-only comments get an apology and a channel.
    const negativeOnly = t.sentiments.length > 0 && t.sentiments.every((s) => s === 'negative');
    if (t.intents.includes('complaint') || negativeOnly) {
      expect(t.text).toMatch(t.lang === 'id' ? /maaf/i : /sorry|apolog/i);
      expect(t.text).toContain('{channel}');
    }
    // How-to questions are offered a video or a call.
    if (t.id.includes('how-to')) expect(t.text).toMatch(/video|tutorial/i);
  });

  test('variants are not near-duplicates of each other', () => {
    const shingles = (text: string) => {
      const w = words(text.replace(/\{[a-z]+\??\}/g, ' '));
      return new Set(w.slice(0, -1).map((x, i) => `${x} ${w[i + 1]}`));
    };
    for (const lang of LANGS) {
      const list = byLang(lang).map((t) => [t.id, shingles(t.text)] as const);
      for (const [i, [a, sa]] of list.entries()) {
        for (const [b, sb] of list.slice(i + 1)) {
          const shared = [...sa].filter((x) => sb.has(x)).length;
          const similarity = shared / (sa.size + sb.size - shared);
          expect(similarity, `${a} ~ ${b}`).toBeLessThan(0.35);
        }
      }
    }
  });
});

describe('default templates: coverage', () => {
  const count = (s: ReplySubject, only?: (t: TemplateRecord) => boolean) =>
    DEFAULT_TEMPLATES.filter((t) => (only ? only(t) : true) && templateMatches(t, s)).length;
  const language = (lang: ReplyLanguage) => (lang === 'id' ? 'id' : 'en');

  const cells = LANGS.flatMap((lang) =>
    STAGES.flatMap((stage) => SENTIMENTS.map((s) => [lang, stage, s] as const)),
  );
  test.each(cells)(
    '%s × %s × %s: at least 2 templates for a comment without intents',
    (lang, stage, sentiment) => {
      expect(count(subject({ language: language(lang), stage, sentiment }))).toBeGreaterThanOrEqual(2);
    },
  );

  // Where each main intent occurs; spam gets hidden, not answered.
  const INTENT_SENTIMENTS: Record<Exclude<Intent, 'spam'>, readonly Sentiment[]> = {
    complaint: ['negative', 'neutral'],
    question: ['positive', 'neutral', 'negative'],
    praise: ['positive'],
    suggestion: ['positive', 'neutral', 'negative'],
    purchase_intent: ['positive', 'neutral'],
    urgent: ['negative', 'neutral'],
    toxic: ['negative'],
  };
  const intentCells = LANGS.flatMap((lang) =>
    Object.entries(INTENT_SENTIMENTS).flatMap(([intent, sentiments]) =>
      sentiments.flatMap((sentiment) =>
        STAGES.map((stage: Stage) => [lang, intent as Intent, sentiment, stage] as const),
      ),
    ),
  );
  test.each(intentCells)(
    '%s × %s (%s, %s): at least 2 templates written for the intent',
    (lang, intent, sentiment, stage) => {
      const s = subject({ language: language(lang), stage, sentiment, intents: [intent] });
      expect(count(s, (t) => t.intents.includes(intent))).toBeGreaterThanOrEqual(2);
    },
  );
});

describe('default templates: filled', () => {
  const full: BrandVoice = {
    ...DEFAULT_VOICE,
    brandName: 'Kopi Nusantara',
    signature: '-{agent}, Tim Kopi Nusantara',
    products: ['Kopi Susu Gula Aren', 'Cold Brew'],
    channels: {
      dm: true,
      whatsapp: '0812-3456-7890',
      phone: '021-5550-1234',
      email: 'halo@kopinusantara.id',
      helpLink: 'https://kopinusantara.id/bantuan',
    },
  };
  const voices: [string, BrandVoice][] = [
    ['DM', full],
    ['WhatsApp', { ...full, channels: { ...full.channels, dm: false } }],
    [
      'help link',
      {
        ...full,
        channels: { dm: false, whatsapp: '', phone: '', email: '', helpLink: full.channels.helpLink },
      },
    ],
    ['Bapak/Ibu', { ...full, honorific: 'bapak-ibu' }],
  ];
  const typical = (t: TemplateRecord, over: Partial<ReplySubject> = {}): ReplySubject =>
    subject({
      language: t.lang,
      stage: t.stages[0] ?? 'curation',
      sentiment: t.sentiments[0] ?? 'neutral',
      intents: t.intents.slice(0, 1),
      text:
        t.lang === 'id'
          ? 'kopi susu gula aren pesanan INV/20240611/MPL/1234567890 gimana min'
          : 'my kopi susu gula aren order INV/20240611/MPL/1234567890 help',
      ...over,
    });

  const cases = DEFAULT_TEMPLATES.flatMap((t) =>
    voices.map(([name, voice]) => [t.id, name, t, voice] as const),
  );
  test.each(cases)('%s with %s: nothing missing, at most 300 characters', (_, __, t, voice) => {
    const s = typical(t);
    expect(templateMatches(t, s)).toBe(true);
    const r = fillTemplate({ text: t.text, lang: t.lang, subject: s, voice, agent: 'Ayu Bestari' });
    expect(r.missing).toEqual([]);
    expect(hasUnfilled(r.text)).toBe(false);
    expect(r.text.length).toBeLessThanOrEqual(300);
  });

  test.each(DEFAULT_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s reads cleanly without name, product or order and with no honorific',
    (_, t) => {
      const s = typical(t, { authorName: 'shopaholic88', text: 'hmm' });
      const voice: BrandVoice = { ...full, honorific: 'none' };
      const r = fillTemplate({ text: t.text, lang: t.lang, subject: s, voice, agent: 'Ayu' });
      expect(r.missing).toEqual([]);
      expect(r.text).not.toMatch(/\s{2}|\s[,.!?;:]|,[,.!?]|\(\)/);
      expect(r.text).toMatch(t.lang === 'id' ? /^Halo, / : /^Hi, /);
    },
  );

  test('every placeholder is used somewhere in the library', () => {
    const used = new Set(
      DEFAULT_TEMPLATES.flatMap((t) => [...t.text.matchAll(/\{([a-z]+)\??\}/g)].map((m) => m[1])),
    );
    expect([...used].sort()).toEqual(
      PLACEHOLDERS.filter((p) => p !== 'honorific' || used.has(p))
        .slice()
        .sort(),
    );
  });
});
