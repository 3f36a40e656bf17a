import type { TemplateRecord } from '../../db/records';
import { replyLanguage } from '../types';
import type { ReplySubject } from '../types';

export type TemplateLabels = Pick<TemplateRecord, 'lang' | 'stages' | 'sentiments' | 'intents'>;

/**
 * A template fits a comment when it is in the reply's language and each of its non-empty lists
 * holds the comment's value (an empty list means any; for intents, any one of the comment's).
 */
export function templateMatches(template: TemplateLabels, subject: ReplySubject): boolean {
  return (
    template.lang === replyLanguage(subject.language) &&
    (template.stages.length === 0 || template.stages.includes(subject.stage)) &&
    (template.sentiments.length === 0 || template.sentiments.includes(subject.sentiment)) &&
    (template.intents.length === 0 || template.intents.some((i) => subject.intents.includes(i)))
  );
}
