import { analyzeHistory, measuredCases, stepOrder, type Analysis } from "../../core/analysis/analyze";
import { closedCases, cumulativeFlow } from "../../core/analysis/flow";
import type { ForecastOptions } from "../../core/analysis/forecast";
import { summarize, type Stats } from "../../core/analysis/stats";
import type { RuleRow } from "../../core/definition/types";
import type { CompiledProcess } from "../../core/process";
import { isoWeekLabel } from "../../core/time/iso-week";
import { dayOf, parseLocal, toExcelSerial } from "../../core/time/local-time";
import type { HistoryEvent } from "../history/history-event";

/** One histogram bin: cases whose cycle time t satisfies from < t ≤ to (the first bin includes 0). */
export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

export interface Histogram {
  readonly width: number;
  readonly bins: readonly HistogramBin[];
}

/** A closed case on the scatter chart: the close date as an Excel date serial, the cycle time in days. */
export interface ScatterPoint {
  readonly caseId: string;
  readonly closed: number;
  readonly days: number;
}

/** Horizontal lines across the scatter chart, from the first to the last close date (Excel serials). */
export interface PercentileLines {
  readonly from: number;
  readonly to: number;
  readonly p50: number;
  readonly p85: number;
  readonly p95: number;
}

/** Time per step and work in progress, one row per step in definition order. */
export interface StepRow {
  readonly id: string;
  /** 1-based place in the process; the aging chart's X value. */
  readonly position: number;
  readonly stays: number;
  readonly mean: number | null;
  readonly p85: number | null;
  readonly open: number;
  readonly oldestAgeDays: number | null;
}

export interface WeekRow {
  readonly week: string;
  readonly closed: number;
  /** False for `now`'s own week, which is still running. */
  readonly complete: boolean;
}

export interface FlowRow {
  /** Excel date serial of the day. */
  readonly date: number;
  /** Cases in each step at the end of the day, in `FlowTable.steps` order. */
  readonly counts: readonly number[];
  readonly done: number;
}

export interface FlowTable {
  readonly steps: readonly string[];
  readonly rows: readonly FlowRow[];
  /** 1 for a row a day; 7 (or a multiple) when a long history is shown a point a week. */
  readonly stride: number;
  /** Days from the first event to `now`, both included. */
  readonly days: number;
}

export interface AgingPoint {
  readonly caseId: string;
  readonly step: string;
  readonly position: number;
  readonly ageDays: number;
}

/** Cycle time of the cases that closed under one definition version (null: History did not record it). */
export interface VersionRow {
  readonly version: number | null;
  readonly stats: Stats;
}

/** Everything the Analysis sheet shows, as small tables; language-neutral (step ids, numbers, serials). */
export interface ChartData {
  readonly analysis: Analysis;
  readonly eventCount: number;
  readonly histogram: Histogram;
  /** The most recent MAX_SCATTER_POINTS closed cases, oldest first. */
  readonly scatter: readonly ScatterPoint[];
  /** How many cases closed in all (the histogram and the percentile lines use every one). */
  readonly closedTotal: number;
  readonly lines: PercentileLines | null;
  readonly steps: readonly StepRow[];
  readonly throughput: readonly WeekRow[];
  /** Mean cases closed a week over the last (at most) four complete weeks. */
  readonly recentThroughput: { readonly weeks: number; readonly mean: number | null };
  readonly flow: FlowTable;
  readonly aging: readonly AgingPoint[];
  readonly versions: readonly VersionRow[];
}

/** Above this many days the cumulative flow table keeps one row a week: a chart cannot show more. */
export const MAX_FLOW_ROWS = 400;
/**
 * Most points on the cycle-time scatter: more are unreadable, slow Excel down and, with three cells a
 * point, would approach Excel on the web's 5 MB request limit (docs/reliability.md S4).
 */
