import { describe, expect, it, test } from 'vitest';
import type { Intent, Language, Sentiment, Stage } from '../../../utils/analysis/labels';
import type { TemplateRecord } from '../../../utils/db/records';
import { ReplyHistory, type HistoryEntry } from '../../../utils/replies/history';
import { rankTemplates } from '../../../utils/replies/rank';
import { DEFAULT_TEMPLATES } from '../../../utils/replies/templates';
import type { ReplySubject } from '../../../utils/replies/types';

const NOW = 1_000 * 24 * 3600_000;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function template(
  id: string,
  lang: 'id' | 'en',
  lists: { intents?: Intent[]; sentiments?: Sentiment[]; stages?: Stage[] } = {},
): TemplateRecord {
  return {
    id,
    lang,
    title: id,
    text: `text of ${id}`,
    intents: lists.intents ?? [],
    sentiments: lists.sentiments ?? [],
    stages: lists.stages ?? [],
    updatedAt: 0,
  };
}

// Our own small library: one template per need in each language, and a few narrower ones.
const LIBRARY: TemplateRecord[] = [
  template('id-general', 'id'),
  template('id-complaint', 'id', { intents: ['complaint'], sentiments: ['negative'] }),
  template('id-urgent', 'id', { intents: ['urgent', 'complaint'], sentiments: ['negative'] }),
  template('id-question', 'id', { intents: ['question'] }),
  template('id-question-upset', 'id', { intents: ['question'], sentiments: ['negative'] }),
  template('id-praise', 'id', { intents: ['praise'], sentiments: ['positive'] }),
  template('id-praise-story', 'id', { intents: ['praise'], sentiments: ['positive'], stages: ['creation'] }),
  template('id-suggestion', 'id', { intents: ['suggestion'], stages: ['collaboration'] }),
  template('id-toxic', 'id', { intents: ['toxic'] }),
  template('en-general', 'en'),
  template('en-complaint', 'en', { intents: ['complaint'], sentiments: ['negative'] }),
  template('en-question', 'en', { intents: ['question'] }),
  template('en-praise', 'en', { intents: ['praise'], sentiments: ['positive'] }),
];

function subject(
  text: string,
  language: Language,
  sentiment: Sentiment,
  intents: Intent[],
  stage: Stage = 'curation',
): ReplySubject {
  return {
    text,
    authorName: 'Rina',
    platform: 'instagram',
    language,
    stage,
    sentiment,
    intents,
    createdAt: null,
    mentions: 0,
  };
}

function ids(ranked: { template: TemplateRecord }[]): string[] {
  return ranked.map((r) => r.template.id);
}

const EMPTY = new ReplyHistory();

