/**
 * The nearest-rank percentile of ascending values: the smallest value with at least `p` of all
 * values at or below it. Always a real reply's time, so "90% answered within 3 h" is literally true.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1]!;
}
