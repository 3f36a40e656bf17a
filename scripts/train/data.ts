/** Reads the shared development data (never shipped): one labelled row per JSON line. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Label = 'negative' | 'neutral' | 'positive';
export const LABELS: readonly Label[] = ['negative', 'neutral', 'positive'];

export interface Row {
  text: string;
  label: Label;
  /** VADER tweets only: the raters' mean score, -4..4 (the label is its sign beyond ±0.2). */
  score?: number;
}

export const DATA_DIR = resolve(import.meta.dirname, '../../../shared/data');

export function readRows(file: string): Row[] {
  return readFileSync(resolve(DATA_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = JSON.parse(l) as { text: string; label: Label; score?: number };
      return { text: r.text, label: r.label, score: r.score };
    });
}

/** Macro-F1 over the three sentiment labels. */
export function macroF1(gold: readonly Label[], pred: readonly Label[]): number {
  let sum = 0;
  for (const l of LABELS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = pred[i];
      if (p === l && g === l) tp++;
      else if (p === l) fp++;
      else if (g === l) fn++;
    });
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return sum / LABELS.length;
}
