import { z } from 'zod';
import { TABLES } from '@/utils/db/database';
import { onMessage } from '@/utils/messaging/messenger';
import { PANEL_COMMANDS } from '@/utils/messaging/protocol';

/** What the background tells open extension pages; each checked before anyone sees it. */
const schemas = {
  dbChanged: z.object({ tables: z.array(z.enum(TABLES)) }),
  commentSelected: z.object({
    commentId: z.string().min(1).max(300),
    tabId: z.number().int().nonnegative().nullable(),
    at: z.number(),
  }),
  panelCommand: z.object({ command: z.enum(PANEL_COMMANDS) }),
};
type Schemas = typeof schemas;
export type PageMessage = keyof Schemas;
type Listener<K extends PageMessage> = (data: z.output<Schemas[K]>) => void;

const listeners = new Map<PageMessage, Set<Listener<never>>>();
const stops = new Map<PageMessage, () => void>();

/**
 * The messenger allows one listener per message type in a page; every view subscribes here
 * instead, and the one real listener per type fans the news out.
 */
export function subscribe<K extends PageMessage>(type: K, listener: Listener<K>): () => void {
  let set = listeners.get(type);
  if (!set) listeners.set(type, (set = new Set()));
  set.add(listener as Listener<never>);
  if (!stops.has(type)) {
    const stop = onMessage(type, ({ data }: { data: unknown }) => {
      const parsed = schemas[type].safeParse(data);
      if (!parsed.success) return;
      for (const l of listeners.get(type) ?? []) (l as Listener<K>)(parsed.data as z.output<Schemas[K]>);
    });
    stops.set(type, stop);
  }
  return () => {
    set.delete(listener as Listener<never>);
    if (set.size === 0) {
      stops.get(type)?.();
      stops.delete(type);
    }
  };
}