describe('rankTemplates: what fits the comment', () => {
  test.each([
    [
      'an Indonesian complaint',
      subject('paket saya belum sampai', 'id', 'negative', ['complaint']),
      'id-complaint',
    ],
    [
      'an English complaint',
      subject('my parcel never came', 'en', 'negative', ['complaint']),
      'en-complaint',
    ],
    [
      'an urgent complaint: the template for both',
      subject('saldo saya hilang!!', 'id', 'negative', ['complaint', 'urgent']),
      'id-urgent',
    ],
    [
      'an Indonesian question',
      subject('outlet Bekasi buka jam berapa?', 'id', 'neutral', ['question']),
      'id-question',
    ],
    [
      'an upset question: sentiment decides between two question templates',
      subject('kok belum dibalas sih, kapan dikirim?', 'id', 'negative', ['question']),
      'id-question-upset',
    ],
    ['an English question', subject('do you ship to Bali?', 'en', 'neutral', ['question']), 'en-question'],
    [
      'a mixed-language praise is answered in Indonesian',
      subject('so good, enak bgt', 'mixed', 'positive', ['praise']),
      'id-praise',
    ],
    [
      'a praise telling a story: the stage decides last',
      subject('aku bikin kue pakai ini, enak!', 'id', 'positive', ['praise'], 'creation'),
      'id-praise-story',
    ],
    ['a toxic comment', subject('admin goblok', 'id', 'negative', ['toxic']), 'id-toxic'],
    [
      'a remark with no intent: the general template, not one written for others',
      subject('oh gitu', 'id', 'neutral', []),
      'id-general',
    ],
  ])('%s', (_why, s, first) => {
    expect(ids(rankTemplates(LIBRARY, s, EMPTY, { now: NOW }))[0]).toBe(first);
  });

  test.each([
    ['id', subject('paket saya belum sampai', 'id', 'negative', ['complaint'])],
    ['en', subject('my parcel never came', 'en', 'negative', ['complaint'])],
    ['id', subject('keren', 'mixed', 'positive', ['praise'])],
  ])('every %s template ranks above every template in the other language, which stay listed', (lang, s) => {
    const ranked = rankTemplates(LIBRARY, s, EMPTY, { now: NOW });
    expect(ranked).toHaveLength(LIBRARY.length);
    const langs = ranked.map((r) => r.template.lang);
    const firstOther = langs.findIndex((l) => l !== lang);
    expect(langs.slice(firstOther).every((l) => l !== lang)).toBe(true);
  });

  test.each([
    ['intents', template('id-faq', 'id', { intents: ['question'] })],
    ['sentiments', template('id-cheer', 'id', { sentiments: ['positive'] })],
    ['stages', template('id-contest', 'id', { stages: ['collaboration'] })],
  ])('a template whose %s leave the comment out ranks below the general one', (_list, narrow) => {
    // Both ids sort before 'id-general': only the exclusion can put them below it.
    const s = subject('paket belum sampai', 'id', 'negative', ['complaint']);
    expect(ids(rankTemplates([narrow, template('id-general', 'id')], s, EMPTY))).toEqual([
      'id-general',
      narrow.id,
    ]);
  });

  it('gives its reasons as keys', () => {
    const ranked = rankTemplates(
      LIBRARY,
      subject('aku bikin kue pakai ini, enak!', 'id', 'positive', ['praise'], 'creation'),
      EMPTY,
      { now: NOW },
    );
    const byId = new Map(ranked.map((r) => [r.template.id, r.reasons]));
    expect(byId.get('id-praise-story')).toEqual(['language', 'intent:praise', 'sentiment', 'stage']);
    expect(byId.get('id-general')).toEqual(['language']);
    expect(byId.get('en-praise')).toEqual(['intent:praise', 'sentiment']);
  });

  it('returns at most `limit`', () => {
    const s = subject('paket belum sampai', 'id', 'negative', ['complaint']);
    expect(rankTemplates(LIBRARY, s, EMPTY, { limit: 3 })).toHaveLength(3);
    expect(ids(rankTemplates(LIBRARY, s, EMPTY, { limit: 3, now: NOW }))).toEqual(
      ids(rankTemplates(LIBRARY, s, EMPTY, { now: NOW })).slice(0, 3),
    );
  });
});

// Two complaint templates that fit a complaint equally: without history, "a" wins by id.
const TWINS = [
  template('id-complaint-b', 'id', { intents: ['complaint'], sentiments: ['negative'] }),
  template('id-complaint-a', 'id', { intents: ['complaint'], sentiments: ['negative'] }),
  template('id-praise', 'id', { intents: ['praise'], sentiments: ['positive'] }),
];
const LATE_PARCEL = subject('min paketku udh 2 minggu blm nyampe', 'id', 'negative', ['complaint']);

function used(templateId: string, commentText: string, more: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    templateId,
    replyText: 'Halo Kak, mohon maaf…',
    commentText,
    stage: 'curation',
    sentiment: 'negative',
    intents: ['complaint'],
    language: 'id',
    checkScore: 0.9,
    insertedAt: NOW - 3 * DAY,
    ...more,
  };
}

