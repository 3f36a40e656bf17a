import type { AnnotatedCapture } from '@/utils/capture/tags';
import type { ManualTags } from '@/utils/db/records';
import { toJsonPayload } from '@/utils/messaging/json-payload';
import { sendMessage } from '@/utils/messaging/messenger';

/** The background takes at most this many comments a message. */
const BATCH = 500;
/** After one send, wait this long before the next, so a loading thread goes in a few batches. */
const FLUSH_MS = 300;
/** First retry after a storage failure, doubling up to the maximum. */
const RETRY_FIRST_MS = 10_000;
const RETRY_MAX_MS = 300_000;

type Batch = Omit<AnnotatedCapture, 'comments' | 'tags'>;
type Item = { comment: AnnotatedCapture['comments'][number]; tag: AnnotatedCapture['tags'][number] };

/**
 * Collects new and changed comments and sends them to the background in batches, off the
 * page's busy moments. The reply brings back the moderators' corrections for those comments.
 */
export function createStoreQueue(
  onManual: (manual: Record<string, ManualTags>) => void,
  onError: (error: unknown) => void,
) {
  const pending = new Map<string, Item>();
  let context: Batch | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = 0;
  /** Back-off while the background cannot store (full disk, an upgrade held up). */
  let retryMs = 0;

  const flush = async () => {
    timer = undefined;
    lastSent = Date.now();
    if (!context) return;
    const items = [...pending.values()];
    pending.clear();
    for (let i = 0; i < items.length; i += BATCH) {
      const slice = items.slice(i, i + BATCH);
      try {
        const result = await sendMessage(
          'storeCapture',
          toJsonPayload({ ...context, comments: slice.map((x) => x.comment), tags: slice.map((x) => x.tag) }),
        );
        onManual(result.manual);
        retryMs = 0;
      } catch (error) {
        onError(error);
        // Not stored: keep this batch and the rest for a later try (unless newer copies came);
        // the batches after it would fail the same way. Only storage trouble is retried, so
        // data the background refuses is not sent forever.
        if ((error as { name?: string }).name !== 'StorageProblem') continue;
        for (const item of items.slice(i))
          if (!pending.has(item.comment.id)) pending.set(item.comment.id, item);
        retryMs = Math.min(retryMs * 2 || RETRY_FIRST_MS, RETRY_MAX_MS);
        timer ??= setTimeout(() => void flush(), retryMs);
        return;
      }
    }
  };

  return {
    add(batch: Batch, items: Item[]) {
      context = batch;
      for (const item of items) pending.set(item.comment.id, item);
      // The first reading goes at once (the tab may close soon); later ones are gathered.
      const wait = Math.max(0, lastSent + FLUSH_MS - Date.now());
      timer ??= setTimeout(() => void flush(), wait);
    },
    flushNow: flush,
  };
}
