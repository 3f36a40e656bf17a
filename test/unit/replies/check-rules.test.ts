/**
 * Each rule of the reply check on its own: a passing and a failing draft in Indonesian and in
 * English (our own example replies, written the way brand pages answer), plus the edge cases
 * that decide each rule.
 */
import { describe, expect, test } from 'vitest';
import { checkReply, RULE_IDS, type Finding, type RuleId } from '../../../utils/replies/check/index';
import { emojiIn } from '../../../utils/replies/check/rules/emoji-slang';
import { NearDuplicateIndex } from '../../../utils/replies/near-duplicate';
import { DEFAULT_TARGETS, type ReplySubject } from '../../../utils/replies/types';
import { DEFAULT_VOICE, type BrandVoice } from '../../../utils/replies/voice';

const NOW = Date.UTC(2025, 5, 2, 9, 0);
const MIN = 60_000;

/** A complaint about a late order: every rule but light-touch and two-way-help applies. */
const SUBJECTS: Record<'id' | 'en', ReplySubject> = {
  id: {
    text: 'Paket saya udah 5 hari blm nyampe, kecewa bgt. Order INV12345',
    authorName: 'Rina Wijaya',
    platform: 'facebook',
    language: 'id',
    stage: 'curation',
    sentiment: 'negative',
    intents: ['complaint'],
    createdAt: NOW - 30 * MIN,
    mentions: 0,
  },
  en: {
    text: 'My order INV12345 arrived broken, really disappointed',
    authorName: 'John Smith',
    platform: 'facebook',
    language: 'en',
    stage: 'curation',
    sentiment: 'negative',
    intents: ['complaint'],
    createdAt: NOW - 30 * MIN,
    mentions: 0,
  },
};

interface Extra {
  subject?: Partial<ReplySubject>;
  voice?: Partial<BrandVoice>;
  agent?: string;
  recent?: string[];
  /** The finding's detail, when the row checks it. */
  detail?: string[];
}
type Row = [label: string, lang: 'id' | 'en', draft: string, ok: boolean, extra?: Extra];

function findingOf(rule: RuleId, lang: 'id' | 'en', draft: string, extra: Extra = {}): Finding {
  const result = checkReply({
    draft,
    subject: { ...SUBJECTS[lang], ...extra.subject },
    voice: { ...DEFAULT_VOICE, ...extra.voice },
    agent: extra.agent ?? 'Ayu Bestari',
    recent: new NearDuplicateIndex(extra.recent ?? []),
    now: NOW,
    targets: DEFAULT_TARGETS,
  });
  const finding = result.findings.find((f) => f.rule === rule);
  if (finding === undefined) throw new Error(`${rule} does not apply`);
  return finding;
}

const HOW_TO = {
  id: { text: 'Kak, gimana cara pakai serum ini?', intents: ['question'], sentiment: 'neutral' },
  en: { text: 'How do I use the serum?', intents: ['question'], sentiment: 'neutral' },
} as const;
const TAGGING = {
  id: {
    text: '@budi ini yg aku bilang, enak bgt',
    stage: 'curation',
    mentions: 1,
    sentiment: 'positive',
    intents: ['praise'],
  },
  en: {
    text: '@budi this is the one I told you about',
    stage: 'curation',
    mentions: 1,
    sentiment: 'positive',
    intents: ['praise'],
  },
} as const;

