import { buildCorpus, type Corpus } from '@/bench/db/corpus';
import { BUILT_IN_SAMPLES } from '@/bench/db/samples';
import type { TanggapDb } from '@/utils/db/database';

/** A generated history bulk-written the way the background stores it. */
export async function seedCorpus(
  db: TanggapDb,
  options: { comments: number; replies: number; now: number; undated?: number },
): Promise<Corpus> {
  const corpus = buildCorpus(BUILT_IN_SAMPLES, options);
  await db.transaction('rw', [db.pages, db.comments, db.annotations, db.replies], async () => {
    await db.pages.bulkPut(corpus.pages);
    await db.comments.bulkPut(corpus.comments);
    await db.annotations.bulkPut(corpus.annotations);
    await db.replies.bulkAdd(corpus.replies);
  });
  return corpus;
}
