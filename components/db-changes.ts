import type { TableName } from '@/utils/db/database';
import { onMessage } from '@/utils/messaging/messenger';

type Listener = (tables: TableName[]) => void;
const listeners = new Set<Listener>();
let stop: (() => void) | null = null;

/**
 * The messenger allows one listener per message type in a page; every view that shows data
 * subscribes here instead, and the one real listener fans the news out.
 */
export function subscribeDbChanged(listener: Listener): () => void {
  listeners.add(listener);
  stop ??= onMessage('dbChanged', ({ data }) => listeners.forEach((l) => l(data.tables)));
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stop?.();
      stop = null;
    }
  };
}
