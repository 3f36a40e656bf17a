/** consistent: one form of address, the one the brand voice sets, and none of the too-familiar ones. */
import type { Honorific } from '../../voice';
import { Phrases, phrases, type Match } from '../phrases';
import { always, outcome, written, type Context, type Rule } from '../rule';
import type { Text } from '../words';
import { HONORIFIC_WORDS } from './greeting';

type Family = 'kak' | 'bapak-ibu' | 'anda' | 'kamu';

const FAMILIES: Record<Family, Phrases> = {
  kak: new Phrases(HONORIFIC_WORDS.kak),
  'bapak-ibu': new Phrases(HONORIFIC_WORDS['bapak-ibu']),
  anda: new Phrases(['anda']),
  kamu: phrases('kamu, km, kau, engkau, lo, lu, elo, elu, loe'),
};
/** Families a setting allows; with no honorific a reply says "Anda" or "kamu", but only one of them. */
const ALLOWED: Record<Honorific, readonly Family[]> = {
  kak: ['kak'],
  'bapak-ibu': ['bapak-ibu'],
  none: ['anda', 'kamu'],
};

/** Too familiar for a brand, or another region's honorific ("sis", "gan", "bun", "mbak"). */
const FAMILIAR_ID = phrases(
  'sis, sist, sista, say, sayang, beb, bebeb, gan, agan, juragan, bro, bre, brader, bun, bund, bunda',
  'moms, cuy, bestie, mas, mbak, mba, om, tante, bang, abang, dek, neng',
);
/** In English only the forms that are no English word ("say", "bun" are). */
const FAMILIAR_EN = phrases('sis, sista, gan, agan, bro, bruh, bre, bestie, cuy, babe');
/** Words of address that address nobody: "ibu hamil" (expecting mothers), "sayang sekali" (a pity). */
const NOT_ADDRESS = phrases(
  'ibu hamil, ibu menyusui, ibu rumah tangga, ibu kota, ibu jari, sayang sekali, burger bun, roti bun',
);

function uses(text: Text, phrases: Phrases, skip: ReadonlySet<number>): Match[] {
  return phrases.findAll(text.words).filter((m) => !skip.has(m.from));
}

export const honorific: Rule = {
  id: 'honorific',
  principle: 'consistent',
  applies: always,
  check(c: Context) {
    const skip = new Set(NOT_ADDRESS.findAll(c.draft.words).map((m) => m.from));
    const allowed = ALLOWED[c.input.voice.honorific];
    const found = new Map<Family, Match[]>();
    for (const family of Object.keys(FAMILIES) as Family[]) {
      // "lo"/"lu" are Indonesian only; an English reply is not read for them.
      if (family === 'kamu' && c.lang === 'en') continue;
      const m = uses(c.draft, FAMILIES[family], skip);
      if (m.length > 0) found.set(family, m);
    }
    const wrong: Match[] = [];
    for (const [family, matches] of found) if (!allowed.includes(family)) wrong.push(...matches);
    // With no honorific set, "Anda" and "kamu" must not be mixed: the rarer one is the slip.
    const anda = found.get('anda') ?? [];
    const kamu = found.get('kamu') ?? [];
    if (anda.length > 0 && kamu.length > 0) wrong.push(...(anda.length < kamu.length ? anda : kamu));
    wrong.push(...uses(c.draft, c.lang === 'en' ? FAMILIAR_EN : FAMILIAR_ID, skip));
    const shown = [
      ...new Set(wrong.sort((a, b) => a.from - b.from).map((m) => written(c.draft, m.from, m.to))),
    ];
    return outcome(wrong.length === 0, shown.join(', '));
  },
};
