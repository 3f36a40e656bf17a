import type { AnnotationEvent, ReplyRecord } from '../db/records';
import { PART_KEYS, TABLE_PARTS, type TablePart } from './envelope';
import { jsonPath, type Problem } from './problems';

/**
 * Replies and tag events are numbered by each browser on its own, so reply 5 here and reply 5
 * in a colleague's file are different replies. They are matched by what they are instead.
 */
export function replyIdentity(r: Pick<ReplyRecord, 'commentId' | 'insertedAt' | 'text'>): string {
  return JSON.stringify([r.commentId, r.insertedAt, r.text]);
}

export function eventIdentity(e: AnnotationEvent): string {
  return JSON.stringify([e.commentId, e.kind, e.at, e.kind === 'manual' ? e.field : '']);
}

/** The identity of a record, or null where the record is too broken to have one. */
function identityOf(part: TablePart, record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const r = record as Record<string, unknown>;
  if (part === 'replies') {
    if (typeof r.commentId !== 'string' || typeof r.insertedAt !== 'number' || typeof r.text !== 'string')
      return null;
    return replyIdentity(r as Pick<ReplyRecord, 'commentId' | 'insertedAt' | 'text'>);
  }
  if (part === 'annotationHistory') {
    if (typeof r.commentId !== 'string' || typeof r.at !== 'number') return null;
    return eventIdentity(r as unknown as AnnotationEvent);
  }
  const key = r[PART_KEYS[part]];
  return typeof key === 'string' ? key : null;
}

/**
 * The same record twice in one file: which one should win is a guess, so it is a problem.
 * Runs on the raw file, so it is reported together with every other problem.
 */
export function duplicateProblems(parts: unknown): Problem[] {
  if (typeof parts !== 'object' || parts === null) return [];
  const problems: Problem[] = [];
  for (const part of TABLE_PARTS) {
    const list = (parts as Record<string, unknown>)[part];
    if (!Array.isArray(list)) continue;
    const seen = new Map<string, number>();
    const seenIds = new Map<unknown, number>();
    list.forEach((record: unknown, index) => {
      const identity = identityOf(part, record);
      const key = PART_KEYS[part];
      const first = identity === null ? undefined : seen.get(identity);
      if (first !== undefined) problems.push(duplicate([part, index], [part, first]));
      else if (identity !== null) seen.set(identity, index);
      // A numbered record also may not reuse a number within the file.
      const id = (record as Record<string, unknown> | null)?.[key];
      if ((part === 'replies' || part === 'annotationHistory') && typeof id === 'number') {
        const firstId = seenIds.get(id);
        if (firstId !== undefined) problems.push(duplicate([part, index, key], [part, firstId, key]));
        else seenIds.set(id, index);
      }
    });
  }
  return problems;
}

function duplicate(at: PropertyKey[], first: PropertyKey[]): Problem {
  return {
    place: { path: jsonPath(['parts', ...at]) },
    code: 'duplicate',
    values: [jsonPath(['parts', ...first])],
  };
}
