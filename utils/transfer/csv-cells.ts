import Papa from 'papaparse';

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return) as a formula:
 * a comment reading `=HYPERLINK(...)` must stay text. papaparse's own pattern misses cells
 * with a line break, so ours looks at the first character only.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Lists in one cell, as people type them in a spreadsheet. */
export const LIST_SEPARATOR = ', ';

// Excel reads a CSV as the PC's legacy code page unless it starts with a byte-order mark.
const BOM = '\uFEFF';

export type Cell = string | number | boolean | null;

export function timeCell(ms: number | null): string {
  return ms === null ? '' : new Date(ms).toISOString();
}

export function listCell(items: readonly string[] | undefined): string {
  return (items ?? []).join(LIST_SEPARATOR);
}

/** One CSV file: a header row, then a row per record; formula-looking text is quoted. */
export function toCsv(header: readonly string[], rows: readonly Cell[][]): string {
  return (
    BOM +
    Papa.unparse(
      { fields: [...header], data: rows as Cell[][] },
      { escapeFormulae: FORMULA_START, newline: '\r\n' },
    )
  );
}

/** Undoes the quote `toCsv` put before formula-looking text. */
export function unescapeCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
