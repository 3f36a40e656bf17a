import type { TemplateRecord } from '../../db/records';

/** A default template as written in a data file: the language comes from the file. */
export type TemplateData = Omit<TemplateRecord, 'lang' | 'updatedAt'>;