const TABLE: Record<RuleId, Row[]> = {
  greeting: [
    [
      'greeting, Kak and the name',
      'id',
      'Halo Kak Rina, mohon maaf ya.',
      true,
      { detail: ['Halo Kak Rina'] },
    ],
    ['the name in any case', 'id', 'halo kak RINA, mohon maaf ya.', true],
    ['no name', 'id', 'Halo Kak, mohon maaf ya.', false, { detail: ['Halo Kak Rina'] }],
    ['no honorific', 'id', 'Halo Rina, mohon maaf ya.', false],
    ['no greeting', 'id', 'Kak Rina, mohon maaf ya.', false],
    ['a bare "pagi" that addresses someone', 'id', 'Pagi Kak Rina! Mohon maaf ya.', true],
    ['"pagi ini" is no greeting', 'id', 'Pagi ini paket Kak Rina sudah kami kirim.', false],
    [
      '"Bapak/Ibu" voice',
      'id',
      'Selamat pagi Ibu Rina, mohon maaf ya.',
      true,
      { voice: { honorific: 'bapak-ibu' } },
    ],
    [
      '"Kak" under a Bapak/Ibu voice',
      'id',
      'Halo Kak Rina, mohon maaf ya.',
      false,
      { voice: { honorific: 'bapak-ibu' } },
    ],
    ['no honorific voice', 'id', 'Halo Rina, mohon maaf ya.', true, { voice: { honorific: 'none' } }],
    ['the name is unknown', 'id', 'Halo Kak, mohon maaf ya.', true, { subject: { authorName: '' } }],
    ['"Hi" and the first name', 'en', "Hi John, we're sorry about this.", true, { detail: ['Hi John'] }],
    ['English needs no honorific', 'en', 'Hello John, sorry about this.', true],
    ['no greeting', 'en', "We're sorry about this, John.", false],
    ['the greeting mid-reply', 'en', 'Sorry about this John, hi!', false],
  ],
  honorific: [
    ['Kak throughout', 'id', 'Halo Kak Rina, pesanan kakak sudah kami cek.', true, { detail: [''] }],
    ['Kak with Anda', 'id', 'Halo Kak Rina, pesanan Anda sudah kami cek.', false, { detail: ['Anda'] }],
    ['Kak with Bapak', 'id', 'Halo Kak Rina, Bapak bisa cek DM ya.', false, { detail: ['Bapak'] }],
    ['too familiar', 'id', 'Halo sis, pesanannya sudah kami cek ya.', false, { detail: ['sis'] }],
    ['another region', 'id', 'Halo Mbak Rina, pesanannya sudah kami cek ya.', false],
    [
      'Ibu throughout',
      'id',
      'Halo Ibu Rina, pesanan Ibu sudah kami cek.',
      true,
      { voice: { honorific: 'bapak-ibu' } },
    ],
    ['"ibu hamil" addresses nobody', 'id', 'Halo Kak Rina, produk ini aman untuk ibu hamil.', true],
    ['"sayang sekali" is a pity, not a pet name', 'id', 'Sayang sekali paketnya rusak, Kak Rina.', true],
    [
      'Anda and kamu mixed',
      'id',
      'Halo Rina, pesanan Anda sudah kami cek, kamu tenang saja.',
      false,
      { voice: { honorific: 'none' } },
    ],
    ["English 'say' is a word", 'en', "Hi John, we'd say it ships today.", true],
    ['bro', 'en', 'Hi bro, your order ships today.', false, { detail: ['bro'] }],
  ],
  echo: [
    ['the problem word', 'id', 'Halo Kak Rina, paketnya sudah kami cek ya.', true, { detail: ['Paket'] }],
    ['slang spelt out', 'id', 'Halo Kak Rina, maaf kirimannya belum sampai.', true, { detail: ['nyampe'] }],
    [
      'the order number',
      'id',
      'Halo Kak Rina, pesanan INV12345 sudah kami cek.',
      true,
      { detail: ['INV12345'] },
    ],
    [
      'a product the brand sells',
      'id',
      'Halo Kak Rina, Serum Glow memang perlu dipakai rutin.',
      true,
      {
        subject: { text: 'Serum Glow bikin jerawatan kak' },
        voice: { products: ['Serum Glow'] },
        detail: ['Serum Glow'],
      },
    ],
    ['nothing from the comment', 'id', 'Halo Kak Rina, mohon maaf ya, kami cek dulu.', false],
    ['shared word', 'en', 'Hi John, your order has been checked.', true, { detail: ['order'] }],
    ['nothing shared', 'en', "Hi John, we're sorry! Please DM us.", false],
  ],
  empathy: [
    ['mohon maaf', 'id', 'Halo Kak Rina, mohon maaf atas ketidaknyamanannya.', true, { detail: ['maaf'] }],
    ['kami paham', 'id', 'Kami paham kekecewaan kakak.', true],
    ['facts only', 'id', 'Halo Kak Rina, paket kakak sudah kami cek.', false],
    ['apologise', 'en', 'Hi John, we apologise for the trouble.', true],
    ['we understand', 'en', 'We understand how frustrating this is.', true],
    ['facts only', 'en', 'Hi John, your order has been checked.', false],
  ],
  thanks: [
    ['terima kasih', 'id', 'Terima kasih sudah menunggu, Kak.', true],
    ['stretched makasih', 'id', 'Makasiiih Kak!', true],
    ['no thanks', 'id', 'Halo Kak Rina, paket sudah kami cek.', false],
    ['thanks', 'en', 'Thanks for letting us know!', true],
    ['appreciate', 'en', 'We appreciate your patience.', true],
    ['no thanks', 'en', 'Your order has been checked.', false],
  ],
  action: [
    [
      'checked and resent today',
      'id',
      'Pesanan kakak sudah kami cek dan dikirim ulang hari ini.',
      true,
      { detail: ['kami cek'] },
    ],
    ['refund in 1x24 jam', 'id', 'Refund diproses maksimal 1x24 jam ya Kak.', true],
    ['a number of hours', 'id', 'Mohon ditunggu 2 jam lagi ya Kak.', true, { detail: ['2 jam'] }],
    ['only a redirect', 'id', 'Mohon maaf ya Kak, silakan DM kami.', false],
    ['asks the customer to check', 'id', 'Silakan cek link di bio ya Kak.', false],
    [
      'a price answers a question',
      'id',
      'Harganya Rp 45.000 ya Kak.',
      true,
      { subject: { intents: ['question'], sentiment: 'neutral' } },
    ],
    ['team, replacement, time', 'en', 'Our team will send a replacement within 24 hours.', true],
    ['looking into it', 'en', "We're looking into it and will update you today.", true],
    ['only a redirect', 'en', 'Sorry to hear that, please DM us.', false],
  ],
  channel: [
    ['the brand DMs first', 'id', 'Sudah kami DM ya Kak.', true, { detail: ['kami DM'] }],
    ['WhatsApp', 'id', 'Silakan hubungi WhatsApp kami ya Kak.', true],
    [
      "the brand's own number",
      'id',
      'Boleh kirim ke 0812 3456 7890 ya Kak.',
      true,
      { voice: { channels: { ...DEFAULT_VOICE.channels, whatsapp: '+62 812-3456-7890' } } },
    ],
    ["a number that is not the brand's", 'id', 'Boleh kirim ke 0812 3456 7890 ya Kak.', false],
    ['no channel', 'id', 'Mohon maaf ya Kak, paket kakak sudah kami cek.', false],
    ['sent a DM', 'en', "We've sent you a DM with the details.", true],
    ['email', 'en', 'Please email us at help@brand.id.', true],
    ['no channel', 'en', "Sorry, we'll check it today.", false],
  ],
  'not-only-redirect': [
    ['apology and DM', 'id', 'Mohon maaf Kak, sudah kami DM ya.', true],
    ['redirect with an action', 'id', 'Silakan DM kami ya Kak, paketnya kami cek hari ini.', true],
    ['only a redirect', 'id', 'Silakan DM kami ya Kak.', false],
    ['only asks for details', 'id', 'Boleh info detailnya via DM kak?', false],
    ['the brand writes first', 'en', "We've sent you a DM.", true],
    ['only a redirect', 'en', 'Please DM us.', false],
    ['a link is a redirect too', 'en', 'Please check our FAQ at https://brand.id/faq', false],
  ],
  'no-blame': [
    ['owns the mistake', 'id', 'Mohon maaf atas kesalahan kami, Kak.', true],
    ['no phrase across a comma', 'id', 'Mohon maaf atas kesalahan, kakak tidak perlu khawatir.', true],
    ['makanya', 'id', 'Makanya dibaca dulu deskripsinya Kak.', false, { detail: ['Makanya'] }],
    ['kan sudah', 'id', 'Kan sudah kami tulis di deskripsi ya.', false],
    ['seharusnya kakak', 'id', 'Seharusnya kakak cek dulu sebelum bayar.', false],
    ['owns it', 'en', "Sorry, that's on us.", true],
    ['you should have', 'en', 'You should have read the size chart.', false, { detail: ['You should have'] }],
    ['as stated', 'en', 'As stated in the description, it ships in a week.', false],
  ],
  dialogue: [
    ['kabari kami', 'id', 'Kabari kami ya kalau ada kendala.', true],
    ['a question', 'id', 'Sudah diterima paketnya, Kak?', true],
    ['ada yang bisa kami bantu', 'id', 'Ada yang bisa kami bantu lagi', true],
    ['closes the talk', 'id', 'Paket sudah kami kirim ulang.', false],
    ['please wait is no invitation', 'id', 'Mohon ditunggu ya Kak.', false],
    ['let us know', 'en', 'Let us know if it arrives!', true],
    ['a question', 'en', 'Did it arrive?', true],
    ['closes the talk', 'en', 'Your replacement ships today.', false],
    ['a ? inside a link', 'en', 'See https://brand.id/help?topic=order', false],
  ],
  signature: [
    ['initials', 'id', 'Terima kasih! ^AB', true, { detail: ['^AB'] }],
    ["another agent's initials", 'id', 'Terima kasih! ^CD', false, { detail: ['^AB'] }],
    ['not at the end', 'id', '^AB Terima kasih!', false],
    ['the name', 'id', 'Terima kasih! -Ayu Bestari', true, { voice: { signature: '-{agent}' } }],
    ['no agent yet: any initials', 'id', 'Terima kasih! ^XY', true, { agent: '' }],
    ['no agent yet: none written', 'id', 'Terima kasih!', false, { agent: '' }],
    ['initials', 'en', 'Thanks! ^AB', true],
    [
      'a fixed persona',
      'en',
      'Thanks! - Team Tanggap',
      true,
      { voice: { signature: '- Team Tanggap' }, agent: '' },
    ],
    ['missing', 'en', 'Thanks!', false],
  ],
  length: [
    [
      'short',
      'id',
      'Halo Kak Rina, mohon maaf ya. Sudah kami DM.',
      true,
      { detail: ['44', '600', '29', '120'] },
    ],
    [
      'over the Instagram limit',
      'id',
      `Halo Kak Rina, mohon maaf. ${'Pesanan kakak sudah kami cek dan akan dikirim ulang hari ini. '.repeat(5)}`,
      false,
      { subject: { platform: 'instagram' } },
    ],
    [
      'a first sentence too long for a phone',
      'en',
      "Hi John, we're so sorry that your order arrived broken and we completely understand how disappointing it is to wait for something and get it damaged. We'll fix it.",
      false,
    ],
    ['short', 'en', "Hi John, we're sorry. We've sent you a DM.", true],
  ],
  'not-duplicate': [
    [
      'a copy with another name',
      'id',
      'Halo Kak Rina, mohon maaf atas ketidaknyamanannya. Sudah kami DM ya.',
      false,
      { recent: ['Halo Kak Budi, mohon maaf atas ketidaknyamanannya. Sudah kami DM ya.'], detail: ['100'] },
    ],
    [
      'written for this comment',
      'id',
      'Halo Kak Rina, maaf paketnya telat 5 hari. Sudah kami DM ya.',
      true,
      { recent: ['Halo Kak Budi, terima kasih sudah mencoba varian pedasnya!'] },
    ],
    [
      'a copy with another name',
      'en',
      "Hi John, we're sorry about that. We've sent you a DM.",
      false,
      { recent: ["Hi Mary, we're sorry about that. We've sent you a DM."] },
    ],
    ['nothing recent', 'en', "Hi John, we're sorry about that.", true, { detail: ['0'] }],
  ],
  'emoji-slang': [
    ['one emoji', 'id', 'Terima kasih Kak 😊', true],
    ['three emoji', 'id', 'Terima kasih Kak 😊🙏🔥', false, { detail: ['😊 🙏 🔥'] }],
    ['none allowed', 'id', 'Terima kasih Kak 😊', false, { voice: { emoji: 'none' } }],
    ['free', 'id', 'Terima kasih Kak 😊🙏🔥🎉🥰', true, { voice: { emoji: 'free' } }],
    ['abbreviations', 'id', 'Paketnya udh kami kirim ya kak, ditunggu bgt', false, { detail: ['udh bgt'] }],
    ['abbreviations allowed', 'id', 'Paketnya udh kami kirim ya kak', true, { voice: { slang: true } }],
    ['polite particles are fine', 'id', 'Siap Kak, nanti kami kabari ya, ditunggu dong!', true],
    ['a family emoji is one', 'id', 'Selamat Kak 👨‍👩‍👧', true, { voice: { emoji: 'light' } }],
    ['™ is no emoji', 'en', 'Thanks for choosing Glow™!', true, { voice: { emoji: 'none' } }],
    ['texting forms', 'en', "Thx, we'll check it pls", false, { detail: ['Thx pls'] }],
  ],
  'banned-words': [
    [
      'clean',
      'id',
      'Halo Kak Rina, barangnya kami ganti ya.',
      true,
      { voice: { bannedWords: ['gan', 'KompetitorX'] } },
    ],
    ['stretched', 'id', 'Halo siss, kami cek ya.', false, { detail: ['sis'] }],
    [
      "a competitor's name in any case",
      'id',
      'Lebih awet dari kompetitorx kok Kak.',
      false,
      { voice: { bannedWords: ['KompetitorX'] }, detail: ['KompetitorX'] },
    ],
    ['clean', 'en', "Hi John, we're sorry.", true],
    ['a banned word', 'en', "Hi John, we'd like to say sorry.", false, { detail: ['say'] }],
  ],
  'light-touch': [
    [
      'short and warm',
      'id',
      'Terima kasih sudah merekomendasikan, Kak! 😊 ^AB',
      true,
      { subject: TAGGING.id },
    ],
    ['a sales pitch', 'id', 'Yuk order sekarang, ada promo gratis ongkir!', false, { subject: TAGGING.id }],
    ['tags everyone', 'id', 'Halo @budi @sari, cobain ya!', false, { subject: TAGGING.id }],
    [
      'too long',
      'id',
      `Halo Kak, terima kasih! ${'Varian ini paling laris bulan ini dan cocok untuk semua. '.repeat(3)}`,
      false,
      { subject: TAGGING.id },
    ],
    [
      'short and warm',
      'en',
      'Thanks for sharing us with your friend! ^AB',
      true,
      { subject: TAGGING.en, detail: ['43', '160'] },
    ],
    ['a sales pitch', 'en', 'Shop now, free shipping this week!', false, { subject: TAGGING.en }],
  ],
  'no-private-data': [
    ['by DM', 'id', 'Boleh kirim nomor pesanan kakak via DM ya.', true],
    ['DM in the next sentence', 'id', 'Kirimkan nomor pesanan kakak ya. Lewat DM saja.', true],
    ['warns against it', 'id', 'Jangan bagikan nomor HP di kolom komentar ya Kak.', true],
    ['the brand sends to the address', 'id', 'Paket akan kami kirim ulang ke alamat kakak hari ini.', true],
    [
      'order number in public',
      'id',
      'Mohon sebutkan nomor pesanan kakak ya.',
      false,
      { detail: ['nomor pesanan'] },
    ],
    ['phone in public', 'id', 'Boleh minta nomor HP-nya kak?', false, { detail: ['nomor HP'] }],
    ['a question', 'id', 'Nomor pesanannya berapa kak', false],
    ['by DM', 'en', 'Please send your order number by DM.', true],
    ['the brand sends to the address', 'en', "We'll send the replacement to your address today.", true],
    [
      'order number in public',
      'en',
      'Please share your order number below.',
      false,
      { detail: ['order number'] },
    ],
    ['phone in public', 'en', "What's your phone number?", false],
  ],
  waited: [
    ['a complaint within the hour', 'id', 'Halo Kak Rina', true, { detail: ['30', '60'] }],
    [
      'a complaint 90 minutes old',
      'id',
      'Halo Kak Rina',
      false,
      { subject: { createdAt: NOW - 90 * MIN }, detail: ['90', '60'] },
    ],
    [
      'praise 90 minutes old',
      'en',
      'Hi John',
      true,
      {
        subject: { createdAt: NOW - 90 * MIN, intents: ['praise'], sentiment: 'positive' },
        detail: ['90', '240'],
      },
    ],
    [
      'praise 5 hours old',
      'en',
      'Hi John',
      false,
      { subject: { createdAt: NOW - 300 * MIN, intents: ['praise'], sentiment: 'positive' } },
    ],
    [
      'negative without a complaint',
      'en',
      'Hi John',
      false,
      { subject: { createdAt: NOW - 90 * MIN, intents: [] } },
    ],
    [
      'posted "in the future" (clock skew)',
      'id',
      'Halo',
      true,
      { subject: { createdAt: NOW + 5 * MIN }, detail: ['0', '60'] },
    ],
  ],
  'two-way-help': [
    [
      'a video tutorial',
      'id',
      'Halo Kak, ini video tutorialnya ya: https://brand.id/tutorial',
      true,
      { subject: HOW_TO.id },
    ],
    ['a call', 'id', 'Boleh kami telepon untuk dipandu, Kak?', true, { subject: HOW_TO.id }],
    [
      "the brand's guide",
      'id',
      'Lengkapnya ada di brand.id/cara-pakai ya Kak.',
      true,
      {
        subject: HOW_TO.id,
        voice: { channels: { ...DEFAULT_VOICE.channels, helpLink: 'https://brand.id/cara-pakai' } },
      },
    ],
    [
      'steps squeezed into a comment',
      'id',
      'Dioleskan dua kali sehari setelah cuci muka ya Kak.',
      false,
      { subject: HOW_TO.id },
    ],
    ['a video guide', 'en', "Here's a short video guide: https://brand.id/how", true, { subject: HOW_TO.en }],
    [
      'steps squeezed into a comment',
      'en',
      'Apply twice a day after cleansing.',
      false,
      { subject: HOW_TO.en },
    ],
  ],
};

