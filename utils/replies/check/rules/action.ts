/**
 * customized: a complaint or a question gets something concrete: an action ("kami cek", "refund"),
 * an owner ("tim kami", "our team"), a time ("hari ini", "1x24 jam", "within 24 hours") or, for a
 * question, the answer's figure (a price, a link).
 */
import { list, phrases, type Match } from '../phrases';
import { hasLink, outcome, written, type Rule } from '../rule';
import type { Text, Word } from '../words';

/** What the brand does, after "kami"/"admin" ("kami cek"). "kami bantu" alone is "can we help?". */
const VERBS = list(
  'cek, periksa, teruskan, proses, kirim, kirimkan, ganti, tukar, lacak, tindak, tindaklanjuti, follow',
  'koordinasikan, pastikan, refund, kembalikan, perbaiki, eskalasi, hubungi, jadwalkan, prioritaskan',
  'selesaikan, tangani, investigasi',
);

export const ACTION = phrases(
  ...['kami', 'kita', 'admin', 'mimin'].map((who) => VERBS.map((v) => `${who} ${v}`).join(',')),
  'dicek, diperiksa, diteruskan, diproses, dikirim, dikirimkan, diganti, ditukar, dilacak, ditindaklanjuti',
  'dikoordinasikan, dipastikan, dikembalikan, diperbaiki, dieskalasi, dihubungi, dijadwalkan, diselesaikan',
  'diprioritaskan, ditangani, direfund, bantu cek, bantu proses, bantu lacak, bantu teruskan, kirim ulang',
  'pengecekan, penggantian, refund*, pengembalian dana, ganti rugi, barang pengganti, pihak ekspedisi',
  'pihak kurir, tim kami, tim terkait, tim teknis, tim gudang, tim pengiriman',
  'hari ini, besok, lusa, pagi ini, siang ini, sore ini, malam ini, minggu ini, jam kerja, hari kerja',
  'senin, selasa, rabu, kamis, jumat, sabtu',
  "we'll check, we will check, we're checking, we are checking, checking, let us check, we've checked",
  'we have checked, we checked, look into, looking into, looked into, investigat*, our team, the team',
  'forwarded, escalat*, replac*, resend*, re send, reship*, send a new, sending a new, fixed, fixing',
  'repair*, exchange, track*, today, tomorrow, tonight, this afternoon, this evening, within',
  'business day*, working day*, monday, tuesday, wednesday, thursday, friday, saturday',
);

const TIME_UNITS = new Set(
  list(
    'jam, menit, hari, minggu, bulan, hour, hours, hr, hrs, h, minute, minutes, min, mins, day, days, week, weeks',
  ),
);
const MONEY_AFTER = new Set(list('rb, ribu, k, jt, juta, rupiah, idr, usd, dollar, dollars'));
const NUMBER = /^\p{N}+(?:x\p{N}+)?$/u;
const PRICE_WORD = /^(?:(?:rp|idr)\p{N}+|\p{N}+(?:rb|k|jt))$/u;

/** A number with a time unit ("24 jam", "2 hours", "1x24 jam") or a price ("Rp 45.000", "$12", "45rb"). */
function figure(text: Text): Match | null {
  const { words, clean } = text;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (PRICE_WORD.test(w.lower)) return { from: i, to: i + 1, phrase: '' };
    if (!NUMBER.test(w.lower)) continue;
    const before = clean.slice(Math.max(0, w.start - 4), w.start).toLowerCase();
    if (before.includes('$') || before.includes('rp')) return { from: i, to: i + 1, phrase: '' };
    const next = words[i + 1];
    if (next !== undefined && (TIME_UNITS.has(next.lower) || MONEY_AFTER.has(next.lower))) {
      return { from: i, to: i + 2, phrase: '' };
    }
  }
  return null;
}

/** The concrete thing the draft names, as written, or null; `links`: a web address counts (an answer's source). */
export function concrete(text: Text, links = true): string | null {
  const m = ACTION.find(text.words) ?? figure(text);
  if (m !== null) return written(text, m.from, m.to);
  return links && hasLink(text) ? 'link' : null;
}

export const action: Rule = {
  id: 'action',
  principle: 'customized',
  applies: (c) => c.complaint || c.input.subject.intents.includes('question'),
  check(c) {
    const found = concrete(c.draft);
    return found === null ? outcome(false) : outcome(true, found);
  },
};
