/**
 * The numbers behind a simulated chart: each series' values and x values read from the cells its
 * references point at (`=Sheet!$B$2:$B$9`), as Excel would plot them.
 */
import type { ExcelSimulation } from "../../test/excel-sim";
import { parseLocalRange, splitSheet } from "../../test/excel-sim/address";
import type { ChartModel } from "../../test/excel-sim/model/types";

export interface SeriesData {
  readonly name: string;
  readonly chartType: string;
  /** Numbers to plot; null for an empty or text cell (a gap). */
  readonly values: readonly (number | null)[];
  /** X values: numbers for scatter charts, otherwise only their texts are used as categories. */
  readonly x: readonly (number | null)[];
  /** The x cells as Excel shows them (dates formatted), for category and tick labels. */
  readonly xText: readonly string[];
}

export interface ChartData {
  readonly id: string;
  readonly title: string;
  readonly type: string;
  readonly legend: boolean;
  readonly xTitle?: string;
  readonly yTitle?: string;
  readonly series: readonly SeriesData[];
}

/** Cells are read at most this far: a chart over a whole column stays cheap to draw. */
const MAX_POINTS = 2000;

interface Cells {
  readonly values: (number | null)[];
  readonly texts: string[];
}

/** The cells of `=Sheet!A1:A9` (or a literal `{1,2,3}` list), in order; empty when it can't be read. */
export function readReference(sim: ExcelSimulation, reference: string | undefined): Cells {
  const values: (number | null)[] = [];
  const texts: string[] = [];
  if (!reference) return { values, texts };
  const body = reference.startsWith("=") ? reference.slice(1) : reference;
  if (body.startsWith("{")) {
    for (const item of body.replace(/[{}]/g, "").split(/[,;]/)) {
      const n = Number(item);
      values.push(item.trim() !== "" && Number.isFinite(n) ? n : null);
      texts.push(item.replace(/^"(.*)"$/, "$1"));
    }
    return { values, texts };
  }
  const { sheet: sheetName, local } = splitSheet(body);
  const sheet = sheetName ? sim.model.sheetByName(sheetName) : undefined;
  const rect = parseLocalRange(local);
  if (!sheet || !rect) return { values, texts };
  for (let r = rect.top; r <= rect.bottom && values.length < MAX_POINTS; r++)
    for (let c = rect.left; c <= rect.right && values.length < MAX_POINTS; c++) {
      try {
        const read = sim.model.readCell(sheet, r, c);
        values.push(read.type === "Double" && typeof read.value === "number" ? read.value : null);
        texts.push(sim.model.readText(sheet, r, c));
      } catch {
        values.push(null);
        texts.push("");
      }
    }
  return { values, texts };
}

export function chartData(sim: ExcelSimulation, chart: ChartModel): ChartData {
  const series = chart.series.map((s): SeriesData => {
    const v = readReference(sim, s.values);
    const x = readReference(sim, s.xValues);
    return {
      name: s.name,
      chartType: s.chartType ?? chart.type,
      values: v.values,
      x: x.values,
      xText: x.texts.length > 0 ? x.texts : v.values.map((_, i) => String(i + 1)),
    };
  });
  return {
    id: chart.id,
    title: chart.title ?? chart.name,
    type: chart.type,
    legend: chart.legend.visible,
    ...(chart.axes.category.title ? { xTitle: chart.axes.category.title } : {}),
    ...(chart.axes.value.title ? { yTitle: chart.axes.value.title } : {}),
    series,
  };
}