export const MAX_SCATTER_POINTS = 5000;
/** Most histogram bins, however many cases closed. */
export const MAX_BINS = 20;
const RECENT_WEEKS = 4;
// Bin edges computed as multiples of a width drift in floating point (3 × 0.1); a tolerance keeps
// a value that sits on an edge in the bin below it.
const EPSILON = 1e-9;

/**
 * The smallest "nice" number (1, 2 or 5 times a power of ten) at or above `x`, so bin edges read as
 * whole days, weeks or tens of days.
 * @example niceWidth(5.875) === 10; niceWidth(1.2) === 2; niceWidth(0.3) === 0.5
 */
export function niceWidth(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const f = x / power;
  const step = f <= 1 + EPSILON ? 1 : f <= 2 + EPSILON ? 2 : f <= 5 + EPSILON ? 5 : 10;
  return Number((step * power).toPrecision(12));
}

/**
 * Histogram bins for cycle times in days. The rule: about √n bins (the square-root choice, at most
 * MAX_BINS), widened to a 1-2-5 "nice" width and starting at 0, so each bin reads "0–5 days, 5–10 days".
 * Bins are closed on the right like Excel's FREQUENCY (a 5.0-day case is in 0–5). No values, no bins.
 * @example histogramBins([4, 11.75]) → { width: 10, bins: [{from: 0, to: 10, count: 1}, {from: 10, to: 20, count: 1}] }
 */
export function histogramBins(values: readonly number[]): Histogram {
  if (values.length === 0) return { width: 1, bins: [] };
  const max = Math.max(0, ...values);
  const target = Math.min(MAX_BINS, Math.max(1, Math.ceil(Math.sqrt(values.length))));
  let width = niceWidth(max / target);
  // A 1-2-5 width can round the bin count up past the cap; widen once more if it did.
  while (Math.ceil(max / width - EPSILON) > MAX_BINS) width = niceWidth(width * 1.5);
  const n = Math.max(1, Math.ceil(max / width - EPSILON));
  const counts = new Array<number>(n).fill(0);
  for (const v of values) {
    const i = v <= 0 ? 0 : Math.min(n - 1, Math.max(0, Math.ceil(v / width - EPSILON) - 1));
    counts[i] = (counts[i] ?? 0) + 1;
  }
  const edge = (i: number): number => Number((i * width).toPrecision(12));
  return { width, bins: counts.map((count, i) => ({ from: edge(i), to: edge(i + 1), count })) };
}

function serialOfDate(date: string): number {
  const t = parseLocal(date);
  if (t === undefined) throw new RangeError(`not a date: ${date}`);
  return toExcelSerial(t);
}

/** The version each closed case closed under: its last `closed` event's version. */
function closingVersions(events: readonly HistoryEvent[]): Map<string, number | undefined> {
  const timed = events
    .map((e, i) => ({ e, i, t: parseLocal(e.at) }))
    .filter((x) => x.e.type === "closed" && x.t !== undefined)
    .sort((a, b) => (a.t as number) - (b.t as number) || a.i - b.i);
  const out = new Map<string, number | undefined>();
  for (const { e } of timed) out.set(e.caseId, e.version);
  return out;
}

/** What the Analysis sheet is built from besides History: the forecast's seed, and the register's rows. */
export interface ChartOptions extends ForecastOptions {
  /** The register's rows in the rules' view: work in progress and missing dates come from them (§4.7). */
  readonly register?: readonly RuleRow[];
}

/**
 * From History events and the process to the small tables the Analysis sheet writes and its charts read.
 * The measuring is the core's (analyzeHistory, measuredCases, closedCases, cumulativeFlow); this only
 * shapes the results into rows. Pure: no Excel.
 * @example buildChartData(process, events, "2026-03-02T09:00:00").histogram.bins
 */
