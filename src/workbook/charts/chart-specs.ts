import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import type { ExcelCell } from "../excel-cell";
import type { ChartData } from "./chart-data";
import {
  address,
  count,
  dateSerial,
  days,
  placeTable,
  text,
  type Block,
  type PlacedTable,
  type Table,
} from "./grid";
import { CHART_KEYS, chartName, labelsFor, stepName, type ChartKey } from "./labels";
import { SUMMARY_COLUMNS, summaryBlock } from "./summary-block";

/**
 * Chart types Procsheet uses, all in ExcelApi 1.1's ChartType
 * (https://learn.microsoft.com/javascript/api/excel/excel.charttype). The Histogram type is avoided on
 * purpose: it is unreliable on the web (office-ecosystem.md §5), so histograms are columns over bins
 * computed in chart-data.ts.
 */
export type ChartTypeName = "ColumnClustered" | "XYScatter" | "XYScatterLinesNoMarkers" | "AreaStacked";

export interface SeriesSpec {
  readonly name: string;
  /** Sheet-local address of the values (Y) cells. */
  readonly values: string;
  /** Sheet-local address of the categories, or the X values of a scatter series. */
  readonly xValues: string;
  readonly chartType: ChartTypeName;
}

export interface ChartSpec {
  readonly key: ChartKey;
  readonly name: string;
  readonly type: ChartTypeName;
  readonly title: string;
  readonly xTitle: string;
  readonly yTitle: string;
  /** Where the legend goes; null hides it (a single series needs none). */
  readonly legend: "Bottom" | "Right" | null;
  readonly series: readonly SeriesSpec[];
  /**
   * The range a new chart is made from (ChartCollection.add needs one): a header and its values, a
   * shape every Excel charts even when the values are blank. The series are then set one by one.
   */
  readonly source: string;
  /** Top-left and bottom-right cells for Chart.setPosition (ExcelApi 1.1). */
  readonly position: { readonly start: string; readonly end: string };
}

export interface AnalysisLayout {
  readonly summary: Block;
  readonly data: readonly Block[];
  readonly charts: readonly ChartSpec[];
  /** Why some charts are empty, in the user's language. */
  readonly notes: readonly string[];
  /** First column (0-based) of the chart-data area; everything from here right is Procsheet's. */
  readonly dataLeft: number;
}

/**
 * The grid: the summary in A:D, the charts two abreast in F:M and O:V (8 columns × 18 rows each, a
 * blank column and row between), the chart data from X rightwards. Nothing overlaps, and charts sit
 * where the sheet opens, so they are seen first.
 */
export const CHART_LEFT = SUMMARY_COLUMNS + 1;
export const CHART_COLUMNS = 8;
export const CHART_ROWS = 18;
export const CHARTS_PER_ROW = 2;
export const DATA_LEFT = CHART_LEFT + CHARTS_PER_ROW * (CHART_COLUMNS + 1);
/** The chart-data heading sits on row 1; tables start on row 3 (title), headers on row 4. */
export const DATA_TOP = 2;

export function chartPosition(index: number): { start: string; end: string } {
  const top = Math.floor(index / CHARTS_PER_ROW) * (CHART_ROWS + 1);
  const left = CHART_LEFT + (index % CHARTS_PER_ROW) * (CHART_COLUMNS + 1);
  return { start: address(top, left), end: address(top + CHART_ROWS - 1, left + CHART_COLUMNS - 1) };
}

/** "0–5": an en dash, which, unlike "0-5", no locale reads as a date. */
function binLabel(from: number, to: number): string {
  const n = (x: number): string => String(Number(x.toPrecision(6)));
  return `${n(from)}–${n(to)}`;
}

/**
 * Everything the Analysis sheet holds, computed without Excel: the summary block, the chart-data tables
 * side by side from column X, and for each of the six charts its type, titles, position and series
 * (each series pointing at cells of those tables).
 */
