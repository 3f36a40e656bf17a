/**
 * Informal spellings mapped to the forms our lexicons and model know. Written by us from common
 * brand-page usage; Indonesian forms map to the standard word so "gk", "ga" and "tidak" count alike.
 */
const PAIRS: Record<string, string> = {
  // negation
  g: 'tidak', gk: 'tidak', ga: 'tidak', gak: 'tidak', nggak: 'tidak', ngga: 'tidak', ngak: 'tidak',
  enggak: 'tidak', engga: 'tidak', tdk: 'tidak', kagak: 'tidak', gx: 'tidak', bkn: 'bukan',
  jgn: 'jangan', blm: 'belum', blom: 'belum', belom: 'belum', lom: 'belum',
  // common short forms
  bgt: 'banget', bngt: 'banget', bgtt: 'banget', udh: 'sudah', udah: 'sudah', sdh: 'sudah', dah: 'sudah',
  yg: 'yang', kk: 'kakak', kak: 'kakak', ka: 'kakak', sis: 'kakak', min: 'admin', mimin: 'admin',
  aja: 'saja', dgn: 'dengan', tp: 'tapi', tpi: 'tapi', krn: 'karena', karna: 'karena', jg: 'juga',
  lg: 'lagi', sy: 'saya', gw: 'saya', gue: 'saya', gua: 'saya', bs: 'bisa', bsa: 'bisa', dr: 'dari',
  sm: 'sama', klo: 'kalau', kalo: 'kalau', kl: 'kalau', gmn: 'bagaimana', gimana: 'bagaimana',
  brp: 'berapa', dmn: 'dimana', knp: 'kenapa', emg: 'memang', emang: 'memang', bener: 'benar',
  bnr: 'benar', pake: 'pakai', nyampe: 'sampai', nyampai: 'sampai', dateng: 'datang',
  kmrn: 'kemarin', kemaren: 'kemarin', skrg: 'sekarang', trs: 'terus', bnyk: 'banyak', org: 'orang',
  hrs: 'harus', mantul: 'mantap', mantab: 'mantap', oke: 'ok', okey: 'ok', okay: 'ok', makasih: 'terimakasih',
  makasi: 'terimakasih', mksh: 'terimakasih', trims: 'terimakasih', cuman: 'cuma', pengen: 'ingin',
  pgn: 'ingin', pingin: 'ingin', msh: 'masih', jd: 'jadi', jdi: 'jadi', cpt: 'cepat', bgus: 'bagus',
  ancur: 'hancur', lemot: 'lambat', lelet: 'lambat', tlg: 'tolong', plis: 'please', pls: 'please',
  plz: 'please', utk: 'untuk', ttg: 'tentang', sblm: 'sebelum', tau: 'tahu', kyk: 'seperti',
  kayak: 'seperti', byk: 'banyak', bgs: 'bagus', mkn: 'makan', mnm: 'minum', bener2: 'benar',
  dpt: 'dapat', dapet: 'dapat', liat: 'lihat', ngasih: 'memberi', gede: 'besar', dikit: 'sedikit',
  kasian: 'kasihan', sampe: 'sampai', nunggu: 'menunggu', ngantri: 'antri', parahh: 'parah',
  // English texting forms
  u: 'you', ur: 'your', r: 'are', thx: 'thanks', thnx: 'thanks', ty: 'thanks', luv: 'love', gr8: 'great',
  dont: "don't", cant: "can't", wont: "won't", isnt: "isn't", doesnt: "doesn't", didnt: "didn't",
  wasnt: "wasn't", aint: "ain't", im: "i'm", ive: "i've", idk: "i don't know", omg: 'omg',
};

export const SLANG: ReadonlyMap<string, string> = new Map(Object.entries(PAIRS));
