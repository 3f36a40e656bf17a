/**
 * One pass over the prepared comment collecting which cue kinds (cue-lists.ts) occur, with the
 * first phrases found for each: the raw material intents.ts and stage.ts decide from.
 */
import type { CueKind } from './cue-lists';
import { PhraseIndex } from './phrases';
import type { Prepared } from './prepare';

export type Signals = Map<CueKind, string[]>;

export function collectSignals(p: Prepared, text: string): Signals {
  const found: Signals = new Map();
  const add = (k: CueKind, phrase: string): void => {
    const list = found.get(k);
    if (list === undefined) found.set(k, [phrase]);
    else if (list.length < 4 && !list.includes(phrase)) list.push(phrase);
  };
  const n = p.norm;
  let stems: string[] | undefined;
  for (let i = 0; i < n.length; i++) {
    const info = p.info[i];
    if (info === undefined) continue;
    if (info.cues !== undefined) PhraseIndex.matchAt(info.cues, n, i, add);
    if (info.stemCues !== undefined) {
      // "harganya" also matches as "harga".
      stems ??= p.info.map((x) => x.stem);
      PhraseIndex.matchAt(info.stemCues, stems, i, add);
    }
  }
  // Attached media is marked [foto]/[photo] by the page capture; the tokenizer drops brackets.
  const head = text.length > 4000 ? text.slice(0, 4000) : text;
  if (head.includes('[foto]') || head.includes('[photo]')) add('media', '[foto]');
  return found;
}
