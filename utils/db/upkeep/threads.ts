import type { TanggapDb } from '../database';
import type { CommentRecord } from '../records';

/**
 * The top of a comment's thread: up through its stored parents. A parent that was never stored
 * ends the walk there, so such a reply is a thread of its own. Null when the comment is gone.
 */
export async function threadRootOf(db: TanggapDb, commentId: string): Promise<CommentRecord | null> {
  let current = await db.comments.get(commentId);
  if (!current) return null;
  const seen = new Set([current.id]);
  // A loop of parents (bad data) must not hang the purge.
  while (current.parentId !== null && !seen.has(current.parentId)) {
    const parent: CommentRecord | undefined = await db.comments.get(current.parentId);
    if (!parent) break;
    seen.add(parent.id);
    current = parent;
  }
  return current;
}

/** The root and every stored reply under it, at any depth. */
export async function threadOf(db: TanggapDb, root: CommentRecord): Promise<CommentRecord[]> {
  const thread = new Map([[root.id, root]]);
  let frontier = [root.id];
  while (frontier.length > 0) {
    const children = await db.comments.where('parentId').anyOf(frontier).toArray();
    frontier = [];
    for (const child of children) {
      if (thread.has(child.id)) continue;
      thread.set(child.id, child);
      frontier.push(child.id);
    }
  }
  return [...thread.values()];
}

/**
 * The latest moment anything happened in a thread: a comment seen or answered, a tag set by the
 * engine or a moderator, a reply logged or its answer seen. A thread is only as old as this.
 */
export async function lastActivity(db: TanggapDb, thread: CommentRecord[]): Promise<number> {
  const ids = thread.map((c) => c.id);
  const [tags, events, replies] = await Promise.all([
    db.annotations.bulkGet(ids),
    db.annotationHistory.where('commentId').anyOf(ids).toArray(),
    db.replies.where('commentId').anyOf(ids).toArray(),
  ]);
  const times = [
    ...thread.flatMap((c) => [c.lastSeenAt, c.answeredAt ?? 0]),
    ...tags.flatMap((t) => (t ? [t.at, t.manual.stage?.at ?? 0, t.manual.sentiment?.at ?? 0] : [])),
    ...events.map((e) => e.at),
    ...replies.flatMap((r) => [r.insertedAt, r.answeredAt ?? 0]),
  ];
  // A missing or garbled time counts as now: unknown age never makes a thread deletable.
  return Math.max(...times.map((t) => (Number.isFinite(t) ? t : Infinity)));
}
