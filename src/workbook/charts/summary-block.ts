import type { Lang } from "../../words/lang";
import { enoughClosed, MIN_CLOSED_CASES } from "../../core/analysis/analyze";
import { breachesForReading } from "../../core/analysis/sla";
import type { CompiledProcess } from "../../core/process";
import { resolveText } from "../../core/text";
import { parseLocal, toExcelSerial } from "../../core/time/local-time";
import type { ExcelCell } from "../excel-cell";
import type { ChartData } from "./chart-data";
import { blank, count, dateSerial, dateTime, days, num, RATE_FORMAT, text, type Block } from "./grid";
import { labelsFor, stepName } from "./labels";

/** The summary occupies columns A:D (measure, value, goal, verdict); the charts start right of it. */
export const SUMMARY_COLUMNS = 4;
/** The summary's header row (0-based); rows above it are the title, the date and the rebuild note. */
export const SUMMARY_HEADER_ROW = 4;
/** Most breaches listed on the sheet; the count of the rest is said below them. */
export const MAX_BREACHES_LISTED = 100;

function forecastCell(data: ChartData, lang: Lang, p: "p50" | "p85" | "p95"): ExcelCell {
  const L = labelsFor(lang);
  const f = data.analysis.forecast;
  if (f.openCases === 0) return text(L.empty.noOpen);
  if (!enoughClosed(data.analysis)) return text(L.notEnough(data.analysis.cases.closed, MIN_CLOSED_CASES));
  const date = f.dates?.[p];
  const t = date === undefined ? undefined : parseLocal(date);
  return t === undefined ? text(L.empty.noForecast) : dateSerial(toExcelSerial(t));
}

/**
 * The summary table at A1: case counts, cycle time (count, mean, p50/p85/p95) with the goal's
 * targetCycleDays beside p85, the on-time rate against targetOnTimeRate, throughput, the forecast dates,
 * then work in progress per step and, when History records versions, cycle time per definition version.
 * Numbers are numbers with number formats; a figure that cannot be measured yet says why in words.
 */
