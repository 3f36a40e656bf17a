import { describe, expect, it, test } from 'vitest';
import type { Intent, Sentiment, Stage } from '../../../utils/analysis/labels';
import { MIN_SIMILARITY, ReplyHistory, type HistoryEntry } from '../../../utils/replies/history';
import { textSimilarity } from '../../../utils/replies/similar';
import type { ReplySubject } from '../../../utils/replies/types';

const DAY = 24 * 3600_000;

function entry(commentText: string, more: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    templateId: null,
    replyText: 'Halo Kak, terima kasih.',
    commentText,
    stage: 'curation',
    sentiment: 'negative',
    intents: ['complaint'],
    language: 'id',
    checkScore: 0.9,
    insertedAt: 1_000 * DAY,
    ...more,
  };
}

function subject(
  text: string,
  labels: { stage?: Stage; sentiment?: Sentiment; intents?: Intent[] } = {},
): ReplySubject {
  return {
    text,
    authorName: 'Rina',
    platform: 'facebook',
    language: 'id',
    stage: labels.stage ?? 'curation',
    sentiment: labels.sentiment ?? 'negative',
    intents: labels.intents ?? ['complaint'],
    createdAt: null,
    mentions: 0,
  };
}

// Our own comments: each query's near-paraphrase in the history (slang, affixes, word order),
// among comments on other topics. All carry the same labels, so only the text decides.
const PARAPHRASES = [
  [
    'min paketku udh 2 minggu blm nyampeee, gimana nih??',
    'Paket saya sudah 2 minggu belum sampai, gimana ini kak',
  ],
  ['kak ukuran L warna item masih ready?', 'ready stok ukuran L warna hitam kak?'],
  [
    'aplikasinya error terus pas checkout, udah update tetep gabisa',
    'app nya error mulu waktu checkout padahal udh update',
  ],
  [
    'saldo saya berkurang padahal tidak ada transaksi!!',
    'saldo berkurang sendiri tanpa transaksi, tolong min',
  ],
  ['my order arrived damaged, the box was crushed', 'Order came damaged, box completely crushed'],
] as const;

const UNRELATED = [
  'kopinya enak banget, pelayanannya ramah',
  'promo ini berlaku sampai kapan kak?',
  'mantap min 🔥🔥',
  'saran min, bikin varian sambal yang lebih pedas dong',
  'outlet yang di Bekasi buka jam berapa?',
  'love the new packaging, so cute',
];

