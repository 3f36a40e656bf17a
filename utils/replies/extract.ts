/**
 * What a reply can echo from the comment: the commenter's first name, a product the brand sells,
 * an order code. Each returns '' when unsure: a missing value is asked for or dropped, while a
 * wrong one ("Halo Kak Official") goes out in public.
 */

// Latin letters only (with Latin-1 and Extended-A/B accents): decorative scripts, small capitals
// and emoji around a name are dropped. NFKC first turns 𝐑𝐢𝐧𝐚 and ｒｉｎａ into Rina.
const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const NOT_NAME_CHAR = new RegExp(`[^${LETTER}0-9'’._\\-\\s]`, 'gu');
const WORD = new RegExp(`^[${LETTER}]+(?:['’\\-][${LETTER}]+)*$`, 'u');
const HANDLE_SEPARATORS = /[._0-9-]+/;
/** Separators and apostrophes around a word. */
const EDGES = /^[._'’-]+|[._'’-]+$/g;

/** Words before a name that are not the name: titles and forms of address. */
const TITLES = new Set(
  'h hj haji hajjah dr drg ir drs dra prof mr mrs ms miss sir bu ibu pak bapak kak kakak mas mbak mba bang abang om tante teh aa ustadz ustazah'.split(
    ' ',
  ),
);
/** Muhammad and its spellings usually come before the name a person goes by. */
const MUHAMMAD = new Set(
  'muhammad muhamad mohammad mohamad mochammad mochamad moh muh moch mhd md'.split(' '),
);
/** Words that make a display name or handle a shop, a role or a nickname rather than a person. */
const NOT_NAMES = new Set(
  (
    'admin official shop store olshop toko jual jualan grosir agen reseller dropship distributor akun real the its im iam my ' +
    'beauty fashion collection kitchen food foods daily mart gallery studio news info media group team tim indonesia indo id ' +
    'fc fans fanbase backup second baru cute queen king princess prince baby bunda mama mom mommy papa dad ayah umi abi ' +
    'love sweet little lil user guest anonymous anonim facebook instagram page ig fb hamba anak si sang just not no'
  ).split(' '),
);

function hasVowel(word: string): boolean {
  return /[aeiouy\u00C0-\u024F]/i.test(word);
}

function capitalise(word: string): string {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  if (word === lower || word === upper) return upper.charAt(0) + lower.slice(1);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function isNameWord(word: string, min: number): boolean {
  return word.length >= min && word.length <= 20 && WORD.test(word) && hasVowel(word);
}

/** "rina.wulan_" → "Rina": only a handle of two or more name-like parts counts. */
function nameFromHandle(handle: string): string {
  const parts = handle.split(HANDLE_SEPARATORS).filter(Boolean);
  if (parts.length < 2) return '';
  if (parts.some((p) => NOT_NAMES.has(p.toLowerCase()) || !WORD.test(p) || p.length > 15)) return '';
  const first = parts[0] ?? '';
  if (TITLES.has(first.toLowerCase()) || MUHAMMAD.has(first.toLowerCase())) return '';
  return isNameWord(first, 3) ? capitalise(first) : '';
}

/** The commenter's first name from a display name or handle, or '' when it is not clearly a name. */
export function extractFirstName(authorName: string): string {
  const cleaned = authorName.normalize('NFKC').replace(NOT_NAME_CHAR, ' ').trim();
  const tokens = cleaned.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return '';
  if (tokens.length === 1) {
    const only = (tokens[0] ?? '').replace(EDGES, '');
    if (/[._0-9-]/.test(only)) return nameFromHandle(only);
    // A single all-lowercase word is a handle ("rinawulan", "foodie"): not clearly a name.
    if (only === only.toLowerCase() || only.length > 12 || NOT_NAMES.has(only.toLowerCase())) return '';
    return isNameWord(only, 2) ? capitalise(only) : '';
  }
  const words = tokens.flatMap((t) => t.split(/[._0-9]+/)).map((w) => w.replace(EDGES, ''));
  const nonEmpty = words.filter(Boolean);
  for (let i = 0; i < nonEmpty.length; i++) {
    const word = nonEmpty[i] ?? '';
    const lower = word.toLowerCase();
    const more = i < nonEmpty.length - 1;
    if (NOT_NAMES.has(lower)) return '';
    if (more && (TITLES.has(lower) || MUHAMMAD.has(lower) || word.length === 1)) continue;
    return isNameWord(word, 2) ? capitalise(word) : '';
  }
  return '';
}

// ---- products ----

/** Lowercase words without accents or punctuation, each letter run squashed ("kopiii" → "kopi"). */
function matchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.replace(/(.)\1+/g, '$1'));
}

const VOWELS = 'aeiou';
/** Letter swaps of informal spelling: sambel/sambal, kaus/kaos, kue/que, pisang/fisang. */
const SLANG_SWAPS = new Set(['ae', 'ea', 'ou', 'uo', 'kq', 'qk', 'fp', 'pf', 'fv', 'vf']);

