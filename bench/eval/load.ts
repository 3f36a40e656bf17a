/** Reads a JSON-lines evaluation file into items, reporting bad lines by file and line number. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { kindFromName, kindFromRow, toItem, type FileKind, type Item } from './rows';

export class DataError extends Error {
  override name = 'DataError';
}

export interface BadLine {
  line: number;
  message: string;
}

export interface LoadedFile {
  name: string;
  kind: FileKind;
  items: Item[];
  /** Lines left out in 'skip' mode. */
  skipped: BadLine[];
}

/**
 * Parses JSON-lines text. Blank lines are ignored. In 'fail' mode the first bad line throws a
 * DataError naming the file and line; in 'skip' mode bad lines are left out and listed.
 */
export function parseJsonl(name: string, content: string, mode: 'skip' | 'fail'): LoadedFile {
  let kind = kindFromName(name);
  const items: Item[] = [];
  const skipped: BadLine[] = [];
  const bad = (line: number, message: string): void => {
    if (mode === 'fail') throw new DataError(`${name}:${line}: ${message}`);
    skipped.push({ line, message });
  };
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let row: unknown;
    try {
      row = JSON.parse(raw);
    } catch (e) {
      // The parser's own message can quote the line; give only the position (rows stay unprinted).
      const at = /position (\d+)/.exec(e instanceof Error ? e.message : '');
      bad(line, `not valid JSON${at ? ` (at character ${at[1]})` : ''}`);
      return;
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      bad(line, 'expected a JSON object');
      return;
    }
    kind ??= kindFromRow(row);
    const item = toItem(kind, row, line);
    if (typeof item === 'string') bad(line, item);
    else items.push(item);
  });
  return { name, kind: kind ?? 'sentiment', items, skipped };
}

export function loadFile(file: string, mode: 'skip' | 'fail'): LoadedFile {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    throw new DataError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return parseJsonl(basename(file), content, mode);
}
