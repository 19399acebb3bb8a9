import { percentileInc } from "./percentile";

/** What every duration figure reports (docs/specification.md §4), in days; null when there is nothing to measure. */
export interface Stats {
  readonly count: number;
  readonly mean: number | null;
  readonly p50: number | null;
  readonly p85: number | null;
  readonly p95: number | null;
}

/** @example summarize([1, 2, 3]) → { count: 3, mean: 2, p50: 2, p85: 2.7, p95: 2.9 } */
export function summarize(values: readonly number[]): Stats {
  if (values.length === 0) return { count: 0, mean: null, p50: null, p85: null, p95: null };
  const sorted = [...values].sort((a, b) => a - b);
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    count: sorted.length,
    mean: sum / sorted.length,
    p50: percentileInc(sorted, 0.5),
    p85: percentileInc(sorted, 0.85),
    p95: percentileInc(sorted, 0.95),
  };
}