/**
 * One slang spelling apart: a vowel dropped or added (coklat/cokelat) or one swap from SLANG_SWAPS.
 * Any other one-letter difference is a different word too often (sambal/sambil, masker/master).
 */
function slangVariant(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) && SLANG_SWAPS.has(`${a[i] ?? ''}${b[i] ?? ''}`);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return VOWELS.includes(long[i] ?? '-') && long.slice(i + 1) === short.slice(i);
}

/** Same word, or (both 5+ letters, same first letter) a slang spelling of it. */
function sameWord(said: string, product: string): boolean {
  if (said === product) return true;
  return said.length >= 5 && product.length >= 5 && said[0] === product[0] && slangVariant(said, product);
}

function matchesAt(words: readonly string[], i: number, product: readonly string[]): boolean {
  for (let k = 0; k < product.length; k++) {
    const said = words[i + k];
    const want = product[k];
    if (said === undefined || want === undefined || !sameWord(said, want)) return false;
  }
  return true;
}

/**
 * The product from `products` the comment names, as the brand spells it, or ''. Case, accents,
 * stretched letters, spacing ("glowserum") and one-letter slang spellings are tolerated; the
 * longest match wins, then the first.
 */
export function extractProduct(text: string, products: readonly string[]): string {
  const words = matchWords(text);
  if (words.length === 0) return '';
  const entries = products
    .map((name) => ({ name, words: matchWords(name) }))
    .filter((e) => e.words.length > 0)
    .map((e) => ({ ...e, joined: e.words.join('') }));
  // Candidates by first letter: each comment word is compared with few products.
  const byFirst = new Map<string, typeof entries>();
  for (const e of entries) {
    const key = e.joined.charAt(0);
    const list = byFirst.get(key);
    if (list) list.push(e);
    else byFirst.set(key, [e]);
  }
  let best = '';
  let bestLength = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const pair = word + (words[i + 1] ?? '');
    for (const e of byFirst.get(word.charAt(0)) ?? []) {
      const found =
        matchesAt(words, i, e.words) ||
        (e.words.length > 1 && sameWord(word, e.joined)) ||
        (e.words.length === 1 && i + 1 < words.length && sameWord(pair, e.joined));
      if (found && e.joined.length > bestLength) {
        best = e.name;
        bestLength = e.joined.length;
      }
    }
  }
  return best;
}

// ---- order codes ----

const ORDER_WORDS = new Set(
  'pesanan pesananku orderan order orders invoice inv transaksi trx transaction ordernya pesanannya'.split(
    ' ',
  ),
);
/** Words allowed between "pesanan" and its code: "pesanan saya no. 240611ABC", "order number: 123…". */
const FILLERS = new Set(
  'saya aku ku gw gue my no nomor nomer number num id kode code dengan with is adalah yg yang nya ref'.split(
    ' ',
  ),
);
const CODE = /^[A-Za-z0-9][A-Za-z0-9\-/]{3,39}$/;
const PHONE = /^(?:\+?62|0)8\d{7,12}$/;
const DATE = /^\d{1,4}[-/]\d{1,2}[-/]\d{1,4}$/;
const INVOICE = /^INV[-/]?\d[A-Z0-9\-/]{4,40}$/i;
/** A marketplace order serial: a yymmdd date then capitals and digits (240611ABCDEF12). */
const SERIAL = /^\d{6}[A-Z0-9]{6,10}$/;

function digitCount(s: string): number {
  let n = 0;
  for (const c of s) if (c >= '0' && c <= '9') n++;
  return n;
}

function asCode(raw: string): string {
  const code = raw.replace(/^[#:]+/, '').replace(/[.\-/]+$/, '');
  if (!CODE.test(code) || digitCount(code) < 5 || PHONE.test(code) || DATE.test(code)) return '';
  return code;
}

/** An order number or code the comment mentions ("#INV123456", "pesanan 240611ABC"), without "#", or ''. */
export function extractOrderCode(text: string): string {
  const tokens = (text.match(/[^\s,;:()[\]!?"']+/g) ?? []).map((t) => t.replace(/[.]+$/, ''));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const bare = token.replace(/^#/, '');
    if (INVOICE.test(bare) && asCode(bare)) return asCode(bare);
    if (token.startsWith('#') && asCode(bare)) return asCode(bare);
    if (SERIAL.test(token) && /[A-Z].*[A-Z]/.test(token)) return token;
    const glued = /^([a-z]+)[#-](.+)$/i.exec(token);
    if (glued && ORDER_WORDS.has((glued[1] ?? '').toLowerCase()) && asCode(glued[2] ?? '')) {
      return asCode(glued[2] ?? '');
    }
    if (!ORDER_WORDS.has(token.toLowerCase())) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
      const next = tokens[j] ?? '';
      const word = next.toLowerCase().replace(/[.#]+$/, '');
      if (FILLERS.has(word) || next === '#') continue;
      const code = asCode(next);
      if (code) return code;
      break;
    }
  }
  return '';
}
