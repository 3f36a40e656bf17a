import type { DemoComment } from './types';

/** A comment with the id the renderers print; replies always an array. */
export interface NumberedComment extends DemoComment {
  id: string;
  replies: readonly NumberedComment[];
}

/**
 * Gives every comment and reply a numeric id in document order, `prefix` + a zero-padded
 * sequence. Deterministic, so tests and the demo can rely on ids staying put between runs.
 */
export function numberComments(comments: readonly DemoComment[], prefix: string): NumberedComment[] {
  let seq = 0;
  const walk = (list: readonly DemoComment[]): NumberedComment[] =>
    list.map((comment) => {
      seq += 1;
      const id = `${prefix}${String(seq).padStart(6, '0')}`;
      return { ...comment, id, replies: walk(comment.replies ?? []) };
    });
  return walk(comments);
}

/** `{@key}` mentions split out of a text: strings stay text, objects name a person key. */
export function splitMentions(text: string): (string | { mention: string })[] {
  return text
    .split(/(\{@\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const key = /^\{@(\w+)\}$/.exec(part)?.[1];
      return key ? { mention: key } : part;
    });
}
