import type { Corpus } from '@/bench/db/corpus';
import type { HistoryQuery } from '@/utils/db/history/filters';

/**
 * What a search should find, worked out the slow plain way from the stored records, apart from
 * the index's own code: every comment checked field by field, then sorted.
 */
export function referenceSearch(corpus: Corpus, { query, filters: f }: HistoryQuery): string[] {
  const tags = new Map(corpus.annotations.map((a) => [a.commentId, a]));
  const replies = new Map<string, string[]>();
  for (const r of corpus.replies) replies.set(r.commentId, [...(replies.get(r.commentId) ?? []), r.text]);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const found = corpus.comments.filter((c) => {
    const tag = tags.get(c.id);
    const ours = replies.get(c.id) ?? [];
    const text = [c.authorName, c.text, ...ours].join(' ').toLowerCase();
    const time = c.createdAt ?? c.firstSeenAt;
    if (f.pageId && c.pageId !== f.pageId) return false;
    if (f.platform && c.platform !== f.platform) return false;
    if (f.stage && tag?.stage !== f.stage) return false;
    if (f.sentiment && tag?.sentiment !== f.sentiment) return false;
    if (f.intent && !tag?.intents.includes(f.intent)) return false;
    if (f.answered === 'answered' && c.answeredAt === null) return false;
    if (f.answered === 'unanswered' && (c.answeredAt !== null || c.byPage)) return false;
    if (f.from !== undefined && time < f.from) return false;
    if (f.to !== undefined && time > f.to) return false;
    return words.every((w) => text.includes(w));
  });
  const key = (c: (typeof found)[number]) =>
    [c.createdAt === null ? 0 : 1, c.createdAt ?? c.firstSeenAt] as const;
  return found
    .sort((a, b) => {
      const [da, ta] = key(a);
      const [db, tb] = key(b);
      if (da !== db) return db - da;
      if (ta !== tb) return tb - ta;
      return a.id < b.id ? 1 : -1;
    })
    .map((c) => c.id);
}
