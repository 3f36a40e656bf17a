/**
 * What the shipped sentiment weights were fitted on, read from the report `npm run train` writes
 * beside them (utils/analysis/model/training-report.json). A file the model was trained on
 * scores in-sample: the eval marks it and shows the trainer's k-fold figure as the honest one.
 * Only the eval reads the report; product code never imports it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface TrainingNote {
  /** The k-fold cross-validated sentiment macro-F1 from training, when the trainer made one. */
  cvMacroF1?: number;
  folds: number;
}

export interface TrainingReport {
  /** Per file name the model was fitted on. */
  files: ReadonlyMap<string, TrainingNote>;
  /** Set when the report is missing or does not belong to the weights in the tree. */
  warning?: string;
}

interface RawReport {
  weightsSha256?: string;
  trainedOn?: string[];
  crossValidation?: { folds?: number; macroF1?: Record<string, number> };
}

const MODEL_DIR = 'utils/analysis/model';

export function readTrainingReport(repoRoot: string): TrainingReport {
  const path = resolve(repoRoot, MODEL_DIR, 'training-report.json');
  const files = new Map<string, TrainingNote>();
  if (!existsSync(path)) return { files, warning: `no ${MODEL_DIR}/training-report.json: run npm run train` };
  const raw = JSON.parse(readFileSync(path, 'utf8')) as RawReport;
  const folds = raw.crossValidation?.folds ?? 0;
  for (const name of raw.trainedOn ?? []) {
    files.set(name, { folds, cvMacroF1: raw.crossValidation?.macroF1?.[name] });
  }
  const weights = readFileSync(resolve(repoRoot, MODEL_DIR, 'sentiment-weights.ts'), 'utf8');
  const sha = createHash('sha256').update(weights).digest('hex');
  const warning =
    sha === raw.weightsSha256
      ? undefined
      : 'training-report.json does not match the weights (edited by hand?): its k-fold figures may be stale';
  return { files, warning };
}
