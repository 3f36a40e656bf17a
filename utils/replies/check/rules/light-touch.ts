/**
 * customized: a comment tagging friends is a conversation between them; the brand joins lightly.
 * Heavy personalisation there feels intrusive: a short reply, no sales pitch, no tagging people.
 */
import { phrases } from '../phrases';
import { outcome, type Rule } from '../rule';
import { charCount } from '../words';

export const LIGHT_MAX = 160;

const PITCH = phrases(
  'promo, diskon, discount, beli sekarang, order sekarang, pesan sekarang, checkout, check out, shop now',
  'buy now, link di bio, link in bio, katalog, catalog*, voucher, kode promo, promo code, gratis ongkir',
  "free shipping, sale, flash sale, cashback, buruan, hurry, jangan sampai kehabisan, don't miss",
  'stok terbatas, limited, harga spesial, special price',
);

export const lightTouch: Rule = {
  id: 'light-touch',
  principle: 'customized',
  applies: (c) => c.input.subject.stage === 'curation' && c.input.subject.mentions > 0,
  check(c) {
    const n = charCount(c.input.draft.trim());
    const tags = c.draft.words.filter((w) => w.mark === '@').length;
    return outcome(n <= LIGHT_MAX && tags <= 1 && !PITCH.in(c.draft), n, LIGHT_MAX);
  },
};
