/**
 * convenient: the reply never asks in public for an order number, phone, account or bank number,
 * address, password or code. Asking for it by DM ("kirim nomor pesanan via DM") is the right way.
 */
import { list, phrases, type Match } from '../phrases';
import { always, hasLink, outcome, written, type Rule } from '../rule';
import { collapse, type Sentence, type Text, type Word } from '../words';

// A trailing "*" takes the "-nya" of "nomor pesanannya", "alamatnya".
const DATA = phrases(
  'nomor pesanan*, no pesanan*, nomor order*, no order*, id pesanan*, kode pesanan*, order number*',
  'order id, order no, invoice*, nomor hp*, no hp*, nomor handphone*, nomor telepon*, nomor telpon*',
  'no telp*, no telepon*, nomor wa*, no wa*, nomor whatsapp*, phone number*, mobile number*',
  'whatsapp number*, your phone, your number, nomor rekening*, no rekening*, no rek*, rekening*',
  'account number*, bank account*, card number*, nomor kartu*, kartu kredit*, credit card*, cvv, alamat*',
  'address, addresses, password*, kata sandi*, sandi*, pin, otp, kode verifikasi*, verification code*, nik, ktp',
  'tanggal lahir*, date of birth',
);

/** Asking for something: "sebutkan", "kirim", "boleh minta", "share", "what's your". */
const ASK = phrases(
  'sebutkan, kirim, kirimkan, kirimin, tulis, tuliskan, cantumkan, infokan, informasikan, berikan',
  'kasih tahu, kasih tau, minta, mohon info, boleh info, boleh tahu, boleh tau, komen, balas dengan',
  "lampirkan, share, send, post, give, provide, tell us, comment, drop, reply with, what's your",
  'what is your, whats your, berapa',
);
/** Before an asking word, the brand is the one acting: "akan kami kirim ke alamat kakak". */
const BRAND_ACTS = new Set(
  list("kami, kita, admin, akan, sudah, telah, segera, we, we'll, will, we've, i'll, team, tim").map(
    collapse,
  ),
);

const PRIVATELY = phrases(
  'dm, direct message, pesan pribadi, chat pribadi, secara pribadi, pesan langsung, privat*, inbox, japri',
  'whatsapp, wa, email, e mail, surel, messenger, formulir, form',
);
const NOT = phrases("jangan, tidak perlu, tak perlu, gak perlu, don't, do not, never, no need");

function privately(text: Text, s: Sentence | undefined): boolean {
  if (s === undefined) return false;
  if (PRIVATELY.find(text.words, s.from, s.to) !== null) return true;
  const words = text.words.slice(s.from, s.to);
  return hasLink({ clean: text.clean, words, sentences: [] });
}

/** The private data a sentence asks for in public, or null. */
function asked(text: Text, i: number): Match | null {
  const s = text.sentences[i] as Sentence;
  const data = DATA.findAll(text.words, s.from, s.to);
  if (data.length === 0 || NOT.find(text.words, s.from, s.to) !== null) return null;
  const asks = ASK.findAll(text.words, s.from, s.to).filter(
    (a) => a.from === 0 || !BRAND_ACTS.has((text.words[a.from - 1] as Word).key),
  );
  // "Sebutkan nomor pesanan…", "Nomor pesanannya berapa?": an ask before the data, or a question.
  const found = s.question
    ? data[0]
    : data.find((d) => asks.some((a) => a.from < d.from || a.phrase === 'berapa'));
  // "Kirimkan nomor pesanan kakak ya. Lewat DM saja": the private way may come next.
  if (found === undefined || privately(text, s) || privately(text, text.sentences[i + 1])) return null;
  return found;
}

export const noPrivateData: Rule = {
  id: 'no-private-data',
  principle: 'convenient',
  applies: always,
  check(c) {
    for (let i = 0; i < c.draft.sentences.length; i++) {
      const m = asked(c.draft, i);
      if (m !== null) return outcome(false, written(c.draft, m.from, m.to));
    }
    return outcome(true);
  },
};
