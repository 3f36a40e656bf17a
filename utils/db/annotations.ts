import type { ManualTagRequest } from '../capture/tags';
import type { TanggapDb } from './database';
import type { AnnotationEvent, AnnotationRecord, AutoTag, ManualTags } from './records';

export const ENGINE = 'tanggap';

function sameTag(a: AutoTag, b: AutoTag): boolean {
  return (
    a.stage === b.stage &&
    a.sentiment === b.sentiment &&
    a.intents.length === b.intents.length &&
    a.intents.every((intent) => b.intents.includes(intent))
  );
}

/** A moderator's correction wins over the engine, field by field. */
function effective(
  commentId: string,
  pageId: string,
  auto: AutoTag,
  manual: ManualTags,
  at: number,
): AnnotationRecord {
  return {
    commentId,
    pageId,
    auto,
    manual,
    stage: manual.stage?.value ?? auto.stage,
    sentiment: manual.sentiment?.value ?? auto.sentiment,
    intents: auto.intents,
    source: manual.stage || manual.sentiment ? 'manual' : 'auto',
    at,
  };
}

/**
 * Stores the engine's tags for a batch; appends to the history only where a tag is new or
 * changed, so re-reading a page does not flood it. Returns the manual corrections the batch has.
 */
export async function storeAutoTags(
  db: TanggapDb,
  pageId: string,
  tags: ReadonlyArray<{ commentId: string; tag: AutoTag }>,
  now: number,
): Promise<Record<string, ManualTags>> {
  return db.transaction('rw', db.annotations, db.annotationHistory, async () => {
    const old = await db.annotations.bulkGet(tags.map((t) => t.commentId));
    const rows: AnnotationRecord[] = [];
    const events: AnnotationEvent[] = [];
    const manual: Record<string, ManualTags> = {};
    tags.forEach(({ commentId, tag }, i) => {
      const previous = old[i];
      if (previous && (previous.manual.stage || previous.manual.sentiment))
        manual[commentId] = previous.manual;
      if (previous && sameTag(previous.auto, tag)) return;
      rows.push(effective(commentId, pageId, tag, previous?.manual ?? {}, now));
      events.push({ commentId, kind: 'auto', tag, by: ENGINE, at: now });
    });
    await db.annotations.bulkPut(rows);
    await db.annotationHistory.bulkAdd(events);
    return manual;
  });
}

export class UnknownComment extends Error {
  override name = 'UnknownComment';
}

/** Records a moderator's correction and returns the comment's new current tag. */
export async function setManualTag(
  db: TanggapDb,
  request: ManualTagRequest,
  by: string,
  now: number,
): Promise<AnnotationRecord> {
  return db.transaction('rw', db.annotations, db.annotationHistory, async () => {
    const current = await db.annotations.get(request.commentId);
    if (!current) throw new UnknownComment(`No tag stored for comment ${request.commentId}`);
    const manual: ManualTags = { ...current.manual, [request.field]: { value: request.value, by, at: now } };
    const next = effective(current.commentId, current.pageId, current.auto, manual, now);
    await db.annotations.put(next);
    await db.annotationHistory.add({
      commentId: request.commentId,
      kind: 'manual',
      ...pick(request),
      by,
      at: now,
    });
    return next;
  });
}

function pick(request: ManualTagRequest): { field: ManualTagRequest['field']; value: string } {
  return { field: request.field, value: request.value };
}

export function annotationHistory(db: TanggapDb, commentId: string): Promise<AnnotationEvent[]> {
  return db.annotationHistory.where('commentId').equals(commentId).sortBy('at');
}
