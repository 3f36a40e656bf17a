/**
 * convenient: a complaint, or a comment about an order or account, gets a channel to sort it out
 * (DM, WhatsApp, phone, email, a help link, or the brand's own channels from the voice). The brand
 * writing first ("sudah kami DM") is better than "DM kami"; both pass.
 */
import { phrases } from '../phrases';
import { hasLink, outcome, written, type Context, type Rule } from '../rule';
import type { Text } from '../words';

/** Words in a comment that involve the person's private data. */
const PRIVATE_TOPIC = phrases(
  'pesanan*, order*, resi, akun*, account*, invoice*, transaksi*, transaction*, pembayaran*, payment*',
  'bayar, dibayar, rekening, saldo, tagihan, billing, refund*, password, sandi, login, otp, no hp',
  'nomor hp, alamat, address, charged',
);
const LONG_NUMBER = /^\p{N}{6,}$/u;

export function involvesPrivateData(comment: Text): boolean {
  return PRIVATE_TOPIC.in(comment) || comment.words.some((w) => LONG_NUMBER.test(w.lower));
}

export const CHANNEL = phrases(
  'dm, direct message, pesan langsung, pesan pribadi, private message, inbox, japri, whatsapp, wa',
  'telepon, telpon, telp, phone, call, hotline, call center, customer service, cs, email, e mail, surel',
  'messenger, live chat, chat, link, tautan, website, situs, hubungi, contact*, reach out, reach us',
  'message us',
);

/** The brand contacting the person itself. */
export const BRAND_FIRST = phrases(
  'kami dm, kami inbox, kami hubungi, kami telepon, kami telpon, kami chat, kami email, kami wa, admin dm',
  'kami kirimkan pesan, kami kirim pesan, sent you, messaged you, dmed you, emailed you, called you',
  "dm'd you, contacted you, we will reach out, we'll reach out, we'll contact you, we will contact you",
  "we'll call you, we will call you, we'll message you, we will message you, we'll dm you, we will dm you",
);

const digits = (s: string): string => s.replace(/\D/g, '');

/** A channel value from the voice (WhatsApp or phone number, email, help link) written in the draft. */
function ownChannel(c: Context): string | null {
  const { whatsapp, phone, email, helpLink } = c.input.voice.channels;
  const lower = c.draft.clean.toLowerCase();
  const draftDigits = digits(lower);
  for (const number of [whatsapp, phone]) {
    // The last eight digits: "+62 812-3456-7890" and "0812 3456 7890" are one number.
    const d = digits(number).slice(-8);
    if (d.length >= 6 && draftDigits.includes(d)) return number;
  }
  for (const value of [email, helpLink.replace(/^https?:\/\//i, '')]) {
    const v = value.trim().toLowerCase();
    if (v.length >= 4 && lower.includes(v)) return value;
  }
  return null;
}

/** The channel the draft offers, as written, or null. */
export function offeredChannel(c: Context): string | null {
  const m = BRAND_FIRST.find(c.draft.words) ?? CHANNEL.find(c.draft.words);
  if (m !== null) return written(c.draft, m.from, m.to);
  return ownChannel(c) ?? (hasLink(c.draft) ? 'link' : null);
}

export const channel: Rule = {
  id: 'channel',
  principle: 'convenient',
  applies: (c) => c.complaint || involvesPrivateData(c.comment),
  check(c) {
    const found = offeredChannel(c);
    return found === null ? outcome(false) : outcome(true, found);
  },
};
