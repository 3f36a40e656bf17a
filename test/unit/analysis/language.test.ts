import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/analysis/index';
import type { Language } from '../../../utils/analysis/labels';

// Loanwords (checkout, promo, live) keep a comment Indonesian; an English clause makes it mixed.
describe('language', () => {
  test.each([
    ['id', 'kak ini ready stok gak ya?'],
    ['id', 'udah checkout kemarin, kapan dikirim min?'],
    ['en', 'Is this available in other colours?'],
    ['en', 'I love the new packaging so much'],
    ['mixed', 'pengiriman cepet bgt, but the box was a bit damaged'],
    ['mixed', 'Honestly this is the best, aku udah repurchase 3 kali'],
  ] as const)('%s: %s', (lang: Language, text) => {
    expect(analyze(text).language).toBe(lang);
  });
});
