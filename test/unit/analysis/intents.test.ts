import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/analysis/index';
import type { Intent } from '../../../utils/analysis/labels';

// Our own example comments, one or more per intent, in both languages.
describe('intents', () => {
  test.each([
    ['complaint', 'pesanan saya udh 10 hari blm sampai, kecewa bgt'],
    ['complaint', 'The app keeps crashing since the last update, really annoying'],
    ['question', 'kak, outlet yang di Bekasi buka jam berapa?'],
    ['question', 'Does the blue one come in size M?'],
    ['praise', 'pelayanannya ramah banget, kopinya juga enak'],
    ['praise', 'The fabric is so soft and the stitching looks great'],
    ['suggestion', 'saran min, bikin varian sambal yang lebih pedas dong'],
    ['suggestion', 'You should add a dark mode to the app'],
    ['purchase_intent', 'harganya berapa kak? mau order 2'],
    ['purchase_intent', 'How much is the large one?'],
    ['spam', 'Jual followers murah meriah, hub WA 081234567890'],
    ['spam', 'Cheap designer bags 70% OFF at bagsoutlet.shop 🔥'],
    ['toxic', 'admin goblok, kerja yang bener'],
    ['toxic', 'you are all idiots running this company'],
    ['urgent', 'saldo saya berkurang 2 juta padahal tidak transaksi apa2!!'],
    ['urgent', 'I was charged twice for one order and nobody replies'],
  ] as const)('%s: %s', (intent: Intent, text) => {
    expect(analyze(text).intents).toContain(intent);
  });

  test.each([
    ['a plain info question is not a complaint', 'kapan promo ini berakhir kak?', 'complaint'],
    ['a generic exclamation is not praise', 'wih keren', 'praise'],
    ['a price question is not spam', 'harga paket hemat berapa min?', 'spam'],
    ['positive slang is not toxic', 'enak anjir, nagih bgt', 'toxic'],
    ['a rhetorical jab is not a question', 'harga segini buat porsi sekecil itu??', 'question'],
    ['thanks is not a purchase', 'makasih infonya min', 'purchase_intent'],
  ] as const)('%s', (_why, text, intent: Intent) => {
    expect(analyze(text).intents).not.toContain(intent);
  });

  test('spam impersonating the brand is urgent; plain self-promotion is not', () => {
    expect(
      analyze('Selamat anda menang undian! klik link di bio dan isi data diri + foto KTP').intents,
    ).toEqual(expect.arrayContaining(['spam', 'urgent']));
    const selfPromo = analyze('mampir ke ig aku ya kak, jualan hijab murah 🙏').intents;
    expect(selfPromo).toContain('spam');
    expect(selfPromo).not.toContain('urgent');
  });

  test('an emoji-only comment has no intent', () => {
    expect(analyze('😍😍').intents).toEqual([]);
  });
});
