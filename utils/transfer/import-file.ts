import type { TanggapDb } from '../db/database';
import { applyImport } from './apply-import';
import { MAX_PROBLEMS, type ImportKind, type ImportOutcome } from './outcome';
import { readTanggapJson, type ReadResult } from './read-json';
import { readTemplatesCsv } from './read-templates-csv';
import type { Parts } from './envelope';

/** What a file holds, or everything wrong with it. */
export function readImport(kind: ImportKind, text: string, now: number): ReadResult<Parts> {
  if (kind === 'json') return readTanggapJson(text);
  const read = readTemplatesCsv(text, now);
  return read.ok ? { ok: true, value: { templates: read.value } } : read;
}

/** Reads a file and, only if nothing is wrong with it, writes all of it. */
export async function importFile(
  db: TanggapDb,
  kind: ImportKind,
  text: string,
  now: number,
): Promise<ImportOutcome> {
  const read = readImport(kind, text, now);
  if (!read.ok)
    return { ok: false, problems: read.problems.slice(0, MAX_PROBLEMS), total: read.problems.length };
  return { ok: true, counts: await applyImport(db, read.value) };
}