describe('every rule has a passing and a failing draft in both languages', () => {
  test.each(RULE_IDS.map((r) => [r]))('%s', (rule) => {
    const rows = TABLE[rule];
    for (const lang of ['id', 'en'] as const) {
      for (const ok of [true, false]) {
        expect(
          rows.some(([, l, , o]) => l === lang && o === ok),
          `${lang} ${ok ? 'pass' : 'fail'}`,
        ).toBe(true);
      }
    }
  });
});

for (const rule of RULE_IDS) {
  describe(rule, () => {
    test.each(TABLE[rule])('%s (%s): %j', (_label, lang, draft, ok, extra) => {
      const finding = findingOf(rule, lang, draft, extra);
      expect(finding.ok).toBe(ok);
      if (extra?.detail !== undefined) expect(finding.detail).toEqual(extra.detail);
    });
  });
}

describe('emoji counting', () => {
  test('a sequence is kept whole', () => {
    expect(emojiIn('Selamat 👨‍👩‍👧! 👍🏽 1️⃣ 🇮🇩')).toEqual(['👨‍👩‍👧', '👍🏽', '1️⃣', '🇮🇩']);
  });

  test.each([
    ['one each', '😊🙏', 2],
    ['a family (ZWJ sequence) is one', '👨‍👩‍👧‍👦', 1],
    ['a skin tone belongs to its hand', '👍🏽👍🏿', 2],
    ['a flag is one', '🇮🇩🇺🇸', 2],
    ['an emoji selector makes © an emoji', '©️ ©', 1],
    ['™ and ® are text', 'Glow™ Brand®', 0],
    ['letters are not', 'terima kasih', 0],
  ])('%s', (_why, text, n) => {
    expect(emojiIn(text)).toHaveLength(n);
  });
});
