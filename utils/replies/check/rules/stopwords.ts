import { collapse } from '../words';

/** Words too common to count as echoing the comment: function words and every reply's boilerplate. */
const ID = [
  'yang dan atau untuk dengan dari pada ini itu sudah belum tidak bukan akan bisa saja juga lagi masih',
  'kalau karena tapi tetapi jadi agar supaya sama saya kami kita mereka kakak admin mohon maaf terima',
  'kasih terimakasih halo hallo selamat pagi siang sore malam banget sekali sangat bagaimana gimana',
  'kenapa mengapa kapan dimana mana berapa siapa tolong dong punya buat harus boleh ingin sedang telah',
  'oleh para semua semuanya setiap hanya cuma memang benar begitu seperti sini situ sana nanti kemudian',
  'lebih kurang paling silakan silahkan mungkin yaaa kakaknya bapak ibu anda kamu aku apakah ataupun',
  'tersebut kembali sebelumnya terus langsung sekarang nggak enggak hari',
];
const EN = [
  'this that with from have been were what when where which will would could should your yours they',
  'them their there here about just very really please thanks thank hello also into than then some more',
  'much many only even like does doing done dont dear sorry team admin okay know want need make thing',
  "things going being after before because it's i'm we're you're we'll we've that's don't can't days today",
];

/** As written and with repeated letters written once ("really" → "realy"), the form words are compared in. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [...ID, ...EN]
    .join(' ')
    .split(' ')
    .flatMap((w) => [w, collapse(w)]),
);
