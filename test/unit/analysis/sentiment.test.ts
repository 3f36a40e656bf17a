import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/analysis/index';

// Our own example comments: the hard cases a brand page sees in both languages.
describe('sentiment', () => {
  test.each([
    ['enak banget, pasti beli lagi', 'positive'],
    ['pelayanannya mengecewakan, barangnya rusak', 'negative'],
    ['gak jelek kok, lumayan', 'positive'],
    ['rasanya gak enak, kemanisan', 'negative'],
    ['bagusss bgt kak, suka 😍', 'positive'],
    ['kecewa bgt sama kurirnya', 'negative'],
    ['mantap, 3 minggu gak nyampe 👏', 'negative'],
    ['This is not bad at all', 'positive'],
    ['The worst service ever, so disappointed', 'negative'],
    ['I love this colour so much!!!', 'positive'],
    ['udh cobain, enak bgt but a bit too sweet for me', 'positive'],
    ['jam buka outletnya sampai jam berapa kak?', 'neutral'],
    ['What are the opening hours?', 'neutral'],
    ['😍😍😍', 'positive'],
    ['🙄🙄', 'negative'],
    ['', 'neutral'],
    ['gak nyesel beli, worth it', 'positive'],
    ['kurang enak, kuahnya hambar', 'negative'],
    ['bagus sih, tapi mahal bgt buat ukuran segini', 'negative'],
    ['MANTAP BGT MIN!!!', 'positive'],
    ['kecewa, the food was cold and late', 'negative'],
    ['Great, another delay after 3 hours of waiting 👏', 'negative'],
    ['not worth the money at all', 'negative'],
    ['ok', 'neutral'],
    ['@rina_s nih', 'neutral'],
    ['wkwkwk lucu bgt 😂', 'positive'],
  ] as const)('%s → %s', (text, label) => {
    expect(analyze(text).sentiment.label).toBe(label);
  });

  test('score runs from -1 to 1 and its sign follows the label', () => {
    const pos = analyze('keren banget, recommended!').sentiment;
    const neg = analyze('parah, barang palsu, kecewa').sentiment;
    expect(pos.score).toBeGreaterThan(0);
    expect(neg.score).toBeLessThan(0);
    expect(Math.abs(pos.score)).toBeLessThanOrEqual(1);
  });

  test('cues name the words that decided it', () => {
    expect(analyze('pelayanannya ramah, mantap').sentiment.cues).toEqual(expect.arrayContaining(['ramah']));
    expect(analyze('barangnya rusak').sentiment.cues).toEqual(expect.arrayContaining(['rusak']));
  });
});
