/** The figures the engine must reach. Reported PASS/FAIL; they never change the exit code. */
import type { EngineName } from './engines';
import type { FileScores } from './tasks';
import type { TrainingNote } from './training';

export interface Target {
  /** What is measured, e.g. "sentiment macro-F1". */
  name: string;
  op: '>=' | '<=';
  threshold: number;
}

export interface TargetResult extends Target {
  value: number;
  pass: boolean;
}

type Figure = (s: FileScores, speed?: Record<EngineName, number>) => number | undefined;

interface TargetRule extends Target {
  /** File names the rule applies to; undefined: every file with the figure. */
  files?: readonly string[];
  figure: Figure;
}

const sentimentF1: Figure = (s) => s.tasks.sentiment?.macroF1;

const RULES: readonly TargetRule[] = [
  {
    name: 'sentiment macro-F1',
    op: '>=',
    threshold: 0.75,
    files: [
      'sentiment-id-smsa-valid.jsonl',
      'sentiment-id-nusax-trainvalid.jsonl',
      'sentiment-en-vader-tweets.jsonl',
    ],
    figure: sentimentF1,
  },
  {
    name: 'sentiment macro-F1',
    op: '>=',
    threshold: 0.7,
    files: ['sentiment-en-nusax-trainvalid.jsonl'],
    figure: sentimentF1,
  },
  {
    name: 'stage macro-F1',
    op: '>=',
    threshold: 0.75,
    files: ['engagement-dev.jsonl'],
    figure: (s) => s.tasks.stage?.macroF1,
  },
  {
    name: 'sentiment macro-F1',
    op: '>=',
    threshold: 0.8,
    files: ['engagement-dev.jsonl'],
    figure: sentimentF1,
  },
  {
    name: 'intents micro-F1',
    op: '>=',
    threshold: 0.75,
    files: ['engagement-dev.jsonl'],
    figure: (s) => s.tasks.intents?.microF1,
  },
  {
    name: 'speed tanggap/sentiment',
    op: '<=',
    threshold: 1.0,
    figure: (_s, us) => (us && us.sentiment > 0 ? us.tanggap / us.sentiment : undefined),
  },
  {
    name: 'speed vader-sentiment/tanggap',
    op: '>=',
    threshold: 30,
    figure: (_s, us) => (us && us.tanggap > 0 ? us['vader-sentiment'] / us.tanggap : undefined),
  },
];

/**
 * `trained`: the shipped model was fitted on this file, so its sentiment score is in-sample; the
 * sentiment target is then judged on the trainer's k-fold figure, and says so.
 */
export function checkTargets(
  fileName: string,
  scores: FileScores,
  speed?: Record<EngineName, number>,
  trained?: TrainingNote,
): TargetResult[] {
  const out: TargetResult[] = [];
  for (const { files, figure, ...target } of RULES) {
    if (files && !files.includes(fileName)) continue;
    if (trained && figure === sentimentF1) {
      if (trained.cvMacroF1 === undefined) continue;
      const value = trained.cvMacroF1;
      const name = `${target.name} (${trained.folds}-fold CV)`;
      out.push({ ...target, name, value, pass: value >= target.threshold });
      continue;
    }
    const value = figure(scores, speed);
    if (value === undefined || !Number.isFinite(value)) continue;
    const pass = target.op === '>=' ? value >= target.threshold : value <= target.threshold;
    out.push({ ...target, value, pass });
  }
  return out;
}
