/**
 * Language: counts function words of each language. "mixed" needs an English phrase, not a
 * loanword: established loanwords (checkout, promo, update, live, please...) are in neither list.
 */
import type { Language } from './labels';

export const ID_WORDS: ReadonlySet<string> = new Set(
  `yang di ini itu dan saya aku kamu tidak sudah belum banget ada dong sih kok ya nih deh kakak admin
juga dari ke untuk dengan bisa mau apa kapan berapa bagaimana dimana lagi saja tapi karena kalau sama masih jadi
cuma dulu buat pakai beli harga enak bagus terus baru kemarin lebih sangat semua orang mantap keren terimakasih
selamat kami kita mereka dia gimana aja udah punya kalian biar semoga tolong mohon atau pas tadi banyak sekali
hari minggu bulan tahun jam nya lah kan loh yah yahh wah wih asik akhirnya ternyata emang memang mending kenapa
bukan jangan seperti agak cukup lumayan gede kecil murah mahal beda hanya pernah sering setelah sebelum sampai
datang dapat kasih coba cobain ikut ikutan nunggu menunggu bayar kirim paket pesanan barang kurir sinyal
wkwk cepat pengiriman kemasan rasa porsi anak rumah kerja makan minum jalan kota info infonya mana siapa apakah gitu gini begitu banget`.split(
    /\s+/,
  ),
);

export const EN_WORDS: ReadonlySet<string> = new Set(
  `the a an is are was were i i'm i've i'd i'll you you're your my me mine we our us it it's its this that
these those and or but to of in on for with at from so not no do does did don't doesn't didn't have has had will
would can could should what how where when why who which just really very love good great nice thanks thank
still again after before there here they them their be been being get got make made all too much more best next
time than then if because about into out up down over only also even ever never always anyone someone nobody
every some any other one two first last new old way well better worse bad lol wow yes yeah oh hey let's let
he she his her him am isn't aren't wasn't won't can't been going gonna want need know think see look feel
seriously honestly definitely actually finally please`.split(/\s+/),
);

/** Words both languages use: they vote for neither. */
const SHARED = new Set([
  'ok',
  'wow',
  'please',
  'guys',
  'no',
  'top',
  'live',
  'promo',
  'update',
  'online',
  'sale',
]);

/** 0 no vote, 1 Indonesian, 2 English. */
export type Vote = 0 | 1 | 2;

export function languageVote(w: string): Vote {
  if (SHARED.has(w)) return 0;
  if (ID_WORDS.has(w)) return 1;
  if (EN_WORDS.has(w)) return 2;
  return w.endsWith('nya') && w.length > 4 ? 1 : 0;
}

export function detectLanguage(votes: readonly { lang: Vote }[]): Language {
  let id = 0;
  let en = 0;
  for (const v of votes) {
    if (v.lang === 1) id++;
    else if (v.lang === 2) en++;
  }
  return languageFromVotes(id, en);
}

/** The language from counts of Indonesian and English votes (prepare.ts counts them). */
export function languageFromVotes(id: number, en: number): Language {
  if (en === 0) return 'id';
  if (id === 0) return 'en';
  if (en >= 2 && id >= 2) return 'mixed';
  return id >= en ? (en >= 2 ? 'mixed' : 'id') : id >= 1 && en >= 2 ? 'mixed' : 'en';
}
