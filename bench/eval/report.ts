/** Human-readable tables for one evaluated file. Never prints a row's text. */
import type { EngineName } from './engines';
import type { ClassScores, Confusion, MultiLabelScores } from './metrics';
import type { TargetResult } from './targets';
import type { FileScores, SingleLabelResult } from './tasks';

const f3 = (x: number): string => x.toFixed(3);
const pad = (s: string, n: number): string => s.padEnd(n);
const lpad = (s: string, n: number): string => s.padStart(n);

export function confusionTable(c: Confusion, indent = '    '): string[] {
  const w = Math.max(8, ...c.labels.map((l) => l.length)) + 1;
  const first = Math.max(w, 'gold \\ predicted'.length) + 2;
  const head = `${indent}${pad('gold \\ predicted', first)}${c.labels.map((l) => lpad(l, w)).join('')}`;
  const rows = c.labels.map(
    (g) => `${indent}${pad(g, first)}${c.labels.map((p) => lpad(String(c.counts[g]?.[p] ?? 0), w)).join('')}`,
  );
  return [head, ...rows];
}

export function perClassLine(scores: Record<string, ClassScores>, indent = '    '): string[] {
  return Object.entries(scores).map(
    ([label, s]) =>
      `${indent}${pad(label, 16)} P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}  (n=${s.support})`,
  );
}

function single(task: string, r: SingleLabelResult): string[] {
  const goldClasses = Object.values(r.perClass).filter((s) => s.support > 0).length;
  const note = goldClasses === 1 ? '   (one gold class: read accuracy; macro-F1 counts stray labels)' : '';
  return [
    `  ${pad(task, 10)} rows ${lpad(String(r.rows), 5)}   accuracy ${f3(r.accuracy)}   macro-F1 ${f3(r.macroF1)}${note}`,
    ...confusionTable(r.confusion),
    ...perClassLine(r.perClass),
  ];
}

function intents(r: MultiLabelScores & { rows: number }): string[] {
  return [
    `  ${pad('intents', 10)} rows ${lpad(String(r.rows), 5)}   micro-F1 ${f3(r.microF1)} ` +
      `(P ${f3(r.microPrecision)} R ${f3(r.microRecall)})   exact-set accuracy ${f3(r.accuracy)}`,
    ...perClassLine(r.perLabel),
  ];
}

export function fileReport(
  name: string,
  rows: number,
  skipped: number,
  scores: FileScores,
  speed: Record<EngineName, number> | undefined,
  targets: readonly TargetResult[],
  passes: number,
): string[] {
  const out = [`== ${name}   ${rows} rows${skipped > 0 ? `, ${skipped} bad lines skipped` : ''}`];
  const t = scores.tasks;
  if (t.sentiment) out.push(...single('sentiment', t.sentiment));
  if (scores.peers) {
    out.push('    peers on the same rows:');
    const how = { sentiment: 'AFINN-165 score >0/<0', 'vader-sentiment': 'compound >=0.05/<=-0.05' };
    for (const [peer, r] of Object.entries(scores.peers)) {
      const label = `${peer} (${how[peer as keyof typeof how] ?? ''})`;
      out.push(`    ${pad(label, 46)} accuracy ${f3(r.accuracy)}   macro-F1 ${f3(r.macroF1)}`);
    }
  }
  if (t.stage) out.push(...single('stage', t.stage));
  if (t.intents) out.push(...intents(t.intents));
  if (t.language) out.push(...single('language', t.language));
  if (speed) {
    const us = Object.entries(speed)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join('   ');
    out.push(`  speed      µs/comment, median of ${passes} passes: ${us}`);
    const a = speed.sentiment > 0 ? speed.tanggap / speed.sentiment : NaN;
    const b = speed.tanggap > 0 ? speed['vader-sentiment'] / speed.tanggap : NaN;
    out.push(`             tanggap/sentiment ${a.toFixed(2)}   vader-sentiment/tanggap ${b.toFixed(1)}`);
  }
  for (const r of targets) {
    out.push(
      `  target     ${pad(r.name, 30)} ${lpad(r.value.toFixed(3), 9)} ${r.op} ${r.threshold}   ${r.pass ? 'PASS' : 'FAIL'}`,
    );
  }
  return out;
}