export function layoutAnalysis(
  data: ChartData,
  process: CompiledProcess,
  lang: Lang,
  now: string,
): AnalysisLayout {
  const L = labelsFor(lang);
  const B = L.blocks;
  const name = (id: string): string => stepName(process, id, lang);
  const goalDays = process.definition.goal?.targetCycleDays;
  const noEvents = data.eventCount === 0 ? L.empty.noEvents : undefined;
  const noClosed = noEvents ?? (data.scatter.length === 0 ? L.empty.noClosed : undefined);

  const tables: Table[] = [];
  const histogram: Table = {
    title: B.histogram.title,
    ...(noClosed === undefined ? {} : { note: noClosed }),
    headers: [B.histogram.from, B.histogram.to, B.histogram.bin, B.histogram.cases],
    rows: data.histogram.bins.map((b) => [
      days(b.from),
      days(b.to),
      text(binLabel(b.from, b.to)),
      count(b.count),
    ]),
  };
  const scatter: Table = {
    title: B.scatter.title,
    ...(noClosed === undefined ? {} : { note: noClosed }),
    headers: [B.scatter.caseId, B.scatter.closed, B.scatter.days],
    rows: data.scatter.map((p) => [text(p.caseId), dateSerial(p.closed), days(p.days)]),
  };
  const lineHeaders = [B.lines.closed, L.series.p50, L.series.p85, L.series.p95];
  if (goalDays !== undefined) lineHeaders.push(L.series.goal);
  const lineRow = (x: number): ExcelCell[] => {
    const l = data.lines;
    if (!l) return [];
    const row = [dateSerial(x), days(l.p50), days(l.p85), days(l.p95)];
    if (goalDays !== undefined) row.push(days(goalDays));
    return row;
  };
  const lines: Table = {
    title: B.lines.title,
    headers: lineHeaders,
    rows: data.lines ? [lineRow(data.lines.from), lineRow(data.lines.to)] : [],
  };
  const steps: Table = {
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
  };
  const throughput: Table = {
    title: B.throughput.title,
    ...(noEvents === undefined ? {} : { note: noEvents }),
    headers: [B.throughput.week, B.throughput.closed],
    rows: data.throughput.map((w) => [
      text(w.complete ? w.week : B.throughput.soFar(w.week)),
      count(w.closed),
    ]),
  };
  const flow: Table = {
    title: B.flow.title,
    ...(noEvents === undefined ? {} : { note: noEvents }),
    headers: [B.flow.date, ...data.flow.steps.map(name), L.series.done],
    rows: data.flow.rows.map((r) => [dateSerial(r.date), ...r.counts.map(count), count(r.done)]),
  };
  const noOpen = noEvents ?? (data.aging.length === 0 ? L.empty.noOpen : undefined);
  const aging: Table = {
    title: B.aging.title,
    ...(noOpen === undefined ? {} : { note: noOpen }),
    headers: [B.aging.caseId, B.aging.step, B.aging.position, B.aging.age],
    rows: data.aging.map((p) => [text(p.caseId), text(name(p.step)), count(p.position), days(p.ageDays)]),
  };
  tables.push(histogram, scatter, lines, steps, throughput, flow, aging);

  let left = DATA_LEFT;
  const placed: PlacedTable[] = tables.map((t) => {
    const p = placeTable(t, DATA_TOP, left);
    left += p.width + 1;
    return p;
  });
  const [pHist, pScatter, pLines, pSteps, pThroughput, pFlow, pAging] = placed as [
    PlacedTable,
    PlacedTable,
    PlacedTable,
    PlacedTable,
    PlacedTable,
    PlacedTable,
    PlacedTable,
  ];
  const heading: Block = { top: 0, left: DATA_LEFT, cells: [[text(L.dataArea)]], boldRows: [0] };

  const series: Record<ChartKey, SeriesSpec[]> = {
    cycleHistogram: [
      {
        name: L.series.cases,
        values: pHist.column(3),
        xValues: pHist.column(2),
        chartType: "ColumnClustered",
      },
    ],
    cycleScatter: [
      {
        name: L.series.closedCases,
        values: pScatter.column(2),
        xValues: pScatter.column(1),
        chartType: "XYScatter",
      },
      ...[L.series.p50, L.series.p85, L.series.p95, ...(goalDays === undefined ? [] : [L.series.goal])].map(
        (n, i): SeriesSpec => ({
          name: n,
          values: pLines.column(i + 1),
          xValues: pLines.column(0),
          chartType: "XYScatterLinesNoMarkers",
        }),
      ),
    ],
    stepTime: [
      {
        name: L.series.mean,
        values: pSteps.column(3),
        xValues: pSteps.column(0),
        chartType: "ColumnClustered",
      },
      {
        name: L.series.p85,
        values: pSteps.column(4),
        xValues: pSteps.column(0),
        chartType: "ColumnClustered",
      },
    ],
    agingWip: agingSeries(data, pAging, pSteps, name, L.series.noOpen, L.series.pastP85),
    throughput: [
      {
        name: L.series.closedCases,
        values: pThroughput.column(1),
        xValues: pThroughput.column(0),
        chartType: "ColumnClustered",
      },
    ],
    // Stacked areas pile up from the first series: Done at the bottom, the first step on top, as a
    // cumulative flow diagram is read (mission-anchors.md §2.6).
    cumulativeFlow: [
      {
        name: L.series.done,
        values: pFlow.column(data.flow.steps.length + 1),
        xValues: pFlow.column(0),
        chartType: "AreaStacked" as const,
      },
      ...data.flow.steps
        .map((id, i) => ({
          name: name(id),
          values: pFlow.column(i + 1),
          xValues: pFlow.column(0),
          chartType: "AreaStacked" as const,
        }))
        .reverse(),
    ],
  };
  const types: Record<ChartKey, ChartTypeName> = {
    cycleHistogram: "ColumnClustered",
    cycleScatter: "XYScatter",
    stepTime: "ColumnClustered",
    agingWip: "XYScatter",
    throughput: "ColumnClustered",
    cumulativeFlow: "AreaStacked",
  };
  const sources: Record<ChartKey, string> = {
    cycleHistogram: pHist.columnWithHeader(3),
    cycleScatter: pScatter.columnWithHeader(2),
    stepTime: pSteps.columnWithHeader(3),
    agingWip: pAging.columnWithHeader(3),
    throughput: pThroughput.columnWithHeader(1),
    cumulativeFlow: pFlow.columnWithHeader(data.flow.steps.length + 1),
  };
  const legends: Record<ChartKey, "Bottom" | "Right" | null> = {
    cycleHistogram: null,
    cycleScatter: "Bottom",
    stepTime: "Bottom",
    agingWip: "Right",
    throughput: null,
    cumulativeFlow: "Right",
  };
  const charts = CHART_KEYS.map((key, i): ChartSpec => ({
    key,
    name: chartName(process.definition.id, key),
    type: types[key],
    title: L.charts[key].title,
    xTitle: L.charts[key].x,
    yTitle: L.charts[key].y,
    legend: legends[key],
    series: series[key],
    source: sources[key],
    position: chartPosition(i),
  }));

  const notes: string[] = [];
  if (noEvents !== undefined) notes.push(L.notes.noEvents);
  else {
    if (data.scatter.length === 0) notes.push(L.notes.noClosed);
    if (data.aging.length === 0) notes.push(L.notes.noOpen);
  }
  if (data.analysis.datesFromRegister.length > 0)
    notes.push(L.notes.registerDates(data.analysis.datesFromRegister.length));
  if (data.scatter.length < data.closedTotal)
    notes.push(L.notes.scatterCapped(data.scatter.length, data.closedTotal));
  if (data.flow.stride > 1) notes.push(L.notes.flowWeekly(data.flow.days));

  return {
    summary: summaryBlock(data, process, lang, now),
    data: [heading, ...placed.map((p) => p.block)],
    charts,
    notes,
    dataLeft: DATA_LEFT,
  };
}

