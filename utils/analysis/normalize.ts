/**
 * Word normalisation: lower case, curly apostrophes, Indonesian reduplication ("hati2"),
 * stretched letters ("bagusss", "sooo"), laughter ("wkwkwk", "hahaha") and slang.
 */
import { SLANG } from './slang';

export interface NormalWord {
  word: string;
  /** Letters were stretched ("bagusss"): the writer meant it strongly. */
  stretched: boolean;
}

/** Collapses runs of 3+ equal letters to `keep` letters, in one pass. */
function collapse(w: string, keep: number): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    run = i > 0 && w[i - 1] === ch ? run + 1 : 1;
    if (run <= keep || run < 3) out += ch;
    else if (run === 3) out = out.slice(0, out.length - (2 - keep));
  }
  return out;
}

function hasRun3(w: string): boolean {
  for (let i = 2; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === w.charCodeAt(i - 1) && c === w.charCodeAt(i - 2)) return true;
  }
  return false;
}

/** "wkwk", "wkwkwk", "awokwok", "hahaha", "hehe", "xixixi": all laughter. */
function isLaugh(w: string): boolean {
  if (w.length < 4) return false;
  const c0 = w.charCodeAt(0);
  // Only words starting with w, a, h or x can be laughter: most words leave here.
  if (c0 !== 119 && c0 !== 97 && c0 !== 104 && c0 !== 120) return false;
  let wk = true;
  let ha = true;
  for (let i = 0; i < w.length && (wk || ha); i++) {
    const ch = w[i];
    if (ch !== 'w' && ch !== 'k' && ch !== 'a' && ch !== 'o') wk = false;
    if (ch !== 'h' && ch !== 'a' && ch !== 'e' && ch !== 'i' && ch !== 'x') ha = false;
  }
  return (
    (wk && w.includes('wk')) ||
    (ha && (w.startsWith('ha') || w.startsWith('he') || w.startsWith('hi') || w.startsWith('xi')))
  );
}

const CURLY = /\u2019/g;
const DIGIT = /\d/;

/** `lower`: the word already in lower case. */
export function normalizeWord(lower: string, known: (w: string) => boolean): NormalWord {
  let w = lower;
  if (w.includes('\u2019')) w = w.replace(CURLY, "'");
  // "hati2", "nyampe2", "kurir2": reduplication written with a 2.
  if (w.length > 3 && w.endsWith('2') && !DIGIT.test(w.slice(0, -1))) w = w.slice(0, -1);
  let stretched = false;
  if (hasRun3(w)) {
    stretched = true;
    const two = collapse(w, 2);
    w = known(two) ? two : collapse(w, 1);
  } else if (w.length > 3 && w.charCodeAt(w.length - 1) === w.charCodeAt(w.length - 2) && !known(w)) {
    // "asikk", "kerenn": a doubled last letter that makes no word.
    const one = w.slice(0, -1);
    if (known(one)) w = one;
  }
  if (isLaugh(w)) return { word: 'wkwk', stretched };
  const s = SLANG.get(w);
  return { word: s ?? w, stretched };
}
