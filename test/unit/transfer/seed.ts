import { setManualTag, storeAutoTags } from '@/utils/db/annotations';
import { TABLES, type TanggapDb } from '@/utils/db/database';
import type { AutoTag } from '@/utils/db/records';
import { logReply } from '@/utils/db/replies';
import { writeSetting } from '@/utils/db/settings';
import { storeCapture } from '@/utils/db/store-capture';
import { listTemplates, saveTemplate } from '@/utils/db/templates';
import { DEFAULT_TEMPLATES } from '@/utils/replies/templates';
import { DEFAULT_VOICE } from '@/utils/replies/voice';
import { sampleCapture } from '../capture-fixture';

export const T0 = 1_700_000_000_000;

export const complaint: AutoTag = {
  stage: 'curation',
  stageConfidence: 0.8,
  sentiment: 'negative',
  sentimentScore: -0.7,
  intents: ['complaint', 'urgent'],
  language: 'id',
  cues: { stage: [], sentiment: ['salah order'] },
};

/**
 * A database as the extension leaves it, written through the same functions the background
 * uses: captured comments (one with text a spreadsheet would run as a formula), engine tags, a
 * moderator's correction, logged replies, an edited and a new template, voice and targets.
 */
export async function seedDb(db: TanggapDb, at = T0): Promise<void> {
  const capture = sampleCapture(4);
  capture.comments[0]!.text = 'Pesan 2 kopi susu, yg dateng "americano" 😤\nSalah order lagi';
  capture.comments[1]!.text = '=HYPERLINK("https://evil.example","klik")';
  capture.comments[2]!.createdAt = at - 3_600_000;
  capture.comments[3]!.provisionalId = 'facebook:tmp-3';
  await storeCapture(db, capture, at);
  const tags = capture.comments.map((c, i) => ({
    commentId: c.id,
    tag:
      i === 0
        ? complaint
        : { ...complaint, stage: 'consumption' as const, intents: [], sentiment: 'neutral' as const },
  }));
  await storeAutoTags(db, capture.page.id, tags, at + 1);
  await setManualTag(
    db,
    { commentId: 'facebook:1002', field: 'sentiment', value: 'positive' },
    'Ayu',
    at + 2,
  );
  await logReply(
    db,
    {
      commentId: 'facebook:1000',
      templateId: 'id-complaint',
      text: 'Halo Kak, maaf ya ^AB',
      checkScore: 0.92,
    },
    'Ayu',
    at + 3,
  );
  await logReply(
    db,
    { commentId: 'facebook:1001', templateId: null, text: '-- cek DM ya', checkScore: null },
    'Budi',
    at + 4,
  );

  await listTemplates(db);
  const edited = {
    ...DEFAULT_TEMPLATES[0]!,
    text: `${DEFAULT_TEMPLATES[0]!.text} (diubah)`,
    updatedAt: at + 5,
  };
  await saveTemplate(db, edited);
  await saveTemplate(db, {
    id: 'team-promo',
    lang: 'id',
    title: '@promo, minggu ini',
    text: '{{greeting} {{honorific} {{name?}, promo "minggu ini" ada di {{brand}! {{signature}',
    stages: ['curation', 'creation'],
    sentiments: ['positive'],
    intents: ['purchase_intent', 'question'],
    cues: ['promo', 'diskon'],
    updatedAt: at + 6,
  });
  await writeSetting(db, 'brandVoice', {
    ...DEFAULT_VOICE,
    brandName: 'Kopi Rindang',
    products: ['Kopi Susu'],
  });
  await writeSetting(db, 'responseTargets', { complaintMinutes: 30, otherMinutes: 120 });
  // This browser's own: not part of any export.
  await writeSetting(db, 'moderatorName', 'Ayu');
  await writeSetting(db, 'brandPages', [
    {
      id: 'facebook:kopirindang',
      platform: 'facebook',
      url: 'https://www.facebook.com/kopirindang',
      addedAt: at,
    },
  ]);
}

/** Everything an export carries, table by table, in key order. */
export async function dump(db: TanggapDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const rows = await db.table(table).toArray();
    out[table] =
      table === 'settings'
        ? rows.filter((r: { key: string }) => !['moderatorName', 'brandPages'].includes(r.key))
        : rows;
  }
  return out;
}
