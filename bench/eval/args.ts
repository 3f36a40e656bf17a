/** Command line of `npm run eval`. */

export interface EvalArgs {
  /** Extra files given with --data, as written. */
  data: string[];
  /** --only: run the --data files and not the shared ones. */
  only: boolean;
  /** --all: also run the files skipped by default (training data). */
  all: boolean;
  /** Timed passes per engine and file (--passes N). */
  passes: number;
  help: boolean;
}

export const USAGE = `usage: npm run eval -- [--data FILE]... [--only] [--all] [--passes N]
  Scores analyze() on every *.jsonl in the shared data folder (../shared/data beside the repo,
  or $TANGGAP_DATA_DIR) plus each --data FILE, next to the npm peers sentiment and vader-sentiment.
  --data FILE  also evaluate FILE (same JSON-lines format); repeatable; a bad line is fatal
  --only       evaluate only the --data files
  --all        include files skipped by default (sentiment-id-smsa-train.jsonl, training data)
  --passes N   timed passes per engine for the speed figures (default 5, median reported)
  The last line of stdout is one JSON object with every figure.`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseArgs(argv: readonly string[]): EvalArgs {
  const args: EvalArgs = { data: [], only: false, all: false, passes: 5, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0 && arg.startsWith('--')) return arg.slice(eq + 1);
      const next = argv[++i];
      if (next === undefined || next === '') throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--data':
        args.data.push(value());
        break;
      case '--only':
        args.only = true;
        break;
      case '--all':
        args.all = true;
        break;
      case '--passes': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 100) {
          throw new UsageError(`--passes wants an integer from 1 to 100, got "${v}"`);
        }
        args.passes = n;
        break;
      }
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        throw new UsageError(`unknown argument "${arg}"`);
    }
  }
  if (args.only && args.data.length === 0) throw new UsageError('--only needs at least one --data FILE');
  return args;
}