export function buildChartData(
  process: CompiledProcess,
  events: readonly HistoryEvent[],
  now: string,
  options: ChartOptions = {},
): ChartData {
  const nowMs = parseLocal(now);
  if (nowMs === undefined)
    throw new RangeError(`buildChartData: "now" must be YYYY-MM-DDTHH:mm:ss, got "${now}"`);
  const analysis = analyzeHistory(process, events, { now, ...options });
  const measured = measuredCases(process, events, nowMs, options.register);
  const cases = measured.cases;
  const order = stepOrder(process, Object.keys(analysis.steps));
  const position = (id: string): number => order.indexOf(id) + 1;

  const closed = closedCases(cases, process.calendar);
  const allPoints = closed
    .map((c): ScatterPoint => ({ caseId: c.caseId, closed: serialOfDate(c.closedDate), days: c.days }))
    .sort((a, b) => a.closed - b.closed || a.caseId.localeCompare(b.caseId));
  const scatter = allPoints.slice(-MAX_SCATTER_POINTS);
  const cycle = analysis.cycleTimeDays;
  const first = scatter[0];
  const last = scatter[scatter.length - 1];
  const lines =
    first && last && cycle.p50 !== null && cycle.p85 !== null && cycle.p95 !== null
      ? { from: first.closed, to: last.closed, p50: cycle.p50, p85: cycle.p85, p95: cycle.p95 }
      : null;

  const steps = order.map((id): StepRow => {
    const s = analysis.steps[id] ?? summarize([]);
    const w = analysis.wip[id] ?? { open: 0, oldestAgeDays: null };
    return {
      id,
      position: position(id),
      stays: s.count,
      mean: s.mean,
      p85: s.p85,
      open: w.open,
      oldestAgeDays: w.oldestAgeDays,
    };
  });

  const thisWeek = isoWeekLabel(dayOf(nowMs));
  const throughput = Object.entries(analysis.throughputPerWeek).map(([week, n]): WeekRow => ({
    week,
    closed: n,
    complete: week !== thisWeek,
  }));
  const recent = throughput.filter((w) => w.complete).slice(-RECENT_WEEKS);
  const recentThroughput = {
    weeks: recent.length,
    mean: recent.length === 0 ? null : recent.reduce((sum, w) => sum + w.closed, 0) / recent.length,
  };

  let start = Infinity;
  for (const c of cases) start = Math.min(start, c.createdAt);
  const daily =
    cases.length === 0
      ? []
      : cumulativeFlow(cases, order, start, nowMs).map((r): FlowRow => ({
          date: serialOfDate(r.date),
          counts: r.counts.slice(0, order.length),
          done: r.counts[order.length] ?? 0,
        }));
  const stride = daily.length <= MAX_FLOW_ROWS ? 1 : 7 * Math.ceil(daily.length / (MAX_FLOW_ROWS * 7));
  // Counted back from the last day, so the table always ends at today.
  const flowRows = daily.filter((_r, i) => (daily.length - 1 - i) % stride === 0);

  const aging = measured.open
    .map((o): AgingPoint => ({
      caseId: o.caseId,
      step: o.step,
      position: position(o.step),
      ageDays: o.ageDays,
    }))
    .sort((a, b) => a.position - b.position || b.ageDays - a.ageDays || a.caseId.localeCompare(b.caseId));

  const versionOf = closingVersions(events);
  const byVersion = new Map<number | null, number[]>();
  for (const c of closed) {
    const v = versionOf.get(c.caseId) ?? null;
    byVersion.set(v, [...(byVersion.get(v) ?? []), c.days]);
  }
  // Without any recorded version there is nothing to compare: no table rather than one "unknown" row.
  const versions = [...byVersion.keys()].some((v) => v !== null)
    ? [...byVersion.entries()]
        .sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity))
        .map(([version, days]): VersionRow => ({ version, stats: summarize(days) }))
    : [];

  return {
    analysis,
    eventCount: events.length,
    histogram: histogramBins(closed.map((c) => c.days)),
    scatter,
    closedTotal: allPoints.length,
    lines,
    steps,
    throughput,
    recentThroughput,
    flow: {
      steps: order,
      rows: flowRows,
      stride,
      days: daily.length === 0 ? 0 : dayOf(nowMs) - dayOf(start) + 1,
    },
    aging,
    versions,
  };
}
