/**
 * One pass over the prepared comment collecting which cue kinds (cue-lists.ts) occur, with the
 * first phrases found for each: the raw material intents.ts and stage.ts decide from.
 */
import type { CueKind } from './cue-lists';
import { PhraseIndex } from './phrases';
import type { Prepared } from './prepare';

export type Signals = Map<CueKind, string[]>;

let found: Signals = new Map();

// One module-level callback instead of a closure per comment.
function add(k: CueKind, phrase: string): void {
  const list = found.get(k);
  if (list === undefined) found.set(k, [phrase]);
  else if (list.length < 4 && !list.includes(phrase)) list.push(phrase);
}

export function collectSignals(p: Prepared, text: string): Signals {
  found = new Map();
  const infos = p.info;
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
    if (info === undefined) continue;
    if (info.cues !== undefined) PhraseIndex.matchAt(info.cues, infos, false, i, add);
    // "harganya" also matches as "harga".
    if (info.stemCues !== undefined) PhraseIndex.matchAt(info.stemCues, infos, true, i, add);
  }
  // Attached media is marked [foto]/[photo] by the page capture; the tokenizer drops brackets.
  const head = text.length > 4000 ? text.slice(0, 4000) : text;
  if (head.includes('[foto]') || head.includes('[photo]')) add('media', '[foto]');
  return found;
}
