import type { TemplateRecord } from '../../db/records';
import { EN_TEMPLATES } from './en';
import { ID_TEMPLATES } from './id';
import { TOPIC_CUES, topicOf } from './cues';
import type { TemplateData } from './types';

export { templateMatches } from './match';

function records(lang: TemplateRecord['lang'], data: readonly TemplateData[]): TemplateRecord[] {
  return data.map((t) => ({
    ...t,
    lang,
    stages: [...t.stages],
    sentiments: [...t.sentiments],
    intents: [...t.intents],
    ...(TOPIC_CUES[topicOf(t.id)] ? { cues: [...TOPIC_CUES[topicOf(t.id)]!] } : {}),
    updatedAt: 0,
  }));
}

/** The templates a new install starts with, Indonesian then English, each sorted by id. */
export const DEFAULT_TEMPLATES: TemplateRecord[] = [
  ...records('id', ID_TEMPLATES),
  ...records('en', EN_TEMPLATES),
];
