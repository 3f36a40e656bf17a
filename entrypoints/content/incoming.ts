import { browser } from '#imports';
import * as z from 'zod/mini';
import { onMessage } from '@/utils/messaging/messenger';
import type { PageStatus } from '@/utils/messaging/protocol';

const brandPagesChanged = z.object({
  ids: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(1_000)),
});
const pageStatusRequest = z.object({});

/** Only this extension may talk to the content script, and only in the shapes we know. */
function fromUs(sender: { id?: string }): boolean {
  return sender.id === browser.runtime.id;
}

export function listenIncoming(handlers: {
  status(): PageStatus;
  brandPages(ids: string[]): void;
}): () => void {
  const stops = [
    onMessage('pageStatus', ({ data, sender }) => {
      if (!fromUs(sender) || !pageStatusRequest.safeParse(data ?? {}).success) throw new Error('rejected');
      return handlers.status();
    }),
    onMessage('brandPagesChanged', ({ data, sender }) => {
      const parsed = brandPagesChanged.safeParse(data);
      if (fromUs(sender) && parsed.success) handlers.brandPages(parsed.data.ids);
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
