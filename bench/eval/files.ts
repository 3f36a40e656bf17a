/** Which files a run evaluates, and how strictly each is read. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EvalArgs } from './args';
import { DataError } from './load';

/**
 * Left out unless --all: SmSA train is what `npm run train` fits the Indonesian lexicon weights
 * on, so scoring it measures memorisation rather than how the engine generalises (the SmSA
 * valid split and NusaX do that), and its 11000 rows would make the run several times longer.
 */
export const SKIPPED_BY_DEFAULT = ['sentiment-id-smsa-train.jsonl'];

export interface PlannedFile {
  path: string;
  /** Shared files skip and count bad lines; files given with --data fail on the first. */
  mode: 'skip' | 'fail';
}

export interface Plan {
  dataDir: string;
  files: PlannedFile[];
  /** Shared files left out, for the report. */
  leftOut: string[];
  /** Set when the shared folder is missing but --data files keep the run going. */
  warning?: string;
}

export function dataDirFor(repoRoot: string, env: NodeJS.ProcessEnv): string {
  const fromEnv = env['TANGGAP_DATA_DIR'];
  return fromEnv && fromEnv !== '' ? resolve(fromEnv) : resolve(repoRoot, '../shared/data');
}

export function planFiles(args: EvalArgs, dataDir: string, cwd: string): Plan {
  const plan: Plan = { dataDir, files: [], leftOut: [] };
  if (!args.only) {
    if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
      const message =
        `evaluation data folder not found: ${dataDir}\n` +
        '  expected the shared data beside the repository (../shared/data); ' +
        'set TANGGAP_DATA_DIR or pass --data FILE --only';
      if (args.data.length === 0) throw new DataError(message);
      plan.warning = message;
    } else {
      for (const name of readdirSync(dataDir)
        .filter((n) => n.endsWith('.jsonl'))
        .sort()) {
        if (!args.all && SKIPPED_BY_DEFAULT.includes(name)) plan.leftOut.push(name);
        else plan.files.push({ path: resolve(dataDir, name), mode: 'skip' });
      }
    }
  }
  for (const given of args.data) {
    const path = resolve(cwd, given);
    if (!existsSync(path)) throw new DataError(`--data file not found: ${given}`);
    const same = plan.files.find((f) => f.path === path);
    if (same) same.mode = 'fail';
    else plan.files.push({ path, mode: 'fail' });
  }
  if (plan.files.length === 0) throw new DataError(`no *.jsonl files to evaluate in ${dataDir}`);
  return plan;
}
