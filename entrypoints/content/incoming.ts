import { browser } from '#imports';
import * as z from 'zod/mini';
import { onMessage } from '@/utils/messaging/messenger';
import type { InsertResult, PageStatus } from '@/utils/messaging/protocol';

const brandPagesChanged = z.object({
  ids: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(1_000)),
});
const pageStatusRequest = z.object({});
const commentId = z.string().check(z.minLength(1), z.maxLength(300));
const insertRequest = z.object({ commentId, text: z.string().check(z.minLength(1), z.maxLength(8_000)) });
const revealRequest = z.object({ commentId });

/** Only this extension may talk to the content script, and only in the shapes we know. */
function fromUs(sender: { id?: string }): boolean {
  return sender.id === browser.runtime.id;
}

export function listenIncoming(handlers: {
  status(): PageStatus;
  brandPages(ids: string[]): void;
  insertReply(commentId: string, text: string): Promise<InsertResult>;
  reveal(commentId: string): boolean;
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
    onMessage('insertReply', ({ data, sender }) => {
      const parsed = insertRequest.safeParse(data);
      if (!fromUs(sender) || !parsed.success) throw new Error('rejected');
      return handlers.insertReply(parsed.data.commentId, parsed.data.text);
    }),
    onMessage('revealComment', ({ data, sender }) => {
      const parsed = revealRequest.safeParse(data);
      if (!fromUs(sender) || !parsed.success) throw new Error('rejected');
      return handlers.reveal(parsed.data.commentId);
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