export function summaryBlock(data: ChartData, process: CompiledProcess, lang: Lang, now: string): Block {
  const L = labelsFor(lang);
  const a = data.analysis;
  const goal = process.definition.goal;
  const cycle = a.cycleTimeDays;
  const noClosed = text(L.empty.noClosed);
  const stat = (v: number | null): ExcelCell => (v === null ? noClosed : days(v));
  const nowMs = parseLocal(now);
  // Below the minimum of closed cases a figure is shown but never judged (docs/specification.md §4.4).
  const judged = enoughClosed(a);
  const notEnough = text(L.notEnough(a.cases.closed, MIN_CLOSED_CASES));

  const rows: ExcelCell[][] = [
    [text(L.sheetTitle(resolveText(process.definition.name, lang) || process.definition.id))],
    [text(L.asOf), nowMs === undefined ? blank() : dateTime(nowMs)],
    [text(L.rebuilt)],
    [],
    [text(L.summary.measure), text(L.summary.value), text(L.summary.goal), text(L.summary.verdict)],
    [text(L.rows.closed), count(a.cases.closed)],
    [text(L.rows.cancelled), count(a.cases.cancelled)],
    [text(L.rows.open), count(a.cases.open)],
    [text(L.rows.cycleCount), count(cycle.count)],
    [text(L.rows.cycleMean), stat(cycle.mean)],
    [text(L.rows.cycleP50), stat(cycle.p50)],
  ];
  const target = goal?.targetCycleDays;
  rows.push([
    text(L.rows.cycleP85),
    stat(cycle.p85),
    target === undefined ? blank() : days(target),
    target === undefined || cycle.p85 === null
      ? blank()
      : !judged
        ? notEnough
        : text(cycle.p85 <= target ? L.verdicts.withinGoal : L.verdicts.overGoal),
  ]);
  rows.push([text(L.rows.cycleP95), stat(cycle.p95)]);
  const rate = a.onTimeRate;
  const rateTarget = goal?.targetOnTimeRate;
  rows.push([
    text(L.rows.onTime),
    rate === null ? text(L.empty.noOnTime) : num(rate, RATE_FORMAT),
    rateTarget === undefined ? blank() : num(rateTarget, RATE_FORMAT),
    rateTarget === undefined || rate === null
      ? blank()
      : !judged
        ? notEnough
        : text(rate >= rateTarget ? L.verdicts.onTarget : L.verdicts.belowTarget),
  ]);
  const recent = data.recentThroughput;
  rows.push([
    text(L.rows.throughput),
    recent.mean === null ? text(L.empty.noWeeks) : days(recent.mean),
    blank(),
    recent.weeks > 0 && recent.weeks < 4 ? text(L.fewerWeeks(recent.weeks)) : blank(),
  ]);
  rows.push([text(L.rows.forecastP50), forecastCell(data, lang, "p50")]);
  rows.push([text(L.rows.forecastP85), forecastCell(data, lang, "p85")]);
  rows.push([text(L.rows.forecastP95), forecastCell(data, lang, "p95")]);

  const bold = [0, SUMMARY_HEADER_ROW];
  rows.push([]);
  bold.push(rows.length, rows.length + 1);
  rows.push([text(L.wip.title)]);
  rows.push([text(L.wip.step), text(L.wip.open), text(L.wip.oldest)]);
  for (const s of data.steps)
    rows.push([text(stepName(process, s.id, lang)), count(s.open), days(s.oldestAgeDays)]);

  rows.push([]);
  bold.push(rows.length, rows.length + 1);
  rows.push([text(L.slaSteps.title)]);
  rows.push([text(L.slaSteps.step), text(L.slaSteps.sla), text(L.slaSteps.onTime), text(L.slaSteps.late)]);
  const late = new Map<string, number>();
  for (const b of a.breaches) late.set(b.step, (late.get(b.step) ?? 0) + 1);
  for (const step of process.steps) {
    const sla = step.def.slaDays;
    if (sla === undefined) continue;
    const r = a.onTimeByStep[step.def.id] ?? null;
    rows.push([
      text(stepName(process, step.def.id, lang)),
      num(sla),
      r === null ? text(L.empty.noOnTime) : num(r, RATE_FORMAT),
      count(late.get(step.def.id) ?? 0),
    ]);
  }

  rows.push([]);
  bold.push(rows.length, rows.length + 1);
  rows.push([text(L.breaches.title)]);
  rows.push([text(L.breaches.case), text(L.breaches.due), text(L.breaches.left), text(L.breaches.daysLate)]);
  const listed = breachesForReading(a.breaches).slice(0, MAX_BREACHES_LISTED);
  if (listed.length === 0) rows.push([text(L.breaches.none)]);
  for (const b of listed) {
    const due = parseLocal(b.due);
    const left = b.left === null ? undefined : parseLocal(b.left);
    rows.push([
      text(`${b.caseId} · ${stepName(process, b.step, lang)}`),
      due === undefined ? text(b.due) : dateSerial(toExcelSerial(due)),
      left === undefined ? text(L.breaches.stillOpen) : dateTime(left),
      count(b.daysLate),
    ]);
  }
  if (a.breaches.length > listed.length)
    rows.push([text(L.breaches.more(a.breaches.length - listed.length))]);

  if (data.versions.length > 0) {
    rows.push([]);
    bold.push(rows.length, rows.length + 1);
    rows.push([text(L.versions.title)]);
    rows.push([
      text(L.versions.version),
      text(L.versions.closed),
      text(L.versions.p50),
      text(L.versions.p85),
    ]);
    for (const v of data.versions)
      rows.push([
        v.version === null ? text(L.versions.unknown) : count(v.version),
        count(v.stats.count),
        days(v.stats.p50),
        days(v.stats.p85),
      ]);
  }
  return { top: 0, left: 0, cells: rows, boldRows: bold };
}
