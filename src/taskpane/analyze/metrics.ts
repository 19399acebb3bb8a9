import type { Analysis } from "../../core/analysis/analyze";

/** A measured figure beside its goal: met when at or under (durations) / at or over (rates) the target. */
export interface Verdict {
  readonly value: number | null;
  readonly target?: number;
  /** undefined when there is no target or nothing measured yet. */
  readonly met?: boolean;
}

export function durationVerdict(value: number | null, target: number | undefined): Verdict {
  if (target === undefined) return { value };
  return value === null ? { value, target } : { value, target, met: value <= target };
}

export function rateVerdict(value: number | null, target: number | undefined): Verdict {
  if (target === undefined) return { value };
  return value === null ? { value, target } : { value, target, met: value >= target };
}

/** The last `n` ISO weeks of throughput, oldest first (the analysis lists every week, zeros included). */
export function lastWeeks(throughput: Analysis["throughputPerWeek"], n = 8): [string, number][] {
  return Object.entries(throughput)
    .sort(([a], [b]) => a.localeCompare(b))
    .slice(-n);
}

export function totalWip(wip: Analysis["wip"]): {
  readonly open: number;
  readonly oldestAgeDays: number | null;
} {
  let open = 0;
  let oldest: number | null = null;
  for (const w of Object.values(wip)) {
    open += w.open;
    if (w.oldestAgeDays !== null)
      oldest = oldest === null ? w.oldestAgeDays : Math.max(oldest, w.oldestAgeDays);
  }
  return { open, oldestAgeDays: oldest };
}

/** Finished stays a step needs before it can be named the bottleneck: one slow case is not a pattern. */
export const MIN_BOTTLENECK_STAYS = 3;

/**
 * The step whose p85 time is longest among steps with at least MIN_BOTTLENECK_STAYS finished stays: where
 * cases wait most (docs/specification.md §4.4). None while no step has enough.
 */
export function bottleneck(steps: Analysis["steps"]): string | undefined {
  let best: { id: string; p85: number } | undefined;
  for (const [id, s] of Object.entries(steps))
    if (s.p85 !== null && s.count >= MIN_BOTTLENECK_STAYS && (!best || s.p85 > best.p85))
      best = { id, p85: s.p85 };
  return best?.id;
}