describe('ReplyHistory.similar', () => {
  const history = new ReplyHistory([...UNRELATED, ...PARAPHRASES.map(([, p]) => p)].map((t) => entry(t)));

  test.each(PARAPHRASES)('%s → %s', (query, paraphrase) => {
    const found = history.similar(subject(query), 5).map((s) => s.entry.commentText);
    expect(found[0]).toBe(paraphrase);
    for (const other of UNRELATED) expect(found).not.toContain(other);
  });

  it('returns best first, at most `limit`, each at least MIN_SIMILARITY', () => {
    const h = new ReplyHistory([
      entry('paket belum sampai'),
      entry('paket saya belum sampai juga'),
      entry('paket saya sudah seminggu belum sampai kak'),
      entry('kopinya enak'),
    ]);
    const found = h.similar(subject('paket saya belum sampai'), 2);
    expect(found).toHaveLength(2);
    expect(found[0]!.similarity).toBeGreaterThanOrEqual(found[1]!.similarity);
    expect(found[0]!.entry.commentText).toBe('paket saya belum sampai juga');
    for (const s of h.similar(subject('paket saya belum sampai'), 10))
      expect(s.similarity).toBeGreaterThanOrEqual(MIN_SIMILARITY);
  });

  test.each([
    ['a different intent', { intents: ['question'] as Intent[] }],
    ['the opposite sentiment', { sentiment: 'positive' as Sentiment }],
    ['a different stage', { stage: 'creation' as Stage }],
  ])('the same words with %s count as less similar', (_why, labels) => {
    const text = 'paket saya sudah 2 minggu belum sampai';
    const h = new ReplyHistory([
      entry(text, { ...labels, templateId: 'other' }),
      entry(text, { templateId: 'same' }),
    ]);
    const found = h.similar(subject(text), 5);
    expect(found.map((s) => s.entry.templateId)).toEqual(['same', 'other']);
    expect(found[0]!.similarity).toBeGreaterThan(found[1]!.similarity);
  });

  it('finds a paraphrase among thousands of comments made of the same common words', () => {
    const common = ['kak', 'min', 'paket', 'pesanan', 'belum', 'sudah', 'kapan', 'tolong', 'cek', 'ya'];
    const h = new ReplyHistory();
    for (let i = 0; i < 3000; i++) {
      const words = Array.from({ length: 6 }, (_, k) => common[(i * 7 + k * ((i % 5) + 1)) % common.length]);
      h.add(entry(`${words.join(' ')} nomor ${i}`, { insertedAt: i }));
    }
    h.add(entry('refund saya belum masuk ke rekening padahal sudah 5 hari', { insertedAt: 5000 }));
    expect(h.size).toBe(3001);
    const found = h.similar(
      subject('kak tolong cek ya, refundnya blm masuk rekening padahal sudah 5 hari'),
      3,
    );
    expect(found[0]?.entry.commentText).toBe('refund saya belum masuk ke rekening padahal sudah 5 hari');
  });

  it('sees entries added after it was built; an empty or textless comment finds nothing', () => {
    const h = new ReplyHistory();
    expect(h.similar(subject('paket belum sampai'), 5)).toEqual([]);
    h.add(entry('paket belum sampai kak'));
    expect(h.size).toBe(1);
    expect(h.similar(subject('paketnya belum sampai'), 5)).toHaveLength(1);
    expect(h.similar(subject('!!! ??'), 5)).toEqual([]);
    expect(h.similar(subject('paketnya belum sampai'), 0)).toEqual([]);
  });

  it('ties: the newer entry first', () => {
    const h = new ReplyHistory([
      entry('paket belum sampai', { templateId: 'old', insertedAt: 1 }),
      entry('paket belum sampai', { templateId: 'new', insertedAt: 2 }),
      entry('paket belum sampai', { templateId: 'middle', insertedAt: 1.5 }),
    ]);
    expect(h.similar(subject('paket belum sampai'), 3).map((s) => s.entry.templateId)).toEqual([
      'new',
      'middle',
      'old',
    ]);
  });
});

describe('textSimilarity', () => {
  test.each([
    ['stretched letters', 'bagusss bangettt', 'Bagus banget', 1],
    ['tagged friends', '@budi liat nih', '@rina liat nih', 1],
    ['case and punctuation', 'Paket BELUM sampai!!!', 'paket belum sampai', 1],
    ['nothing shared', 'kopinya enak', 'refund belum masuk', 0],
  ])('%s', (_why, a, b, expected) => {
    expect(textSimilarity(a, b)).toBeCloseTo(expected, 5);
  });

  it('forms of address alone do not make comments alike', () => {
    expect(textSimilarity('mantap min', 'min paket saya belum sampai')).toBeLessThan(MIN_SIMILARITY);
  });
});

describe('ReplyHistory.usesSince', () => {
  it("lists a template's uses from a time on, oldest first, whatever order they were added in", () => {
    const h = new ReplyHistory([
      entry('a', { templateId: 't1', insertedAt: 30 }),
      entry('b', { templateId: 't1', insertedAt: 10 }),
      entry('c', { templateId: 't2', insertedAt: 20 }),
      entry('d', { templateId: 't1', insertedAt: 20 }),
      entry('e', { templateId: null, insertedAt: 25 }),
    ]);
    expect(h.usesSince('t1', 20)).toEqual([20, 30]);
    expect(h.usesSince('t1', 0)).toEqual([10, 20, 30]);
    expect(h.usesSince('t2', 21)).toEqual([]);
    expect(h.usesSince('none', 0)).toEqual([]);
  });
});
