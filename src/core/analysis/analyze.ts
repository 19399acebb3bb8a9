import type { RuleRow } from "../definition/types";
import type { CompiledProcess } from "../process";
import type { ProcessEvent } from "../sync/events";
import { isoWeekLabel } from "../time/iso-week";
import { dayOf, parseLocal } from "../time/local-time";
import { closedCases, openCases, stepDurations, weeklyThroughput, type OpenCase } from "./flow";
import { forecastCompletion, type Forecast, type ForecastOptions } from "./forecast";
import { withRegister } from "./register-cases";
import { screenEvents, type SetAsideEvent } from "./set-aside";
import { onTimeByStep, overallOnTime, slaBreaches, type Breach } from "./sla";
import { summarize, type Stats } from "./stats";
import { buildTimelines, type CaseTimeline } from "./timeline";

export type { Breach } from "./sla";

/**
 * Below this many closed cases the figures are shown but judged by nothing: no "meets the target", no
 * forecast (docs/specification.md §4.4). Two or three cases make a median of whatever they happened to be.
 */
export const MIN_CLOSED_CASES = 5;

export interface Analysis {
  readonly cases: { readonly closed: number; readonly cancelled: number; readonly open: number };
  readonly cycleTimeDays: Stats;
  readonly cycleTimeWorkingDays: Stats;
  readonly steps: Readonly<Record<string, Stats>>;
  readonly throughputPerWeek: Readonly<Record<string, number>>;
  readonly wip: Readonly<Record<string, { readonly open: number; readonly oldestAgeDays: number | null }>>;
  readonly onTimeRate: number | null;
  /** The on-time rate of each step with an SLA (null while none of its stays has finished). */
  readonly onTimeByStep: Readonly<Record<string, number | null>>;
  /** Stays past their due date, finished late or still open (§4.8). */
  readonly breaches: readonly Breach[];
  readonly forecast: Forecast;
  /** Events left out of every figure, and why (set-aside.ts), in file order. */
  readonly setAside: readonly SetAsideEvent[];
  /** Cases the History has no `created` event for: measured from their first event; their first stay is partial. */
  readonly casesWithoutCreated: readonly string[];
  /** Cases measured from the register's own dates where History lacks them (given the register). */
  readonly datesFromRegister: readonly string[];
}

export interface AnalyzeOptions extends ForecastOptions {
  /** `YYYY-MM-DDTHH:mm:ss` */
  readonly now: string;
  /**
   * The register's rows in the rules' view, when the front end has them: work in progress and its age
   * come from them, and their dates fill in what History lacks (§4.7).
   */
  readonly register?: readonly RuleRow[];
  /**
   * The case IDs the register has (every row with an ID, readable or not): events of other cases are set
   * aside (`unknownCase`), as the command line does. Not given, none are: a register whose closed rows were
   * archived still has their History counted.
   */
  readonly knownCases?: ReadonlySet<string>;
}

/** Whether enough cases have closed for the figures to be judged against a goal (§4.4). */
export function enoughClosed(a: Pick<Analysis, "cases">): boolean {
  return a.cases.closed >= MIN_CLOSED_CASES;
}

/** Step ids in definition order, then any the history knows that the definition no longer has. */
export function stepOrder(process: CompiledProcess, seen: Iterable<string>): string[] {
  const ids = process.steps.map((s) => s.def.id);
  for (const s of seen) if (!ids.includes(s)) ids.push(s);
  return ids;
}

/** The cases the figures are measured from: History's timelines, completed by the register when given. */
export interface MeasuredCases {
  readonly cases: readonly CaseTimeline[];
  readonly open: readonly OpenCase[];
  readonly setAside: readonly SetAsideEvent[];
  readonly datesFromRegister: readonly string[];
}

/** History screened and turned into timelines; with the register, its dates and its open rows (§4.1, §4.7). */
export function measuredCases(
  process: CompiledProcess,
  events: readonly ProcessEvent[],
  now: number,
  register?: readonly RuleRow[],
  knownCases?: ReadonlySet<string>,
): MeasuredCases {
  const { kept, setAside } = screenEvents(process, events, knownCases);
  const history = buildTimelines(kept);
  if (!register) return { cases: history, open: openCases(history, now), setAside, datesFromRegister: [] };
  const merged = withRegister(process, history, register, now);
  return { cases: merged.cases, open: merged.open, setAside, datesFromRegister: merged.datesFromRegister };
}

export function slaOf(process: CompiledProcess): Map<string, number> {
  const sla = new Map<string, number>();
  for (const s of process.steps) if (s.def.slaDays !== undefined) sla.set(s.def.id, s.def.slaDays);
  return sla;
}

/**
 * The process measured from its History (docs/specification.md §4): cycle and step times, throughput,
 * WIP and age, on-time rate overall and per step, SLA breaches and a seeded forecast; with the events set
 * aside and why (set-aside.ts). Given the register's rows, work in progress is the register's and its
 * dates fill in what History lacks.
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
  const { cases, open, setAside, datesFromRegister } = measuredCases(
    process,
    events,
    now,
    options.register,
    options.knownCases,
  );
  const closed = closedCases(cases, process.calendar);
  const durations = stepDurations(cases);
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
  const sla = slaOf(process);
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
    onTimeRate: overallOnTime(cases, sla, process.calendar),
    onTimeByStep: onTimeByStep(cases, sla, process.calendar, order),
    breaches: slaBreaches(cases, sla, process.calendar, now),
    forecast: forecastCompletion(open.length, samples, now, options),
    setAside,
    casesWithoutCreated: cases.filter((c) => !c.startKnown).map((c) => c.caseId),
    datesFromRegister,
  };
}