describe('rankTemplates: what the team did before', () => {
  it('without history, equal templates go by id', () => {
    expect(ids(rankTemplates(TWINS, LATE_PARCEL, EMPTY, { now: NOW }))).toEqual([
      'id-complaint-a',
      'id-complaint-b',
      'id-praise',
    ]);
  });

  test.each([
    [
      'b answered a similar comment',
      [used('id-complaint-b', 'paket saya sudah 2 minggu belum sampai')],
      'id-complaint-b',
    ],
    [
      'b answered only an unrelated comment',
      [used('id-complaint-b', 'kopinya enak banget, ramah')],
      'id-complaint-a',
    ],
    [
      'a answered a similar comment but scored badly, b well',
      [
        used('id-complaint-a', 'paket saya sudah 2 minggu belum sampai', { checkScore: 0.1 }),
        used('id-complaint-b', 'paket saya sudah 2 minggu belum sampai', { checkScore: 1 }),
      ],
      'id-complaint-b',
    ],
    [
      'a answered a similar comment a year ago, b last week',
      [
        used('id-complaint-a', 'paket saya sudah 2 minggu belum sampai', { insertedAt: NOW - 365 * DAY }),
        used('id-complaint-b', 'paket saya sudah 2 minggu belum sampai', { insertedAt: NOW - 7 * DAY }),
      ],
      'id-complaint-b',
    ],
  ])('%s', (_why, entries, first) => {
    const ranked = rankTemplates(TWINS, LATE_PARCEL, new ReplyHistory(entries), { now: NOW });
    expect(ranked[0]!.template.id).toBe(first);
    const boosted = ranked.find((r) => r.template.id === 'id-complaint-b')!;
    expect(boosted.reasons.includes('used-before')).toBe(first === 'id-complaint-b');
  });

  it('the boost never lifts a template written for another intent over one for this intent', () => {
    const history = new ReplyHistory(
      Array.from({ length: 20 }, () =>
        used('id-praise', 'paket saya sudah 2 minggu belum sampai', { checkScore: 1 }),
      ),
    );
    const ranked = rankTemplates(TWINS, LATE_PARCEL, history, { now: NOW });
    expect(ids(ranked).at(-1)).toBe('id-praise');
    expect(ranked.at(-1)!.reasons).toContain('used-before');
  });

  test.each([
    ['2 minutes ago', 2 * MINUTE, ['id-complaint-b', 'id-complaint-a', 'id-praise']],
    ['2 hours ago', 120 * MINUTE, ['id-complaint-a', 'id-complaint-b', 'id-praise']],
  ])('recently used: a template pasted %s', (_when, ago, order) => {
    // Used on an unrelated comment, so only the copy-paste penalty is in play.
    const history = new ReplyHistory([
      used('id-complaint-a', 'kopinya enak banget', { insertedAt: NOW - ago }),
    ]);
    const ranked = rankTemplates(TWINS, LATE_PARCEL, history, { now: NOW });
    expect(ids(ranked)).toEqual(order);
    const a = ranked.find((r) => r.template.id === 'id-complaint-a')!;
    expect(a.reasons.includes('recently-used')).toBe(ago < 30 * MINUTE);
  });

  it('the copy-paste penalty is small: ten pastes in a row still leave the right intent first', () => {
    const history = new ReplyHistory(
      Array.from({ length: 10 }, (_, i) =>
        used('id-complaint-a', 'kopinya enak', { insertedAt: NOW - i * MINUTE }),
      ),
    );
    const ranked = rankTemplates([TWINS[1]!, TWINS[2]!], LATE_PARCEL, history, { now: NOW });
    expect(ids(ranked)).toEqual(['id-complaint-a', 'id-praise']);
    expect(ranked[0]!.reasons).toContain('recently-used');
  });
});

describe('rankTemplates: ties', () => {
  it('the same order whatever order the templates come in', () => {
    const s = subject('paket belum sampai', 'id', 'negative', ['complaint']);
    const expected = ids(rankTemplates(LIBRARY, s, EMPTY, { now: NOW }));
    for (const shuffled of [[...LIBRARY].reverse(), [...LIBRARY.slice(5), ...LIBRARY.slice(0, 5)]])
      expect(ids(rankTemplates(shuffled, s, EMPTY, { now: NOW }))).toEqual(expected);
  });

  it('equal scores go by id', () => {
    const same = ['c', 'a', 'b', 'A'].map((id) => template(id, 'id'));
    const ranked = rankTemplates(same, subject('oke', 'id', 'neutral', []), EMPTY, { now: NOW });
    expect(ids(ranked)).toEqual(['A', 'a', 'b', 'c']);
    expect(new Set(ranked.map((r) => r.score)).size).toBe(1);
  });
});

describe('cue words pick the template for the situation among those with the same labels', () => {
  const complaint = (text: string) => ({
    text,
    authorName: 'Rina',
    platform: 'facebook' as const,
    language: 'id' as const,
    stage: 'curation' as const,
    sentiment: 'negative' as const,
    intents: ['complaint' as const],
    createdAt: null,
    mentions: 0,
  });
  test.each([
    ['Pesan 2 kopi susu yg dateng 2 americano. Salah order lagi', 'id-complaint-wrong-item'],
    ['Gelasnya pecah pas sampai, kopinya tumpah semua', 'id-complaint-damaged-item'],
    ['Udah 3 hari paket blm nyampe min', 'id-complaint-late-delivery'],
    ['Kasirnya jutek banget tadi sore', 'id-complaint-service'],
  ])('"%s" → %s', (text, id) => {
    const [best] = rankTemplates(DEFAULT_TEMPLATES, complaint(text), new ReplyHistory(), { now: 0 });
    expect(best?.template.id.replace(/-\d+$/, '')).toBe(id);
    expect(best?.reasons).toContain('cue');
  });
});
