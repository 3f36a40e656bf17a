import { DEFAULT_TEMPLATES } from '../replies/templates';
import type { TanggapDb } from './database';
import type { TemplateRecord } from './records';
import { readSetting, writeSetting } from './settings';

/**
 * The team's template library. The default set is stored on first use, so the team edits
 * its own copy; a later reset restores the defaults and keeps the team's own templates.
 */
export async function listTemplates(db: TanggapDb): Promise<TemplateRecord[]> {
  await db.transaction('rw', db.templates, db.settings, async () => {
    if (await readSetting(db, 'templatesSeeded')) return;
    await db.templates.bulkPut(DEFAULT_TEMPLATES);
    await writeSetting(db, 'templatesSeeded', true);
  });
  const all = await db.templates.toArray();
  return all.sort((a, b) => a.lang.localeCompare(b.lang) || a.title.localeCompare(b.title));
}

export async function saveTemplate(db: TanggapDb, template: TemplateRecord): Promise<void> {
  await db.templates.put(template);
}

export async function deleteTemplate(db: TanggapDb, id: string): Promise<void> {
  await db.templates.delete(id);
}

export async function resetTemplates(db: TanggapDb): Promise<void> {
  await db.transaction('rw', db.templates, db.settings, async () => {
    await db.templates.bulkPut(DEFAULT_TEMPLATES);
    await writeSetting(db, 'templatesSeeded', true);
  });
}
