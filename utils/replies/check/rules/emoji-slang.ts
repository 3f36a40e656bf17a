/** consistent: emoji and informal abbreviations only as far as the brand voice allows. */
import { emojiOf } from '../../../analysis/chars';
import type { EmojiPolicy } from '../../voice';
import { phrases } from '../phrases';
import { always, outcome, written, type Rule } from '../rule';

const MOST: Record<EmojiPolicy, number> = { none: 0, light: 2, free: Infinity };

/**
 * Abbreviations a brand does not write unless its voice is informal. Polite particles ("ya",
 * "dong", "kok") and colloquial words written out ("aja", "udah", "nggak") are fine.
 */
const SLANG = phrases(
  'gk, ga, gak, gx, bgt, bngt, yg, udh, sdh, blm, blom, dgn, tdk, utk, krn, sm, gmn, gmna, sy, jg, tp, tpi',
  'trs, msh, bkn, jgn, klo, kl, skrg, kmrn, brp, dmn, knp, emg, bnr, byk, bnyk, dpt, pgn, hrs, sblm, ttg',
  'kyk, tlg, mksh, gpp, pls, plz, thx, thnx, idk, lol, omg, btw, u, ur',
);

const VS16 = 0xfe0f;
const ZWJ = 0x200d;
const KEYCAP = 0x20e3;
/** ©, ® and ™ are pictographs too, but text unless written with the emoji selector. */
const TEXT_SYMBOLS = new Set([0xa9, 0xae, 0x2122]);
const isRegional = (cp: number): boolean => cp >= 0x1f1e6 && cp <= 0x1f1ff;
const isTone = (cp: number): boolean => cp >= 0x1f3fb && cp <= 0x1f3ff;

/** The emoji in a text, a sequence (family, flag, skin tone, keycap) as one. */
export function emojiIn(text: string): string[] {
  const out: string[] = [];
  /** The last code point read belongs to the last emoji in `out`. */
  let inEmoji = false;
  let joining = false;
  let flagHalf = false;
  /** Where the last character other than the emoji selector starts: a keycap's digit. */
  let base = 0;
  let i = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    const at = i;
    i += ch.length;
    const extend = (): void => {
      out[out.length - 1] += ch;
    };
    if (inEmoji && (cp === VS16 || isTone(cp))) extend();
    else if (inEmoji && cp === ZWJ) {
      extend();
      joining = true;
    } else if (cp === KEYCAP) {
      out.push(text.slice(base, i));
      inEmoji = true;
    } else if (isRegional(cp)) {
      // Two regional letters make one flag.
      if (flagHalf) extend();
      else out.push(ch);
      flagHalf = !flagHalf;
      inEmoji = true;
    } else if (emojiOf(cp) !== null && !(TEXT_SYMBOLS.has(cp) && text.codePointAt(i) !== VS16)) {
      if (joining) extend();
      else out.push(ch);
      inEmoji = true;
    } else inEmoji = false;
    if (cp !== ZWJ) joining = false;
    if (!isRegional(cp)) flagHalf = false;
    if (cp !== VS16) base = at;
  }
  return out;
}

export const emojiSlang: Rule = {
  id: 'emoji-slang',
  principle: 'consistent',
  applies: always,
  check(c) {
    const { voice } = c.input;
    const emoji = emojiIn(c.input.draft);
    const extra = emoji.length > MOST[voice.emoji] ? emoji : [];
    const slang = voice.slang ? [] : SLANG.findAll(c.draft.words).map((m) => written(c.draft, m.from, m.to));
    const wrong = [...new Set([...extra, ...slang])];
    return outcome(wrong.length === 0, wrong.join(' '));
  },
};
