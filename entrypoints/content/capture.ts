import type { ContentScriptContext } from '#imports';
import { i18n } from '#imports';
import type { Capture } from '@/utils/capture/schema';
import { sendMessage } from '@/utils/messaging/messenger';
import { adapterFor } from '@/utils/sites';
import { toCapture } from '@/utils/sites/types';
import { mountStatus } from './status';

/** Re-reading on every mutation would run hundreds of times while a thread loads. */
const SETTLE_MS = 250;

/**
 * Reads the page through its site adapter, stores what it finds through the background, and
 * shows a small status chip. Re-reads when the page adds nodes (late comments, navigation).
 */
export function startCapture(ctx: ContentScriptContext): void {
  const adapter = adapterFor(location.hostname);
  if (!adapter) return;
  const status = mountStatus(ctx);
  let lastSignature = '';

  const run = async () => {
    const reading = adapter.read(document, new URL(location.href));
    if (!reading) {
      status.show(i18n.t('content.layoutUnknown'), 'unknown');
      return;
    }
    const capture = toCapture(reading);
    const signature = signatureOf(capture);
    if (signature === lastSignature) return;
    lastSignature = signature;
    status.show(i18n.t('content.found', capture.comments.length, [String(capture.comments.length)]), 'ok');
    status.setCount(capture.comments.length);
    try {
      await sendMessage('storeCapture', capture);
    } catch (error) {
      status.show(i18n.t('common.error', [String(error)]), 'error');
    }
  };

  let timer: number | undefined;
  const schedule = () => {
    if (timer !== undefined) return;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      void run();
    }, SETTLE_MS);
  };

  const observer = new MutationObserver((records) => {
    // Our own chip changing is no reason to re-read the page.
    if (records.every((r) => status.owns(r.target))) return;
    schedule();
  });
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['href'],
  });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  void run();
}

/** Cheap change detection: what the adapter read, in a few numbers and ids. */
function signatureOf(capture: Capture): string {
  const ids = capture.comments.map((c) => c.id).join('|');
  return `${location.href}#${capture.posts.length}#${ids}`;
}
