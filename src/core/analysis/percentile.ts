/**
 * Excel's PERCENTILE.INC over `sorted` (ascending): rank p·(n−1), linear between neighbours.
 * @example percentileInc([1, 2, 3, 4], 0.5) === 2.5
 */
export function percentileInc(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError("percentileInc of no values");
  if (p < 0 || p > 1) throw new RangeError("percentile must be within 0..1");
  const rank = p * (n - 1);
  const lo = Math.floor(rank);
  const frac = rank - lo;
  const a = sorted[lo] as number;
  return frac === 0 ? a : a + frac * ((sorted[lo + 1] as number) - a);
}
