import type { CompiledProcess } from "../process";
import type { ProcessEvent } from "../sync/events";
import { isoWeekLabel } from "../time/iso-week";
import { dayOf, parseLocal } from "../time/local-time";
import { closedCases, onTimeRate, openCases, stepDurations, weeklyThroughput } from "./flow";
import { forecastCompletion, type Forecast, type ForecastOptions } from "./forecast";
import { screenEvents, type SetAsideEvent } from "./set-aside";
import { summarize, type Stats } from "./stats";
import { buildTimelines } from "./timeline";

export interface Analysis {
  readonly cases: { readonly closed: number; readonly cancelled: number; readonly open: number };
  readonly cycleTimeDays: Stats;
  readonly cycleTimeWorkingDays: Stats;
  readonly steps: Readonly<Record<string, Stats>>;
  readonly throughputPerWeek: Readonly<Record<string, number>>;
  readonly wip: Readonly<Record<string, { readonly open: number; readonly oldestAgeDays: number | null }>>;
  readonly onTimeRate: number | null;
  readonly forecast: Forecast;
  /** Events left out of every figure, and why (set-aside.ts), in file order. */
  readonly setAside: readonly SetAsideEvent[];
  /** Cases the History has no `created` event for: measured from their first event; their first stay is partial. */
  readonly casesWithoutCreated: readonly string[];
}

export interface AnalyzeOptions extends ForecastOptions {
  /** `YYYY-MM-DDTHH:mm:ss` */
  readonly now: string;
}

/** Step ids in definition order, then any the history knows that the definition no longer has. */
function stepOrder(process: CompiledProcess, seen: Iterable<string>): string[] {
  const ids = process.steps.map((s) => s.def.id);
  for (const s of seen) if (!ids.includes(s)) ids.push(s);
  return ids;
}

/**
 * The process measured from its History (process-format.md §4): cycle and step times, throughput,
 * WIP and age, on-time rate and a seeded forecast; with the events set aside and why (set-aside.ts).
 * @example analyzeHistory(process, events, { now: "2026-03-02T09:00:00" }).cycleTimeDays.p85
 */
export function analyzeHistory(
  process: CompiledProcess,
  events: readonly ProcessEvent[],
  options: AnalyzeOptions,
): Analysis {
  const now = parseLocal(options.now);
  if (now === undefined)
    throw new RangeError(`analyzeHistory: "now" must be YYYY-MM-DDTHH:mm:ss, got "${options.now}"`);
  const { kept, setAside } = screenEvents(process, events);
  const cases = buildTimelines(kept);
  const closed = closedCases(cases, process.calendar);
  const durations = stepDurations(cases);
  const open = openCases(cases, now);
  const throughput = weeklyThroughput(cases, now);
  const order = stepOrder(process, [...durations.keys(), ...open.map((o) => o.step)]);

  // Step ids can come from a History file; null-prototype records keep a "__proto__" step harmless.
  const steps: Record<string, Stats> = Object.create(null) as Record<string, Stats>;
  const wip: Record<string, { open: number; oldestAgeDays: number | null }> = Object.create(null) as Record<
    string,
    { open: number; oldestAgeDays: number | null }
  >;
  for (const id of order) {
    steps[id] = summarize(durations.get(id) ?? []);
    const here = open.filter((o) => o.step === id);
    wip[id] = {
      open: here.length,
      oldestAgeDays: here.length === 0 ? null : Math.max(...here.map((o) => o.ageDays)),
    };
  }
  const sla = new Map<string, number>();
  for (const s of process.steps) if (s.def.slaDays !== undefined) sla.set(s.def.id, s.def.slaDays);
  // The current week is still running; sampling it would pull every forecast later.
  const thisWeek = isoWeekLabel(dayOf(now));
  const samples = [...throughput.entries()]
    .filter(([w]) => w !== thisWeek || throughput.size === 1)
    .map(([, n]) => n);

  return {
    cases: {
      closed: cases.filter((c) => c.closedAt !== undefined).length,
      cancelled: cases.filter((c) => c.cancelledAt !== undefined).length,
      open: open.length,
    },
    cycleTimeDays: summarize(closed.map((c) => c.days)),
    cycleTimeWorkingDays: summarize(closed.map((c) => c.workingDays)),
    steps,
    throughputPerWeek: Object.fromEntries(throughput),
    wip,
    onTimeRate: onTimeRate(cases, sla, process.calendar),
    forecast: forecastCompletion(open.length, samples, now, options),
    setAside,
    casesWithoutCreated: cases.filter((c) => !c.startKnown).map((c) => c.caseId),
  };
}
