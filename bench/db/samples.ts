import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { platformSchema } from '../../utils/capture/schema';
import { INTENTS, SENTIMENTS, STAGES } from '../../utils/db/records';
import type { Sample } from './corpus';

const ENGAGEMENT = resolve(import.meta.dirname, '../../../shared/data/engagement-dev.jsonl');

/** Comments as two brand pages get them, written for Tanggap's tests, labelled as the engine would. */
export const BUILT_IN_SAMPLES: Sample[] = [
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

const sampleSchema = z.object({
  text: z.string(),
  author: z.string(),
  platform: platformSchema,
  brand: z.string(),
  stage: z.enum(STAGES),
  sentiment: z.enum(SENTIMENTS),
  intents: z.array(z.enum(INTENTS)),
}) satisfies z.ZodType<Sample>;

/** The labelled brand comments of the engagement development file, else the built-in few. */
export function benchSamples(): { samples: Sample[]; source: string } {
  if (!existsSync(ENGAGEMENT)) return { samples: BUILT_IN_SAMPLES, source: 'built-in' };
  const samples = readFileSync(ENGAGEMENT, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => sampleSchema.parse(JSON.parse(l)));
  return { samples, source: 'engagement-dev.jsonl' };
}
