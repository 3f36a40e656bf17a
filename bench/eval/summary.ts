/** The machine-readable figures of one file, for the single JSON line that ends the run. */
import type { EngineName } from './engines';
import type { ClassScores, Confusion } from './metrics';
import type { TargetResult } from './targets';
import type { FileScores, SingleLabelResult } from './tasks';

/** Rounds to 4 decimals so the JSON line stays readable. */
export const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;

function classes(scores: Record<string, ClassScores>): Record<string, ClassScores> {
  return Object.fromEntries(
    Object.entries(scores).map(([k, s]) => [
      k,
      { precision: r4(s.precision), recall: r4(s.recall), f1: r4(s.f1), support: s.support },
    ]),
  );
}

const counts = (c: Confusion): Confusion['counts'] => c.counts;

function single(r: SingleLabelResult): Record<string, unknown> {
  return {
    rows: r.rows,
    accuracy: r4(r.accuracy),
    macroF1: r4(r.macroF1),
    confusion: counts(r.confusion),
    perClass: classes(r.perClass),
  };
}

export interface FileSummaryInput {
  rows: number;
  skippedLines: number;
  scores: FileScores;
  speed?: Record<EngineName, number>;
  targets: readonly TargetResult[];
  note?: string;
}

export function fileSummary(x: FileSummaryInput): Record<string, unknown> {
  const out: Record<string, unknown> = { rows: x.rows };
  if (x.skippedLines > 0) out['skippedLines'] = x.skippedLines;
  if (x.note) out['note'] = x.note;
  const t = x.scores.tasks;
  if (t.sentiment) out['sentiment'] = single(t.sentiment);
  if (t.stage) out['stage'] = single(t.stage);
  if (t.intents) {
    const i = t.intents;
    out['intents'] = {
      rows: i.rows,
      accuracy: r4(i.accuracy),
      microF1: r4(i.microF1),
      microPrecision: r4(i.microPrecision),
      microRecall: r4(i.microRecall),
      perIntent: classes(i.perLabel),
    };
  }
  if (t.language) out['language'] = single(t.language);
  if (x.scores.peers) {
    out['peers'] = Object.fromEntries(
      Object.entries(x.scores.peers).map(([peer, r]) => [
        peer,
        { sentiment: { accuracy: r4(r.accuracy), macroF1: r4(r.macroF1), confusion: counts(r.confusion) } },
      ]),
    );
  }
  if (x.speed) {
    const s = x.speed;
    out['usPerComment'] = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, r4(v)]));
    out['speedRatios'] = {
      'tanggap/sentiment': s.sentiment > 0 ? r4(s.tanggap / s.sentiment) : null,
      'vader-sentiment/tanggap': s.tanggap > 0 ? r4(s['vader-sentiment'] / s.tanggap) : null,
    };
  }
  if (x.targets.length > 0) {
    out['targets'] = x.targets.map((r) => ({ ...r, value: r4(r.value) }));
  }
  return out;
}
