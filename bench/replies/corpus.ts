import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../utils/analysis';
import type { ReplySubject } from '../../utils/replies/types';

const ENGAGEMENT = resolve(import.meta.dirname, '../../../shared/data/engagement-dev.jsonl');

/** Comments as brand pages get them: the engagement development file, else a small built-in set. */
export function benchComments(): string[] {
  if (existsSync(ENGAGEMENT)) {
    return readFileSync(ENGAGEMENT, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => String((JSON.parse(l) as { text: unknown }).text));
  }
  return [
    'Pesanan saya udah 3 hari belum nyampe min, gimana nih?',
    'Enak banget kopi susunya, mantap!',
    'berapa harganya kak? ready stok?',
    'Saran min, tambahin varian pedas dong',
    'My order arrived damaged, very disappointed',
    'How do I use the grinder? anyone have a video?',
    '@rina.w cobain ini deh, enak',
    'Udah pakai 2 minggu, hasilnya bagus bgt',
  ];
}

/** A comment as the side panel sees it: analysed by the engine, as the content script does. */
export function subjectFor(text: string, i: number, now: number): ReplySubject {
  const a = analyze(text, { platform: i % 2 ? 'instagram' : 'facebook' });
  return {
    text,
    authorName: ['Rina Wulandari', 'Budi Santoso', 'dinda.rk', 'Sarah Lee'][i % 4]!,
    platform: i % 2 ? 'instagram' : 'facebook',
    language: a.language,
    stage: a.stage.label,
    sentiment: a.sentiment.label,
    intents: a.intents,
    createdAt: now - (i % 300) * 60_000,
    mentions: (text.match(/@\w/g) ?? []).length,
  };
}
