import { newestFirst, type HistoryEntry } from './filters';

/**
 * The sorted entries with some comments replaced, added or (null) removed, still newest first.
 * Linear: the changed entries are merged in rather than the whole list sorted again.
 */
export function patchEntries(
  entries: readonly HistoryEntry[],
  changes: ReadonlyMap<string, HistoryEntry | null>,
): HistoryEntry[] {
  const kept = entries.filter((e) => !changes.has(e.id));
  const added = [...changes.values()].filter((e): e is HistoryEntry => e !== null).sort(newestFirst);
  const merged: HistoryEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length && j < added.length) {
    merged.push(newestFirst(kept[i]!, added[j]!) <= 0 ? kept[i++]! : added[j++]!);
  }
  while (i < kept.length) merged.push(kept[i++]!);
  while (j < added.length) merged.push(added[j++]!);
  return merged;
}
