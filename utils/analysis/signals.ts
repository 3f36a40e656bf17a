/**
 * One pass over the prepared comment collecting which cue kinds (cue-lists.ts) occur, with the
 * first phrase found for each: the raw material intents.ts and stage.ts decide from.
 */
import { CUE_LISTS, type CueKind } from './cue-lists';
import { PhraseIndex } from './phrases';
import type { Prepared } from './prepare';

const INDEX = new PhraseIndex<CueKind>(
  (Object.keys(CUE_LISTS) as CueKind[]).flatMap((k) => CUE_LISTS[k].split('|').map((p) => [p, k] as const)),
);

export type Signals = Map<CueKind, string[]>;

/** Position of the first word-like token (after leading mentions/emoji this tells who is addressed). */
export function collectSignals(p: Prepared, text: string): Signals {
  const found: Signals = new Map();
  const add = (k: CueKind, phrase: string): void => {
    const list = found.get(k);
    if (list === undefined) found.set(k, [phrase]);
    else if (list.length < 4 && !list.includes(phrase)) list.push(phrase);
  };
  const n = p.norm;
  const stems: string[] = n.map((w) => (w.length > 5 && w.endsWith('nya') ? w.slice(0, -3) : w));
  for (let i = 0; i < n.length; i++) {
    INDEX.matchAt(n, i, add);
    if (stems[i] !== n[i]) INDEX.matchAt(stems, i, add);
  }
  // Attached media is marked [foto]/[photo] by the page capture; the tokenizer drops brackets.
  const head = text.length > 4000 ? text.slice(0, 4000) : text;
  if (head.includes('[foto]') || head.includes('[photo]')) add('media', '[foto]');
  return found;
}
