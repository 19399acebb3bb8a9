import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import type { ChartData } from "./chart-data";
import type { ChartTypeName, SeriesSpec } from "./chart-specs";
import type { TableKey } from "./analysis-tables";
import type { PlacedTable } from "./grid";
import { labelsFor, stepName, type ChartKey } from "./labels";

/** What a chart's series are drawn from: the placed tables, the data and the reader's words. */
interface RecipeInput {
  readonly data: ChartData;
  readonly t: Readonly<Record<TableKey, PlacedTable>>;
  readonly L: ReturnType<typeof labelsFor>;
  readonly name: (id: string) => string;
  readonly goalDays: number | undefined;
}

/** One chart of the Analysis sheet: its type and legend, the range it is made from, and its series. */
interface ChartRecipe {
  readonly type: ChartTypeName;
  /** Where the legend goes; null hides it (a single series needs none). */
  readonly legend: "Bottom" | "Right" | null;
  readonly source: (x: RecipeInput) => string;
  readonly series: (x: RecipeInput) => SeriesSpec[];
}

const cycleHistogram: ChartRecipe = {
  type: "ColumnClustered",
  legend: null,
  source: ({ t }) => t.histogram.columnWithHeader(3),
  series: ({ t, L }) => [
    {
      name: L.series.cases,
      values: t.histogram.column(3),
      xValues: t.histogram.column(2),
      chartType: "ColumnClustered",
    },
  ],
};

const cycleScatter: ChartRecipe = {
  type: "XYScatter",
  legend: "Bottom",
  source: ({ t }) => t.scatter.columnWithHeader(2),
  series: ({ t, L, goalDays }) => [
    {
      name: L.series.closedCases,
      values: t.scatter.column(2),
      xValues: t.scatter.column(1),
      chartType: "XYScatter",
    },
    ...[L.series.p50, L.series.p85, L.series.p95, ...(goalDays === undefined ? [] : [L.series.goal])].map(
      (n, i): SeriesSpec => ({
        name: n,
        values: t.lines.column(i + 1),
        xValues: t.lines.column(0),
        chartType: "XYScatterLinesNoMarkers",
      }),
    ),
  ],
};

const stepTime: ChartRecipe = {
  type: "ColumnClustered",
  legend: "Bottom",
  source: ({ t }) => t.steps.columnWithHeader(3),
  series: ({ t, L }) => [
    {
      name: L.series.mean,
      values: t.steps.column(3),
      xValues: t.steps.column(0),
      chartType: "ColumnClustered",
    },
    {
      name: L.series.p85,
      values: t.steps.column(4),
      xValues: t.steps.column(0),
      chartType: "ColumnClustered",
    },
  ],
};

const agingWip: ChartRecipe = {
  type: "XYScatter",
  legend: "Right",
  source: ({ t }) => t.aging.columnWithHeader(3),
  series: ({ data, t, L, name }) =>
    agingSeries(data, t.aging, t.steps, name, L.series.noOpen, L.series.pastP85),
};

const throughput: ChartRecipe = {
  type: "ColumnClustered",
  legend: null,
  source: ({ t }) => t.throughput.columnWithHeader(1),
  series: ({ t, L }) => [
    {
      name: L.series.closedCases,
      values: t.throughput.column(1),
      xValues: t.throughput.column(0),
      chartType: "ColumnClustered",
    },
  ],
};

// Stacked areas pile up from the first series: Done at the bottom, the first step on top, as a cumulative
// flow diagram is read (docs/specification.md §4.10).
const cumulativeFlow: ChartRecipe = {
  type: "AreaStacked",
  legend: "Right",
  source: ({ t, data }) => t.flow.columnWithHeader(data.flow.steps.length + 1),
  series: ({ t, data, L, name }) => [
    {
      name: L.series.done,
      values: t.flow.column(data.flow.steps.length + 1),
      xValues: t.flow.column(0),
      chartType: "AreaStacked",
    },
    ...data.flow.steps
      .map((id, i): SeriesSpec => ({
        name: name(id),
        values: t.flow.column(i + 1),
        xValues: t.flow.column(0),
        chartType: "AreaStacked",
      }))
      .reverse(),
  ],
};

/** The six charts, each from its own recipe. */
export const CHART_RECIPES: Readonly<Record<ChartKey, ChartRecipe>> = {
  cycleHistogram,
  cycleScatter,
  stepTime,
  agingWip,
  throughput,
  cumulativeFlow,
};

/** The input every recipe reads. */
export function recipeInput(
  data: ChartData,
  t: Readonly<Record<TableKey, PlacedTable>>,
  process: CompiledProcess,
  lang: Lang,
): RecipeInput {
  return {
    data,
    t,
    L: labelsFor(lang),
    name: (id) => stepName(process, id, lang),
    goalDays: process.definition.goal?.targetCycleDays,
  };
}

/**
 * Aging WIP as Excel can chart it at ExcelApi 1.7: a scatter chart with one series per step that has
 * open cases (X = the step's place in the process, Y = each case's age in the step), so the legend names
 * the steps in order, plus the p85 of past stays per step as the reference a case is measured against
 * (ActionableAgile's percentile bands, docs/specification.md §4.10). A category axis of step names would need
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
