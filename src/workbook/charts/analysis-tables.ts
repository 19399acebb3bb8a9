import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import type { ExcelCell } from "../excel-cell";
import type { ChartData } from "./chart-data";
import { count, dateSerial, days, text, type Table } from "./grid";
import { labelsFor, stepName } from "./labels";

/** The chart-data tables of the Analysis sheet, left to right from column X (docs/specification.md §4.10). */
export const TABLE_KEYS = ["histogram", "scatter", "lines", "steps", "throughput", "flow", "aging"] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

/** "0–5": an en dash, which, unlike "0-5", no locale reads as a date. */
function binLabel(from: number, to: number): string {
  const n = (x: number): string => String(Number(x.toPrecision(6)));
  return `${n(from)}–${n(to)}`;
}

/**
 * Every table the charts draw from, in the reader's language: each with its title, headers, rows, and a
 * note where it is empty for a reason the reader should know.
 */
export function analysisTables(
  data: ChartData,
  process: CompiledProcess,
  lang: Lang,
): Record<TableKey, Table> {
  const L = labelsFor(lang);
  const B = L.blocks;
  const name = (id: string): string => stepName(process, id, lang);
  const goalDays = process.definition.goal?.targetCycleDays;
  const noEvents = data.eventCount === 0 ? L.empty.noEvents : undefined;
  const noClosed = noEvents ?? (data.scatter.length === 0 ? L.empty.noClosed : undefined);
  const noOpen = noEvents ?? (data.aging.length === 0 ? L.empty.noOpen : undefined);
  const note = (why: string | undefined) => (why === undefined ? {} : { note: why });

  const lineRow = (x: number): ExcelCell[] => {
    const l = data.lines;
    if (!l) return [];
    const row = [dateSerial(x), days(l.p50), days(l.p85), days(l.p95)];
    if (goalDays !== undefined) row.push(days(goalDays));
    return row;
  };
  return {
    histogram: {
      title: B.histogram.title,
      ...note(noClosed),
      headers: [B.histogram.from, B.histogram.to, B.histogram.bin, B.histogram.cases],
      rows: data.histogram.bins.map((b) => [
        days(b.from),
        days(b.to),
        text(binLabel(b.from, b.to)),
        count(b.count),
      ]),
    },
    scatter: {
      title: B.scatter.title,
      ...note(noClosed),
      headers: [B.scatter.caseId, B.scatter.closed, B.scatter.days],
      rows: data.scatter.map((p) => [text(p.caseId), dateSerial(p.closed), days(p.days)]),
    },
    lines: {
      title: B.lines.title,
      headers: [
        B.lines.closed,
        L.series.p50,
        L.series.p85,
        L.series.p95,
        ...(goalDays === undefined ? [] : [L.series.goal]),
      ],
      rows: data.lines ? [lineRow(data.lines.from), lineRow(data.lines.to)] : [],
    },
    steps: {
      title: B.steps.title,
      headers: [
        B.steps.step,
        B.steps.position,
        B.steps.stays,
        B.steps.mean,
        B.steps.p85,
        B.steps.open,
        B.steps.oldest,
      ],
      rows: data.steps.map((s) => [
        text(name(s.id)),
        count(s.position),
        count(s.stays),
        days(s.mean),
        days(s.p85),
        count(s.open),
        days(s.oldestAgeDays),
      ]),
    },
    throughput: {
      title: B.throughput.title,
      ...note(noEvents),
      headers: [B.throughput.week, B.throughput.closed],
      rows: data.throughput.map((w) => [
        text(w.complete ? w.week : B.throughput.soFar(w.week)),
        count(w.closed),
      ]),
    },
    flow: {
      title: B.flow.title,
      ...note(noEvents),
      headers: [B.flow.date, ...data.flow.steps.map(name), L.series.done],
      rows: data.flow.rows.map((r) => [dateSerial(r.date), ...r.counts.map(count), count(r.done)]),
    },
    aging: {
      title: B.aging.title,
      ...note(noOpen),
      headers: [B.aging.caseId, B.aging.step, B.aging.position, B.aging.age],
      rows: data.aging.map((p) => [text(p.caseId), text(name(p.step)), count(p.position), days(p.ageDays)]),
    },
  };
}
