import { buildCorpus, type Corpus, type Sample } from '@/bench/db/corpus';
import type { TanggapDb } from '@/utils/db/database';

/** Comments as two brand pages get them, written for these tests, labelled as the engine would. */
export const SAMPLES: Sample[] = [
  {
    text: 'Pesanan saya udah 5 hari belum sampai min, gimana nih?',
    author: 'Rina Wulandari',
    platform: 'facebook',
    brand: 'Kopi Rindang',
    stage: 'curation',
    sentiment: 'negative',
    intents: ['complaint', 'urgent'],
  },
  {
    text: 'Enak banget kopi susu gula arennya, mantap!',
    author: 'dinda.rk',
    platform: 'instagram',
    brand: 'Kopi Rindang',
    stage: 'curation',
    sentiment: 'positive',
    intents: ['praise'],
  },
  {
    text: 'Berapa harga paket bundling yang 1 liter kak? Masih promo?',
    author: 'Budi Santoso',
    platform: 'facebook',
    brand: 'Teh Lembayung',
    stage: 'consumption',
    sentiment: 'neutral',
    intents: ['question', 'purchase_intent'],
  },
  {
    text: 'Saran min, tambahin varian less sugar dong',
    author: 'Maya Lestari',
    platform: 'instagram',
    brand: 'Teh Lembayung',
    stage: 'creation',
    sentiment: 'neutral',
    intents: ['suggestion'],
  },
  {
    text: 'Botolnya bocor pas dateng, isinya tumpah semua. Kecewa',
    author: 'Fajar Pratama',
    platform: 'facebook',
    brand: 'Teh Lembayung',
    stage: 'curation',
    sentiment: 'negative',
    intents: ['complaint'],
  },
  {
    text: '@sari.h ayo cobain bareng, yang ini enak',
    author: 'putri_ayu',
    platform: 'instagram',
    brand: 'Kopi Rindang',
    stage: 'collaboration',
    sentiment: 'positive',
    intents: [],
  },
  {
    text: 'My order arrived late and the cup was cracked. Not happy',
    author: 'Sarah Lee',
    platform: 'instagram',
    brand: 'Kopi Rindang',
    stage: 'curation',
    sentiment: 'negative',
    intents: ['complaint'],
  },
  {
    text: 'Cek DM kak, ada promo pinjaman cepat cair tanpa BI checking',
    author: 'Promo Dana 24',
    platform: 'facebook',
    brand: 'Kopi Rindang',
    stage: 'consumption',
    sentiment: 'neutral',
    intents: ['spam'],
  },
];

/** A generated history bulk-written the way the background stores it. */
export async function seedCorpus(
  db: TanggapDb,
  options: { comments: number; replies: number; now: number; undated?: number },
): Promise<Corpus> {
  const corpus = buildCorpus(SAMPLES, options);
  await db.transaction('rw', [db.pages, db.comments, db.annotations, db.replies], async () => {
    await db.pages.bulkPut(corpus.pages);
    await db.comments.bulkPut(corpus.comments);
    await db.annotations.bulkPut(corpus.annotations);
    await db.replies.bulkAdd(corpus.replies);
  });
  return corpus;
}
