import Papa from 'papaparse';
import type { TemplateRecord } from '../db/records';
import { templateSchema } from '../messaging/reply-schemas';
import { unescapeCell } from './csv-cells';
import { TEMPLATE_COLUMNS } from './csv-export';
import { problemOf, type Problem } from './problems';
import type { ReadResult } from './read-json';

const COLUMNS = TEMPLATE_COLUMNS.map(([header]) => header);
/** A spreadsheet user may leave out the labels, cues and time; never what a template says. */
const REQUIRED = ['id', 'lang', 'title', 'text'];
const LISTS = new Set(['stages', 'sentiments', 'intents', 'cues']);

/**
 * Reads a templates CSV (ours, or one edited in a spreadsheet) and reports every problem by
 * row, as the spreadsheet numbers it (the header is row 1), and column. `now` dates a row
 * without an updatedAt.
 */
export function readTemplatesCsv(text: string, now: number): ReadResult<TemplateRecord[]> {
  // Delimiter guessed: Excel in an Indonesian locale saves with semicolons.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false });
  const problems: Problem[] = parsed.errors.map((e) => ({
    place: e.row === undefined ? null : { row: e.row + 1, column: null },
    code: 'csvSyntax',
    values: [e.message],
  }));
  const [headerRow = [], ...rows] = parsed.data;
  const header = headerRow.map((h) => h.trim());
  header.forEach((name, i) => {
    if (!COLUMNS.includes(name))
      problems.push({ place: { row: 1, column: name }, code: 'unknownColumn', values: [name] });
    else if (header.indexOf(name) !== i)
      problems.push({ place: { row: 1, column: name }, code: 'duplicateColumn', values: [name] });
  });
  for (const name of REQUIRED.filter((n) => !header.includes(n)))
    problems.push({ place: { row: 1, column: null }, code: 'missingColumn', values: [name] });

  const templates: TemplateRecord[] = [];
  const firstRow = new Map<string, number>();
  rows.forEach((cells, i) => {
    const row = i + 2;
    // Spreadsheets leave blank lines and trailing empty rows; they hold nothing to import.
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length !== header.length) {
      problems.push({
        place: { row, column: null },
        code: 'columnCount',
        values: [String(cells.length), String(header.length)],
      });
      return;
    }
    const record = recordOf(header, cells, now, row, problems);
    const result = templateSchema.safeParse(record, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push(problemOf(issue, { row, column: String(issue.path[0] ?? '') || null }));
      return;
    }
    const first = firstRow.get(result.data.id);
    if (first !== undefined)
      problems.push({ place: { row, column: 'id' }, code: 'duplicateRow', values: [String(first)] });
    else firstRow.set(result.data.id, row);
    templates.push(result.data);
  });
  if (problems.length > 0) return { ok: false, problems };
  if (templates.length === 0) return { ok: false, problems: [{ place: null, code: 'noRows', values: [] }] };
  return { ok: true, value: templates };
}

function recordOf(header: string[], cells: string[], now: number, row: number, problems: Problem[]) {
  const record: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const cell = unescapeCell(cells[i] ?? '');
    if (LISTS.has(name)) {
      const items = cell
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter(Boolean);
      // No cue words is the same as none given; the labels are always lists.
      if (name !== 'cues' || items.length > 0) record[name] = items;
    } else if (name === 'updatedAt') {
      const time = readTime(cell, now);
      if (time === null)
        problems.push({ place: { row, column: name }, code: 'format', values: ['datetime'] });
      record[name] = time ?? now;
    } else record[name] = cell;
  });
  for (const name of ['stages', 'sentiments', 'intents']) record[name] ??= [];
  record.updatedAt ??= now;
  return record;
}

/** Our ISO time, epoch milliseconds, or blank for "now". */
function readTime(cell: string, now: number): number | null {
  const text = cell.trim();
  if (text === '') return now;
  if (/^\d+$/.test(text)) return Number(text);
  const ms = Date.parse(text);
  return Number.isNaN(ms) || ms < 0 ? null : ms;
}
