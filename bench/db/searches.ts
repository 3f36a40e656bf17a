import { toEntry } from '../../utils/db/history/entry';
import {
  entryMatcher,
  newestFirst,
  type HistoryEntry,
  type HistoryFilters,
} from '../../utils/db/history/filters';
import type { Corpus } from './corpus';
import type { Search } from './measure';

/** The filters the searches pick, by the English label of their select in the popup. */
const FILTERS: Array<{ label: string; value: string; filters: HistoryFilters }> = [
  { label: 'Sentiment', value: 'negative', filters: { sentiment: 'negative' } },
  { label: 'Answered', value: 'unanswered', filters: { answered: 'unanswered' } },
  { label: 'Platform', value: 'instagram', filters: { platform: 'instagram' } },
  { label: 'Stage', value: 'curation', filters: { stage: 'curation' } },
  { label: 'Intent', value: 'question', filters: { intent: 'question' } },
  { label: 'Sentiment', value: 'positive', filters: { sentiment: 'positive' } },
  { label: 'Answered', value: 'answered', filters: { answered: 'answered' } },
];

export function corpusEntries(corpus: Corpus): HistoryEntry[] {
  const replies = new Map<string, { text: string }[]>();
  for (const r of corpus.replies) replies.set(r.commentId, [...(replies.get(r.commentId) ?? []), r]);
  return corpus.comments.map((c, i) => toEntry(c, corpus.annotations[i], replies.get(c.id) ?? []));
}

/**
 * Searches a manager would type: words found in a small share of the comments (0.2% to 5% by
 * default), each with one filter, and what the list must then show (worked out from the corpus).
 */
export function pickSearches(
  corpus: Corpus,
  entries: readonly HistoryEntry[],
  shares: { min: number; max: number } = { min: 0.002, max: 0.05 },
): Search[] {
  const words = [
    ...new Set(
      corpus.comments.slice(0, 2_000).flatMap((c) => c.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []),
    ),
  ];
  const searches: Search[] = [];
  for (const word of words) {
    if (searches.length === FILTERS.length) break;
    const share = entries.filter((e) => e.hay.includes(word)).length / entries.length;
    if (share < shares.min || share > shares.max) continue;
    const { label, value, filters } = FILTERS[searches.length]!;
    const found = entries.filter(entryMatcher({ query: word, filters })).sort(newestFirst);
    if (found.length === 0) continue;
    searches.push({
      query: word,
      filter: { label, value },
      expectTotal: found.length,
      expectFirst: found[0]!.id,
    });
  }
  return searches;
}

/** The unfiltered history's first comment. */
export function newestId(entries: readonly HistoryEntry[]): string {
  return [...entries].sort(newestFirst)[0]!.id;
}
