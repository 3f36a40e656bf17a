/** Microseconds per comment of several engines, timed fairly on the same rows in one process. */
import { performance } from 'node:perf_hooks';
import { median } from './metrics';

export interface SpeedOptions {
  /** Timed passes per engine; the median is reported. */
  passes: number;
  /** A pass repeats the rows until it lasts at least this long, so tiny files time well. */
  minPassMs: number;
}

/** Engine order of pass `p`: the list rotated by p, so no engine always runs first or last. */
export function rotation<T>(list: readonly T[], p: number): T[] {
  const k = list.length === 0 ? 0 : p % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

function timePass<I>(items: readonly I[], run: (item: I) => number, reps: number): number {
  let sink = 0;
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) for (const item of items) sink += run(item);
  const ms = performance.now() - t0;
  // Consume the results so the work cannot be optimised away.
  if (Number.isNaN(sink) && ms < 0) throw new Error('unreachable');
  return ms;
}

/**
 * Warms each engine up with untimed passes (which also size the repetitions), then times
 * `passes` passes per engine in rotating order and returns each engine's median µs per comment.
 */
export function measureSpeed<I>(
  items: readonly I[],
  runners: Readonly<Record<string, (item: I) => number>>,
  options: SpeedOptions,
): Record<string, number> {
  const names = Object.keys(runners);
  if (items.length === 0) return Object.fromEntries(names.map((n) => [n, 0]));
  const reps: Record<string, number> = {};
  const samples: Record<string, number[]> = {};
  for (const name of names) {
    const run = runners[name];
    if (!run) continue;
    // Warm up for at least minPassMs (JIT, caches), then size a pass to last about as long.
    let warmMs = 0;
    let warmPasses = 0;
    while (warmPasses < 1 || warmMs < options.minPassMs) {
      warmMs += timePass(items, run, 1);
      warmPasses++;
    }
    reps[name] = Math.max(1, Math.ceil(options.minPassMs / Math.max(warmMs / warmPasses, 0.001)));
    samples[name] = [];
  }
  for (let p = 0; p < options.passes; p++) {
    for (const name of rotation(names, p)) {
      const run = runners[name];
      const r = reps[name] ?? 1;
      if (!run) continue;
      const ms = timePass(items, run, r);
      samples[name]?.push((ms * 1000) / (items.length * r));
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(samples[n] ?? [0])]));
}
