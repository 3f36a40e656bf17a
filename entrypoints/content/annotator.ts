import type { AutoTag, ManualTags } from '@/utils/db/records';
import { sendMessage } from '@/utils/messaging/messenger';
import type { FoundComment, PageReading, SiteAdapter } from '@/utils/sites/types';
import { autoTag } from './auto-tag';
import { createBadge, type Badge } from './badges/badge';
import type { TagPick } from './badges/tag-menu';
import type { BadgeView } from './badges/view';
import { countPost, createPostSummary, type PostSummary } from './post-summary';
import { createStoreQueue } from './store-queue';

/** Engine time per task before yielding, so no task blocks the page for long. */
const SLICE_MS = 12;
/** Milliseconds of reading ahead per task before a first (full) read of a large page. */
const READ_SLICE_MS = 20;

interface Known {
  signature: string;
  tag: AutoTag;
}

/**
 * Puts a badge beside every comment the adapter finds and a summary on every post, keeps them
 * there through re-renders, and sends what is new to the background.
 */
export function createAnnotator(
  adapter: SiteAdapter,
  onError: (error: unknown) => void,
  /** Runs our DOM writes so that the page observer can set aside the records they make. */
  writing: (write: () => void) => void = (write) => write(),
) {
  const cache = adapter.createCache();
  const known = new Map<string, Known>();
  const manual = new Map<string, ManualTags>();
  const badges = new WeakMap<Element, Badge>();
  const shown = new WeakMap<Badge, string>();
  const summaries = new WeakMap<Element, PostSummary>();
  /** The comment object each element's badge was last brought up to date with. */
  const handled = new WeakMap<Element, FoundComment>();
  /** Every element we added, so leaving the brand page takes them all away again. */
  const placed = new Set<HTMLElement>();
  let reading: PageReading | null = null;

  const viewOf = (id: string, tag: AutoTag, byPage = false): BadgeView => {
    const m = manual.get(id);
    const by = m?.stage?.by ?? m?.sentiment?.by ?? null;
    return {
      commentId: id,
      stage: m?.stage?.value ?? tag.stage,
      sentiment: m?.sentiment?.value ?? tag.sentiment,
      intents: tag.intents,
      confidence: tag.stageConfidence,
      cues: [...tag.cues.stage, ...tag.cues.sentiment],
      manualBy: by,
      byPage,
    };
  };

  const queue = createStoreQueue((found) => {
    for (const [id, tags] of Object.entries(found)) manual.set(id, tags);
    if (Object.keys(found).length > 0) renderAll();
  }, onError);

  const pick = async (choice: TagPick, commentId: string) => {
    try {
      await queue.flushNow();
      const record = await sendMessage('setManualTag', { commentId, ...choice });
      manual.set(commentId, record.manual);
      renderAll();
    } catch (error) {
      onError(error);
    }
  };

  const place = (comment: FoundComment, tag: AutoTag) => {
    const anchor = adapter.badgeAnchor(comment.element);
    if (!anchor) return;
    let badge = badges.get(comment.element);
    if (!badge) {
      badge = createBadge(
        (choice, id) => void pick(choice, id),
        (id) => sendMessage('selectComment', { commentId: id }).catch(onError),
      );
      badges.set(comment.element, badge);
      placed.add(badge.host);
    }
    // Re-rendered or dropped by the page: put it back, once, right after its anchor.
    if (badge.host.previousSibling !== anchor) anchor.after(badge.host);
    const view = viewOf(comment.id, tag, comment.byPage);
    const key = `${view.commentId}|${view.stage}|${view.sentiment}|${view.manualBy}|${view.intents.join()}|${view.byPage}`;
    if (shown.get(badge) !== key) {
      badge.render(view);
      shown.set(badge, key);
    }
  };

  /** Per post: its comments' counts, grouped in one pass over the reading. */
  const summarise = () => {
    if (!reading) return;
    const byPost = new Map<string, FoundComment[]>();
    for (const c of reading.comments) {
      const list = byPost.get(c.postId);
      if (list) list.push(c);
      else byPost.set(c.postId, [c]);
    }
    for (const post of reading.posts) {
      const anchor = adapter.summaryAnchor(post.element);
      if (!anchor) continue;
      let summary = summaries.get(post.element);
      if (!summary) {
        summary = createPostSummary();
        summaries.set(post.element, summary);
        placed.add(summary.host);
      }
      if (summary.host.previousSibling !== anchor) anchor.after(summary.host);
      summary.render(countPost(byPost.get(post.id) ?? [], shownTag));
    }
  };

  /** The stage and sentiment a badge shows: the moderator's where set, else the engine's. */
  const shownTag = (id: string) => {
    const k = known.get(id);
    if (!k) return undefined;
    const m = manual.get(id);
    return { stage: m?.stage?.value ?? k.tag.stage, sentiment: m?.sentiment?.value ?? k.tag.sentiment };
  };

  function renderAll() {
    if (reading) placeAll(reading.comments);
  }

  /** Badges for these comments and the posts' summaries, written together: one layout for the page. */
  function placeAll(comments: readonly FoundComment[]) {
    writing(() => {
      for (const comment of comments) {
        const k = known.get(comment.id);
        if (k) place(comment, k.tag);
        handled.set(comment.element, comment);
      }
      summarise();
    });
  }

  /**
   * Reads the page once and brings every badge up to date; resolves with the comment count, or
   * null where the layout is not recognised. The engine runs in slices between which the page
   * may work; all badge writes then happen together, so the page lays out once, not per slice.
   * `records`: every page mutation since the last scan, so only the comments they touch are read.
   */
  async function scan(records?: readonly MutationRecord[]): Promise<number | null> {
    // Without records (first scan, navigation) the adapter checks every comment.
    if (records) cache.noteMutations(records);
    // Only a removal can have taken our elements away with the page's.
    if (!records || records.some((r) => r.removedNodes.length > 0)) pruneDue = true;
    const url = new URL(location.href);
    // A full read of thousands of comments would be one long task: read ahead in slices first.
    while (!adapter.readAhead(document, url, cache, READ_SLICE_MS)) await yieldToPage();
    const next = adapter.read(document, url, cache);
    reading = next;
    if (!next) return null;
    const fresh: Parameters<typeof queue.add>[1] = [];
    // Only comments that are new or changed since the last scan, or whose badge the page
    // dropped: the adapter hands back an unchanged comment as the very same object.
    const touched: FoundComment[] = [];
    // Yield only when the engine has had its time: a small change is then handled in one go,
    // before the page next paints, and the page lays out and paints once.
    let sliceStart = performance.now();
    for (let i = 0; i < next.comments.length; i++) {
      const comment = next.comments[i]!;
      if (handled.get(comment.element) === comment && badges.get(comment.element)?.host.isConnected) continue;
      if (touched.length % 50 === 49 && performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
      touched.push(comment);
      fresh.push(...refresh(comment));
    }
    if (reading !== next) return next.comments.length; // a newer scan took over while we yielded
    placeAll(touched);
    if (fresh.length > 0) {
      queue.add({ page: next.page, posts: next.posts.map(({ element: _, ...post }) => post) }, fresh);
    }
    return next.comments.length;
  }

  /** Runs the engine on a comment that is new or whose text changed; returns what to store. */
  function refresh(found: FoundComment): Parameters<typeof queue.add>[1] {
    const { element: _, ...comment } = found;
    const signature = `${comment.text}|${comment.reactions}|${comment.permalink}|${comment.byPage}`;
    let k = known.get(comment.id);
    if (!k && comment.provisionalId) k = adoptProvisional(comment.provisionalId, comment.id);
    if (k && k.signature === signature) return [];
    const tag = k && k.signature.startsWith(`${comment.text}|`) ? k.tag : autoTag(found);
    known.set(comment.id, { signature, tag });
    return [{ comment, tag: { commentId: comment.id, tag } }];
  }

  function adoptProvisional(oldId: string, newId: string): Known | undefined {
    const k = known.get(oldId);
    const m = manual.get(oldId);
    if (m) manual.set(newId, m);
    return k;
  }

  let pruneDue = false;
  /** Forgets our elements the page has dropped with their comments, so the set does not grow. */
  function prune() {
    if (!pruneDue) return;
    pruneDue = false;
    for (const host of placed) if (!host.isConnected) placed.delete(host);
  }

  function dispose() {
    for (const host of placed) host.remove();
    placed.clear();
    reading = null;
  }

  return {
    scan: async (records?: readonly MutationRecord[]) => {
      const count = await scan(records);
      prune();
      return count;
    },
    dispose,
    /** The element of a comment in the last reading, if the page still shows it. */
    find: (commentId: string) => reading?.comments.find((c) => c.id === commentId && c.element.isConnected),
    /** The badge host of a comment's element. */
    badgeOf: (element: Element) => badges.get(element)?.host,
    owns: (node: Node) => node instanceof Element && node.localName.startsWith('tanggap-'),
  };
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
