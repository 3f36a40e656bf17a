/**
 * `npm run eval`: scores analyze() on the shared evaluation data (and any --data files) per task,
 * beside the npm peers `sentiment` (AFINN) and `vader-sentiment`, times all three on the same rows,
 * prints tables with the targets, and ends with one JSON line holding every figure.
 *
 * Bad lines: in the shared files they are reported on stderr (file:line), skipped and counted
 * (`skippedLines` in the JSON), so one stray line cannot hide every figure; in a --data file the
 * first bad line stops the run with exit code 1. Targets never change the exit code.
 */
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../utils/analysis/index';
import { parseArgs, USAGE, UsageError } from './eval/args';
import { ENGINES, runnerFor, type EngineName } from './eval/engines';
import { dataDirFor, planFiles, type PlannedFile } from './eval/files';
import { DataError, loadFile } from './eval/load';
import { overviewTable, type OverviewRow } from './eval/overview';
import { fileReport } from './eval/report';
import { measureSpeed } from './eval/speed';
import { fileSummary } from './eval/summary';
import { checkTargets, type TargetResult } from './eval/targets';
import { readTrainingReport, type TrainingReport } from './eval/training';
import { predict, scoreFile } from './eval/tasks';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_BAD_LINES_SHOWN = 10;
/** Untimed warm-up per engine and file: the steady state of a content script reading a feed. */
const WARM_MS = 300;

function evaluate(
  planned: PlannedFile,
  key: string,
  passes: number,
  all: Record<string, unknown>,
  training: TrainingReport,
): { targets: TargetResult[]; overview: OverviewRow } {
  const loaded = loadFile(planned.path, planned.mode);
  for (const bad of loaded.skipped.slice(0, MAX_BAD_LINES_SHOWN)) {
    process.stderr.write(`warning: ${loaded.name}:${bad.line}: ${bad.message} (line skipped)\n`);
  }
  if (loaded.skipped.length > MAX_BAD_LINES_SHOWN) {
    process.stderr.write(`warning: ${loaded.name}: ${loaded.skipped.length} bad lines skipped in all\n`);
  }
  const preds = predict(loaded.name, loaded.items, analyze);
  const scores = scoreFile(loaded, preds);
  let speed: Record<EngineName, number> | undefined;
  if (scores.tasks.sentiment) {
    const runners = Object.fromEntries(ENGINES.map((e) => [e, runnerFor(e, analyze)]));
    speed = measureSpeed(loaded.items, runners, { passes, minPassMs: 25, warmMs: WARM_MS }) as Record<
      EngineName,
      number
    >;
  }
  const trained = scores.tasks.sentiment ? training.files.get(loaded.name) : undefined;
  const targets = checkTargets(loaded.name, scores, speed, trained);
  const note =
    loaded.kind === 'emotion'
      ? 'emotion labels: no task the engine produces (only language is scored)'
      : trained
        ? `TRAINED ON THIS FILE: the sentiment scores below are in-sample; ` +
          (trained.cvMacroF1 === undefined
            ? 'training made no held-out figure for it'
            : `the honest figure is the ${trained.folds}-fold cross-validated macro-F1 from npm run train: ` +
              trained.cvMacroF1.toFixed(3))
        : undefined;
  const lines = fileReport(key, loaded.items.length, loaded.skipped.length, scores, speed, targets, passes);
  if (note) lines.splice(1, 0, `  ${note}`);
  process.stdout.write(`${lines.join('\n')}\n\n`);
  all[key] = fileSummary({
    rows: loaded.items.length,
    skippedLines: loaded.skipped.length,
    scores,
    speed,
    targets,
    note,
  });
  if (trained) Object.assign(all[key] as object, { trainedOn: true, cvMacroF1: trained.cvMacroF1 });
  return { targets, overview: { key, rows: loaded.items.length, scores, speed, trained } };
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const plan = planFiles(args, dataDirFor(repoRoot, process.env), process.cwd());
  if (plan.warning) process.stderr.write(`warning: ${plan.warning}\n`);
  process.stdout.write(`Tanggap evaluation: ${args.only ? '--data files only' : `data ${plan.dataDir}`}\n`);
  if (plan.leftOut.length > 0) {
    process.stdout.write(`left out (training data; --all to include): ${plan.leftOut.join(', ')}\n`);
  }
  const training = readTrainingReport(repoRoot);
  if (training.warning) process.stderr.write(`warning: ${training.warning}\n`);
  process.stdout.write('\n');
  const all: Record<string, unknown> = {};
  const targets: TargetResult[] = [];
  const overview: OverviewRow[] = [];
  for (const planned of plan.files) {
    const base = planned.path.split(/[\\/]/).pop() ?? planned.path;
    const key = base in all ? relative(process.cwd(), planned.path) : base;
    const result = evaluate(planned, key, args.passes, all, training);
    overview.push(result.overview);
    for (const t of result.targets) targets.push({ ...t, name: `${key}: ${t.name}` });
  }
  process.stdout.write(`${overviewTable(overview).join('\n')}\n\n`);
  const failed = targets.filter((t) => !t.pass);
  process.stdout.write(`targets: ${targets.length - failed.length} PASS, ${failed.length} FAIL\n`);
  for (const t of failed) {
    process.stdout.write(`  FAIL ${t.name} = ${t.value.toFixed(3)} (want ${t.op} ${t.threshold})\n`);
  }
  process.stdout.write(`${JSON.stringify(all)}\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  if (e instanceof UsageError) process.stderr.write(`error: ${e.message}\n\n${USAGE}\n`);
  else if (e instanceof DataError) process.stderr.write(`error: ${e.message}\n`);
  else process.stderr.write(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
}
