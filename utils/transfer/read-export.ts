import type { TanggapDb } from '../db/database';
import { readSetting } from '../db/settings';
import { listTemplates } from '../db/templates';
import { commentsCsv, repliesCsv, templatesCsv, type CsvTable } from './csv-export';
import { FORMAT, GROUP_PARTS, TABLE_PARTS, VERSION, type Envelope, type Group, type Parts } from './envelope';

/**
 * The chosen groups as one envelope, read in one transaction so the file is a consistent
 * snapshot even while a page is being captured.
 */
export async function readExport(db: TanggapDb, groups: readonly Group[], now: number): Promise<Envelope> {
  // The library the user sees: on first use that is the default set, stored by this call.
  if (groups.includes('templates')) await listTemplates(db);
  const chosen = new Set<string>(groups.flatMap((g) => GROUP_PARTS[g]));
  const parts: Parts = {};
  await db.transaction('r', [...TABLE_PARTS.map((p) => db.table(p)), db.settings], async () => {
    for (const part of TABLE_PARTS) if (chosen.has(part)) parts[part] = await db.table(part).toArray();
    if (chosen.has('brandVoice')) parts.brandVoice = await readSetting(db, 'brandVoice');
    if (chosen.has('responseTargets')) parts.responseTargets = await readSetting(db, 'responseTargets');
  });
  return { format: FORMAT, version: VERSION, exportedAt: new Date(now).toISOString(), parts };
}

/** One table as a CSV file for a spreadsheet. */
export async function readCsv(db: TanggapDb, table: CsvTable): Promise<string> {
  if (table === 'templates') return templatesCsv(await listTemplates(db));
  if (table === 'replies') return repliesCsv(await db.replies.orderBy('insertedAt').toArray());
  return db.transaction('r', db.comments, db.annotations, async () => {
    const comments = await db.comments.toArray();
    const tags = new Map((await db.annotations.toArray()).map((a) => [a.commentId, a]));
    return commentsCsv(comments.map((comment) => ({ comment, tag: tags.get(comment.id) })));
  });
}
