/**
 * Every default template, filled for a comment it is written for, passes the product's own reply
 * check: a shipped default the check marks down would tell the team to fix our own defaults.
 * `echo` is left out: what a reply can echo depends on the individual comment.
 */
import { describe, expect, test } from 'vitest';
import type { Intent, Sentiment, Stage } from '../../../utils/analysis/labels';
import type { TemplateRecord } from '../../../utils/db/records';
import { checkReply } from '../../../utils/replies/check/index';
import { fillTemplate } from '../../../utils/replies/fill';
import { NearDuplicateIndex } from '../../../utils/replies/near-duplicate';
import { DEFAULT_TEMPLATES, templateMatches } from '../../../utils/replies/templates';
import { topicOf } from '../../../utils/replies/templates/cues';
import { DEFAULT_TARGETS, type ReplySubject } from '../../../utils/replies/types';
import { DEFAULT_VOICE, type BrandVoice } from '../../../utils/replies/voice';

const NOW = Date.UTC(2025, 5, 2, 9, 0);

/**
 * A typical comment per topic in each language, and the labels to use where the template's own
 * list is empty (it matches any value): the values such a comment would be given.
 */
interface Sample {
  id: string;
  en: string;
  stage?: Stage;
  sentiment?: Sentiment;
  intents?: Intent[];
  /** People the comment tags. */
  mentions?: number;
}

const SAMPLES: Record<string, Sample> = {
  'collaboration-invite': {
    id: 'Kolab yuk min, bikin giveaway Cold Brew bareng komunitas kopi Bandung!',
    en: "Let's team up on a Cold Brew giveaway with our coffee community in Bandung!",
    intents: [],
  },
  'collaboration-negative': {
    id: 'Saran min, Kopi Susu Gula Aren sekarang kemanisan. Balikin resep lama dong, kecewa.',
    en: 'Please bring back the old Kopi Susu Gula Aren recipe, the new one is far too sweet. Disappointed.',
    intents: ['suggestion'],
  },
  'collaboration-positive': {
    id: 'Bikin Cold Brew rasa pandan dong min, pasti laris!',
    en: 'You should make a pandan Cold Brew, it would sell out!',
    intents: ['suggestion'],
  },
  'complaint-damaged-item': {
    id: 'Gelasnya pecah pas sampai, Kopi Susu Gula Aren-nya tumpah semua',
    en: 'The bottle arrived cracked and my Kopi Susu Gula Aren spilled everywhere',
    stage: 'curation',
  },
  'complaint-late-delivery': {
    id: 'Pesanan INV-240611-0042 udah 5 hari belum nyampe, Cold Brew-nya kapan sampai?',
    en: 'My order INV-240611-0042 still has not arrived after 5 days, where is my Cold Brew?',
    stage: 'curation',
  },
  'complaint-service': {
    id: 'Kasir di outlet Dago jutek banget, pesan Kopi Susu Gula Aren malah dicuekin',
    en: 'The cashier at the Dago outlet was really rude when I ordered a Kopi Susu Gula Aren',
    stage: 'curation',
  },
  'complaint-wrong-item': {
    id: 'Pesan Cold Brew yang datang malah Kopi Susu Gula Aren, pesanan INV-240611-0042',
    en: 'I ordered Cold Brew but got Kopi Susu Gula Aren instead, order INV-240611-0042',
    stage: 'curation',
  },
  'consumption-neutral': {
    id: 'Nyimak, Cold Brew ini kayaknya menarik',
    en: 'Following, the Cold Brew looks interesting',
    intents: [],
  },
  'consumption-positive': {
    id: 'Mantul Cold Brew-nya 🔥🔥',
    en: 'Cold Brew looks amazing 🔥🔥',
    intents: [],
  },
  'creation-negative': {
    id: 'Udah dua minggu minum Kopi Susu Gula Aren tiap pagi, tapi batch terakhir rasanya asam dan bikin perut nggak enak.',
    en: "I've had Kopi Susu Gula Aren every morning for two weeks, but the last batch tasted sour and upset my stomach.",
    intents: ['complaint'],
  },
  'creation-neutral': {
    id: 'Aku biasanya campur Cold Brew sama susu oat dan sedikit madu, ada yang pernah coba?',
    en: 'I mix my Cold Brew with oat milk and a little honey, anyone else tried that?',
    intents: [],
  },
  'creation-positive': {
    id: 'Review jujur: sudah sebulan minum Kopi Susu Gula Aren tiap pagi, manisnya pas dan nggak bikin begah.',
    en: "Honest review: I've had Kopi Susu Gula Aren every morning for a month, just sweet enough and never heavy.",
    intents: ['praise'],
  },
  'curation-negative': {
    id: 'Kopi Susu Gula Aren sekarang encer banget, nggak kayak dulu',
    en: 'Kopi Susu Gula Aren is so watery now, not like it used to be',
    intents: ['complaint'],
  },
  'curation-neutral': {
    id: 'Menurutku Cold Brew lebih segar daripada Kopi Susu Gula Aren',
    en: 'I think Cold Brew is more refreshing than Kopi Susu Gula Aren',
    intents: [],
  },
  'curation-positive': {
    id: '@budi ini Cold Brew yang aku bilang, enak banget',
    en: '@budi this is the Cold Brew I told you about',
    intents: ['praise'],
    mentions: 1,
  },
  'discussion-neutral': {
    id: 'Kalau aku lebih suka Cold Brew tanpa gula, rasa kopinya lebih kerasa',
    en: 'I prefer my Cold Brew without sugar, you taste the coffee more',
    intents: [],
  },
  'feedback-negative': {
    id: 'Cold Brew yang baru kurang enak, kecewa',
    en: 'The new Cold Brew is not good, disappointed',
    intents: ['complaint'],
  },
  'negative-experience': {
    id: 'Pengiriman lama dan Cold Brew-nya sampai sudah nggak dingin lagi',
    en: 'Delivery took ages and my Cold Brew was no longer cold when it came',
    intents: ['complaint'],
  },
  praise: {
    id: 'Kopi Susu Gula Aren-nya enak banget, jadi langganan tiap pagi!',
    en: 'Kopi Susu Gula Aren is so good, it is my morning ritual now!',
    stage: 'curation',
  },
  'purchase-intent': {
    id: 'Mau order Cold Brew 2 botol dong, bisa kirim ke Bekasi?',
    en: 'I want to order 2 bottles of Cold Brew, do you deliver to Bekasi?',
    stage: 'consumption',
  },
  'question-how-to': {
    id: 'Cold Brew konsentrat gimana cara pakainya? Dicampur air berapa banyak?',
    en: 'How do I use the Cold Brew concentrate? How much water do I add?',
    stage: 'consumption',
    sentiment: 'neutral',
  },
  'question-price-stock': {
    id: 'Cold Brew 1 liter harganya berapa? Ready di outlet Bandung?',
    en: 'How much is the 1 litre Cold Brew? Is it in stock at the Bandung outlet?',
    stage: 'consumption',
    sentiment: 'neutral',
  },
  suggestion: {
    id: 'Saran min, outlet Dago buka lebih pagi dong, jam 7 sudah butuh Kopi Susu Gula Aren',
    en: 'Suggestion: open the Dago outlet earlier, at 7 we already need our Kopi Susu Gula Aren',
    stage: 'collaboration',
    sentiment: 'neutral',
  },
  'suggestion-variant': {
    id: 'Request Cold Brew rasa pandan dong min!',
    en: 'Please make a pandan flavoured Cold Brew!',
    stage: 'collaboration',
    sentiment: 'neutral',
  },
  toxic: {
    id: 'Kopi Susu Gula Aren kalian sampah, adminnya juga lelet balasnya!',
    en: 'Your Kopi Susu Gula Aren is garbage and your admins are useless!',
    stage: 'curation',
    sentiment: 'negative',
  },
  urgent: {
    id: 'Tolong cepat! Cold Brew untuk acara jam 2 siang ini belum datang, pesanan INV-240611-0042',
    en: 'Urgent! The Cold Brew for our event at 2pm today has not arrived, order INV-240611-0042',
    stage: 'curation',
  },
};