/**
 * Aging WIP as Excel can chart it at ExcelApi 1.7: a scatter chart with one series per step that has
 * open cases (X = the step's place in the process, Y = each case's age in the step), so the legend names
 * the steps in order, plus the p85 of past stays per step as the reference a case is measured against
 * (ActionableAgile's percentile bands, mission-anchors.md §2.6). A category axis of step names would need
 * a line or column chart, which cannot plot several cases at one step.
 */
function agingSeries(
  data: ChartData,
  aging: PlacedTable,
  steps: PlacedTable,
  name: (id: string) => string,
  noOpen: string,
  pastP85: string,
): SeriesSpec[] {
  const out: SeriesSpec[] = [];
  let from = 0;
  for (const s of data.steps) {
    const n = data.aging.filter((p) => p.step === s.id).length;
    if (n === 0) continue;
    out.push({
      name: name(s.id),
      values: aging.column(3, from, n),
      xValues: aging.column(2, from, n),
      chartType: "XYScatter",
    });
    from += n;
  }
  if (out.length === 0)
    out.push({ name: noOpen, values: aging.column(3), xValues: aging.column(2), chartType: "XYScatter" });
  out.push({ name: pastP85, values: steps.column(4), xValues: steps.column(1), chartType: "XYScatter" });
  return out;
}
