import type { ContentScriptContext } from '#imports';
import { i18n } from '#imports';
import { sendMessage } from '@/utils/messaging/messenger';
import type { SiteAdapter } from '@/utils/sites/types';
import { createAnnotator } from './annotator';
import { currentPageId, normaliseIds } from './brand-gate';
import { listenIncoming } from './incoming';
import { insertReply } from './insert-reply';
import { cachedMessage } from './messages';
import { mountStatus, type StatusChip } from './status';

/** Mutations settle for this long before a re-read: a thread loading adds nodes in bursts. */
const SETTLE_MS = 40;
/**
 * A change this small (in mutation records) is read at once, in the observer's callback: our
 * badges then land in the same frame as the page's own change, and the page is laid out and
 * painted once instead of twice. Bigger bursts wait for SETTLE_MS.
 */
const SAME_FRAME_RECORDS = 200;
/** How long a comment shown from the side panel keeps its ring. */
const FLASH_MS = 2_500;
/** Where the address names no page, look again this often after a navigation while the page renders. */
const RECHECK_MS = [300, 1_000, 2_500, 5_000];

/**
 * Tanggap on one tab: does nothing unless the page is one of the user's brand pages; there it
 * annotates every comment and keeps doing so as the page changes.
 */
export async function startTanggap(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  let brandIds = normaliseIds((await sendMessage('brandPages', {})).map((p) => p.id));
  let active: {
    annotator: ReturnType<typeof createAnnotator>;
    observer: MutationObserver;
    /** Page mutations since the last scan: the adapter re-reads only the comments they touch. */
    records: MutationRecord[];
  } | null = null;
  // Shown only once the page is read: on a layout we do not recognise we add nothing at all.
  let status: StatusChip | null = null;
  let state = { pageId: null as string | null, recognised: false, comments: 0 };

  const pageRecords = (records: MutationRecord[], owns: (node: Node) => boolean) =>
    records.filter((r) => !isOurs(r, owns) && !status?.owns(r.target));

  const stop = () => {
    active?.observer.disconnect();
    active?.annotator.dispose();
    status?.remove();
    status = null;
    active = null;
  };

  let scanning = false;
  let again = false;
  const scan = async () => {
    if (!active) return;
    // One scan at a time; what arrives meanwhile is read right after.
    if (scanning) {
      again = true;
      return;
    }
    scanning = true;
    try {
      await scanOnce();
    } finally {
      scanning = false;
    }
    if (again) {
      again = false;
      schedule();
    }
  };

  const scanOnce = async () => {
    if (!active) return;
    // Those still queued too: any change before the read must reach it (or the next one).
    const records = [...active.records, ...pageRecords(active.observer.takeRecords(), active.annotator.owns)];
    active.records = [];
    const count = await active.annotator.scan(records);
    state = { ...state, recognised: count !== null, comments: count ?? 0 };
    if (count === null) {
      status?.remove();
      status = null;
      return;
    }
    status ??= mountStatus(ctx);
    if (status.count !== count || status.kind !== 'ok') status.show(foundText(count), 'ok');
    status.setCount(count);
  };

  let timer: number | undefined;
  const schedule = () => {
    timer ??= ctx.setTimeout(() => {
      timer = undefined;
      void scan();
    }, SETTLE_MS);
  };

  const start = () => {
    const annotator = createAnnotator(
      adapter,
      (error) => status?.show(i18n.t('common.error', [String(error)]), 'error'),
      (write) => {
        // The page's records so far are kept; those our writes then make are dropped unread
        // (nothing else runs in between), instead of being sifted out one by one.
        const before = active ? pageRecords(active.observer.takeRecords(), annotator.owns) : [];
        write();
        active?.observer.takeRecords();
        if (active && before.length > 0) {
          active.records.push(...before);
          schedule();
        }
      },
    );
    const observer = new MutationObserver((records) => {
      // Our own badges coming and going are no reason to read the page again.
      const page = pageRecords(records, annotator.owns);
      if (page.length === 0 || !active) return;
      active.records.push(...page);
      if (!scanning && state.recognised && page.length <= SAME_FRAME_RECORDS) void scan();
      else schedule();
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      // Edited comment text can change a text node in place; the adapter must hear of it.
      characterData: true,
      attributes: true,
      attributeFilter: ['href'],
    });
    active = { annotator, observer, records: [] };
    void scan();
  };

  const evaluate = () => {
    state.pageId = currentPageId(adapter, location.href);
    const isBrand = state.pageId !== null && brandIds.has(state.pageId);
    if (isBrand && !active) start();
    else if (!isBrand && active) stop();
  };

  const afterNavigation = () => {
    evaluate();
    // A new address on the same brand page shows new posts: read them.
    if (active) schedule();
    for (const ms of RECHECK_MS) ctx.setTimeout(evaluate, ms);
  };

  const stopListening = listenIncoming({
    status: () => ({
      url: location.href,
      pageId: state.pageId,
      isBrandPage: active !== null,
      recognised: state.recognised,
      comments: state.comments,
    }),
    brandPages: (ids) => {
      brandIds = normaliseIds(ids);
      evaluate();
    },
    insertReply: async (commentId, text) => {
      const found = active?.annotator.find(commentId);
      return found ? insertReply(adapter, found.element, text) : { ok: false, reason: 'not-found' };
    },
    reveal: (commentId) => {
      const found = active?.annotator.find(commentId);
      if (!found) return false;
      found.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
      const host = active?.annotator.badgeOf(found.element);
      host?.setAttribute('data-flash', '');
      ctx.setTimeout(() => host?.removeAttribute('data-flash'), FLASH_MS);
      return true;
    },
  });
  ctx.onInvalidated(() => {
    stop();
    stopListening();
  });
  ctx.addEventListener(window, 'wxt:locationchange', afterNavigation);
  afterNavigation();
}

/** "n comments found", in the plural form the count takes (0, 1 or more). */
function foundText(count: number): string {
  const form = count === 0 || count === 1 ? count : 2;
  return cachedMessage(`content.found.${form}`, (s) => i18n.t('content.found', form, [s[0]!]), [
    String(count),
  ]);
}

function isOurs(record: MutationRecord, owns: (node: Node) => boolean): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return record.type === 'childList' && nodes.length > 0 && nodes.every(owns);
}
