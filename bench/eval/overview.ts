/** One line per file with the headline figures, printed above the targets. */
import type { EngineName } from './engines';
import type { FileScores } from './tasks';
import type { TrainingNote } from './training';

export interface OverviewRow {
  key: string;
  rows: number;
  scores: FileScores;
  speed?: Record<EngineName, number>;
  /** Set when the shipped model was fitted on this file (its own score is in-sample). */
  trained?: TrainingNote;
}

const f2 = (x: number | undefined): string => (x === undefined ? '-' : x.toFixed(2));
const us = (x: number | undefined): string => (x === undefined ? '-' : x.toFixed(1));

const COLUMNS: readonly [string, number][] = [
  ['file', 38],
  ['rows', 6],
  ['senti F1', 9],
  ['AFINN', 6],
  ['VADER', 6],
  ['stage F1', 9],
  ['intent µF1', 11],
  ['lang acc', 9],
  ['µs tanggap', 11],
  ['µs AFINN', 9],
  ['µs VADER', 9],
];

function line(cells: readonly string[]): string {
  return cells
    .map((c, i) => (i === 0 ? c.padEnd(COLUMNS[0]?.[1] ?? 0) : c.padStart(COLUMNS[i]?.[1] ?? 0)))
    .join(' ');
}

export function overviewTable(rows: readonly OverviewRow[]): string[] {
  const body = rows.map((r) => {
    const t = r.scores.tasks;
    // A file the model was trained on shows its k-fold figure, marked, never the in-sample one.
    let senti = f2(t.sentiment?.macroF1);
    if (r.trained) senti = r.trained.cvMacroF1 === undefined ? '- *' : `${f2(r.trained.cvMacroF1)} cv*`;
    return line([
      r.trained ? `${r.key} *` : r.key,
      String(r.rows),
      senti,
      f2(r.scores.peers?.sentiment.macroF1),
      f2(r.scores.peers?.['vader-sentiment'].macroF1),
      f2(t.stage?.macroF1),
      f2(t.intents?.microF1),
      f2(t.language?.accuracy),
      us(r.speed?.tanggap),
      us(r.speed?.sentiment),
      us(r.speed?.['vader-sentiment']),
    ]);
  });
  const notes = rows
    .filter((r) => r.trained)
    .map((r) => {
      const inSample = f2(r.scores.tasks.sentiment?.macroF1);
      return r.trained?.cvMacroF1 === undefined
        ? `* ${r.key}: TRAINED ON THIS FILE and no held-out figure for it; the in-sample score (${inSample}) is not a measure.`
        : `* ${r.key}: TRAINED ON THIS FILE. senti F1 is the ${r.trained.folds}-fold cross-validated ` +
            `figure from npm run train; the in-sample score (${inSample}) is not a measure.`;
    });
  return [
    'overview (macro-F1 unless marked; AFINN = sentiment, VADER = vader-sentiment)',
    line(COLUMNS.map(([h]) => h)),
    ...body,
    ...notes,
  ];
}
