import { formatDate, MS_PER_DAY } from "../time/local-time";
import { percentileInc } from "./percentile";
import { seededRandom } from "../random";

export interface Forecast {
  readonly openCases: number;
  readonly trials: number;
  readonly seed: number;
  /** How many weekly throughput samples the simulation drew from. */
  readonly weeksSampled: number;
  /** Weeks until today's open cases are finished, at 50/85/95% likelihood; null when history shows no throughput. */
  readonly weeks: { readonly p50: number; readonly p85: number; readonly p95: number } | null;
  readonly dates: { readonly p50: string; readonly p85: string; readonly p95: string } | null;
}

export interface ForecastOptions {
  readonly seed?: number;
  readonly trials?: number;
}

// A simulation that has not finished after ten years says more about the data than about the work.
const MAX_WEEKS = 520;

/**
 * Monte Carlo "when will today's open cases be done": each trial draws weekly throughputs from
 * history until the open count is used up (docs/specification.md §4). Seeded, so results are exact.
 */
export function forecastCompletion(
  openCount: number,
  weeklySamples: readonly number[],
  now: number,
  options: ForecastOptions = {},
): Forecast {
  const seed = options.seed ?? 42;
  const trials = options.trials ?? 10_000;
  const base = { openCases: openCount, trials, seed, weeksSampled: weeklySamples.length };
  if (openCount === 0)
    return {
      ...base,
      weeks: { p50: 0, p85: 0, p95: 0 },
      dates: { p50: formatDate(now), p85: formatDate(now), p95: formatDate(now) },
    };
  if (!weeklySamples.some((n) => n > 0)) return { ...base, weeks: null, dates: null };
  const random = seededRandom(seed);
  const results = new Array<number>(trials);
  for (let t = 0; t < trials; t++) {
    let left = openCount;
    let weeks = 0;
    while (left > 0 && weeks < MAX_WEEKS) {
      left -= weeklySamples[Math.floor(random() * weeklySamples.length)] as number;
      weeks++;
    }
    results[t] = weeks;
  }
  results.sort((a, b) => a - b);
  const w = (p: number): number => Math.ceil(percentileInc(results, p));
  const weeks = { p50: w(0.5), p85: w(0.85), p95: w(0.95) };
  const date = (n: number): string => formatDate(now + n * 7 * MS_PER_DAY);
  return { ...base, weeks, dates: { p50: date(weeks.p50), p85: date(weeks.p85), p95: date(weeks.p95) } };
}
