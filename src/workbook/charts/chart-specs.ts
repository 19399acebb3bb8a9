import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import type { ChartData } from "./chart-data";
import { analysisTables, TABLE_KEYS, type TableKey } from "./analysis-tables";
import { CHART_RECIPES, recipeInput } from "./chart-recipes";
import { address, placeTable, text, type Block, type PlacedTable } from "./grid";
import { CHART_KEYS, chartName, labelsFor, type ChartKey } from "./labels";
import { SUMMARY_COLUMNS, summaryBlock } from "./summary-block";

/**
 * Chart types Procsheet uses, all in ExcelApi 1.1's ChartType
 * (https://learn.microsoft.com/javascript/api/excel/excel.charttype). The Histogram type is avoided on
 * purpose: it is unreliable on the web (docs/office-notes.md §2), so histograms are columns over bins
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

/**
 * Everything the Analysis sheet holds, computed without Excel: the summary block, the chart-data tables
 * side by side from column X (analysis-tables.ts), and for each of the six charts its type, titles,
 * position and series (chart-recipes.ts), each series pointing at cells of those tables.
 */
export function layoutAnalysis(
  data: ChartData,
  process: CompiledProcess,
  lang: Lang,
  now: string,
): AnalysisLayout {
  const L = labelsFor(lang);
  const tables = analysisTables(data, process, lang);
  let left = DATA_LEFT;
  const placed = Object.fromEntries(
    TABLE_KEYS.map((key) => {
      const p = placeTable(tables[key], DATA_TOP, left);
      left += p.width + 1;
      return [key, p];
    }),
  ) as Record<TableKey, PlacedTable>;
  const heading: Block = { top: 0, left: DATA_LEFT, cells: [[text(L.dataArea)]], boldRows: [0] };
  const input = recipeInput(data, placed, process, lang);
  const charts = CHART_KEYS.map((key, i): ChartSpec => {
    const recipe = CHART_RECIPES[key];
    return {
      key,
      name: chartName(process.definition.id, key),
      type: recipe.type,
      title: L.charts[key].title,
      xTitle: L.charts[key].x,
      yTitle: L.charts[key].y,
      legend: recipe.legend,
      series: recipe.series(input),
      source: recipe.source(input),
      position: chartPosition(i),
    };
  });
  return {
    summary: summaryBlock(data, process, lang, now),
    data: [heading, ...TABLE_KEYS.map((key) => placed[key].block)],
    charts,
    notes: analysisNotes(data, L),
    dataLeft: DATA_LEFT,
  };
}

/** Why some charts are empty or thinned, in the reader's language. */
function analysisNotes(data: ChartData, L: ReturnType<typeof labelsFor>): string[] {
  const notes: string[] = [];
  if (data.eventCount === 0) notes.push(L.notes.noEvents);
  else {
    if (data.scatter.length === 0) notes.push(L.notes.noClosed);
    if (data.aging.length === 0) notes.push(L.notes.noOpen);
  }
  if (data.analysis.datesFromRegister.length > 0)
    notes.push(L.notes.registerDates(data.analysis.datesFromRegister.length));
  if (data.scatter.length < data.closedTotal)
    notes.push(L.notes.scatterCapped(data.scatter.length, data.closedTotal));
  if (data.flow.stride > 1) notes.push(L.notes.flowWeekly(data.flow.days));
  return notes;
}
