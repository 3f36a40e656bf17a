import type { ImportCounts } from './apply-import';
import type { Problem } from './problems';

/** The files one export makes: the popup names each with the date and downloads it. */
export interface ExportStarted {
  exportId: string;
  /** Epoch ms, the time in the file names. */
  exportedAt: number;
  files: Array<{ stem: string; extension: 'json' | 'csv'; chunks: number }>;
}

/** Problems are capped in the answer: the total still says how many there are. */
export const MAX_PROBLEMS = 10_000;

export type ImportOutcome =
  { ok: true; counts: ImportCounts } | { ok: false; problems: Problem[]; total: number };

export const IMPORT_KINDS = ['json', 'templatesCsv'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** `tanggap-2025-03-01.json`, `tanggap-comments-2025-03-01.csv`: the local date, sortable. */
export function fileName(stem: string, extension: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${stem}-${date}.${extension}`;
}