const VOICE: BrandVoice = {
  ...DEFAULT_VOICE,
  brandName: 'Kopi Nusantara',
  signature: '^{initials}',
  products: ['Kopi Susu Gula Aren', 'Cold Brew', 'Es Kopi Pandan'],
  channels: {
    ...DEFAULT_VOICE.channels,
    dm: true,
    whatsapp: '0812-3456-7890',
    email: 'halo@kopinusantara.id',
  },
};
const VOICES: [string, BrandVoice][] = [
  ['DM', VOICE],
  ['WhatsApp', { ...VOICE, channels: { ...VOICE.channels, dm: false } }],
  ['Bapak/Ibu', { ...VOICE, honorific: 'bapak-ibu' }],
];

function subjectFor(t: TemplateRecord): ReplySubject {
  const sample = SAMPLES[topicOf(t.id)];
  if (sample === undefined) throw new Error(`no sample comment for topic ${topicOf(t.id)}`);
  return {
    text: sample[t.lang],
    authorName: 'Rina Wulandari',
    platform: 'instagram',
    language: t.lang,
    stage: t.stages[0] ?? sample.stage ?? 'curation',
    sentiment: t.sentiments[0] ?? sample.sentiment ?? 'neutral',
    intents: t.intents.length > 0 ? t.intents.slice(0, 1) : (sample.intents ?? []),
    createdAt: NOW,
    mentions: sample.mentions ?? 0,
  };
}

describe('default templates pass the reply check for the comments they are written for', () => {
  test('every topic has a sample comment and no sample is unused', () => {
    const topics = new Set(DEFAULT_TEMPLATES.map((t) => topicOf(t.id)));
    expect([...topics].filter((t) => SAMPLES[t] === undefined)).toEqual([]);
    expect(Object.keys(SAMPLES).filter((t) => !topics.has(t))).toEqual([]);
  });

  const cases = DEFAULT_TEMPLATES.flatMap((t) =>
    VOICES.map(([name, voice]) => [t.id, name, t, voice] as const),
  );
  test.each(cases)('%s with %s', (_, __, t, voice) => {
    const subject = subjectFor(t);
    expect(templateMatches(t, subject)).toBe(true);
    const filled = fillTemplate({ text: t.text, lang: t.lang, subject, voice, agent: 'Ayu Bestari' });
    expect(filled.missing, filled.text).toEqual([]);
    const result = checkReply({
      draft: filled.text,
      subject,
      voice,
      agent: 'Ayu Bestari',
      recent: new NearDuplicateIndex(),
      now: NOW,
      targets: DEFAULT_TARGETS,
    });
    const failed = result.findings.filter((f) => !f.ok && f.rule !== 'echo').map((f) => f.rule);
    expect(failed, `${filled.text}\nfails: ${failed.join(', ')}`).toEqual([]);
  });
});
