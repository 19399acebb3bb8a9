import { procsheetError } from "../../core/error";
import type { Lang } from "../../words/lang";
import type { ProcsheetError, Result } from "../../core/result";
import { resolveText } from "../../core/text";
import { parseLocal } from "../../core/time/local-time";
import type { ChartReport } from "../api-types";
import { safeText } from "../../workbook/excel-cell";
import { runExcel } from "../excel-run";
import { uniqueName } from "../register/create-register";
import type { ProcessBinding } from "../../workbook/binding";
import { compiledBinding } from "../../workbook/compiled-binding";
import { buildChartData } from "../../workbook/charts/chart-data";
import {
  DATA_TOP,
  layoutAnalysis,
  type AnalysisLayout,
  type ChartSpec,
} from "../../workbook/charts/chart-specs";
import { queueHistoryShape, readHistoryEvents } from "../history/history-source";
import { loadRegister } from "../register/load-register";
import { blockWidth, rectangle, type Block } from "../../workbook/charts/grid";
import { analysisSheetName, CHART_KEYS, chartName, labelsFor } from "../../workbook/charts/labels";
import { SUMMARY_COLUMNS, SUMMARY_HEADER_ROW } from "../../workbook/charts/summary-block";

interface FoundSheet {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  /** Procsheet's charts already there, by name, with their type. */
  readonly ours: ReadonlyMap<string, string>;
  /** Charts on the sheet that are not Procsheet's (left alone). */
  readonly others: number;
}

/**
 * The Analysis sheet of a process is the sheet holding its named charts (`PS_<id>_<chart>`), whatever it
 * has been renamed to; the first such sheet in tab order wins if a copy was made. A sheet holding a table
 * is never taken, even with our charts on it: rebuilding clears cells, and a register or a History must
 * never be cleared because someone moved a chart there.
 */
async function findAnalysisSheet(
  context: Excel.RequestContext,
  sheets: Excel.WorksheetCollection,
  processId: string,
): Promise<FoundSheet | undefined> {
  const names = new Set(CHART_KEYS.map((k) => chartName(processId, k)));
  const lists = sheets.items.map((s) => ({
    sheet: s,
    charts: s.charts.load("items/name,items/chartType"),
    tables: s.tables.load("items/name"),
  }));
  await context.sync();
  for (const { sheet, charts, tables } of lists) {
    if (tables.items.length > 0) continue;
    const ours = new Map(
      charts.items.filter((c) => names.has(c.name)).map((c) => [c.name, String(c.chartType)]),
    );
    if (ours.size > 0) return { sheet, name: sheet.name, ours, others: charts.items.length - ours.size };
  }
  return undefined;
}

/** Queues a block's number formats, then its values (text format first: docs/reliability.md §1), then bold rows. */
function queueBlock(sheet: Excel.Worksheet, b: Block): void {
  const cells = rectangle(b);
  const width = blockWidth(b);
  const range = sheet.getRangeByIndexes(b.top, b.left, cells.length, width);
  range.numberFormat = cells.map((r) => r.map((c) => c.numberFormat ?? "General"));
  range.values = cells.map((r) => r.map((c) => c.value));
  for (const row of b.boldRows)
    if (row < cells.length) sheet.getRangeByIndexes(b.top + row, b.left, 1, width).format.font.bold = true;
}

/**
 * Clears what an earlier run wrote: the summary columns and the chart-data columns, down to the last
 * used row. Cells between them (where the charts sit) and every chart are left alone.
 */
function queueClear(sheet: Excel.Worksheet, used: Excel.Range, dataLeft: number): void {
  if (used.isNullObject) return;
  const rows = used.rowIndex + used.rowCount;
  const right = used.columnIndex + used.columnCount - 1;
  sheet.getRangeByIndexes(0, 0, rows, SUMMARY_COLUMNS).clear("All");
  if (right >= dataLeft) sheet.getRangeByIndexes(0, dataLeft, rows, right - dataLeft + 1).clear("All");
}

/** Titles, axis titles and legend: set on every run, so a change of language reaches existing charts. */
function queueChartTexts(chart: Excel.Chart, spec: ChartSpec): void {
  chart.title.text = safeText(spec.title);
  chart.axes.categoryAxis.title.text = safeText(spec.xTitle);
  chart.axes.valueAxis.title.text = safeText(spec.yTitle);
  chart.legend.visible = spec.legend !== null;
  if (spec.legend !== null) chart.legend.position = spec.legend;
}

/**
 * Points a chart's series at the new data: series that exist are updated in place (ExcelApi 1.7
 * `setValues`/`setXAxisValues`, https://learn.microsoft.com/javascript/api/excel/excel.chartseries),
 * missing ones are added and surplus ones deleted from the end, so the chart keeps its identity and any
 * formatting a person gave it. Values are set before the series type: a new series has no data until
 * then (https://learn.microsoft.com/javascript/api/excel/excel.chartseriescollection#excel-excel-chartseriescollection-add-member(1)).
 */
function queueSeries(sheet: Excel.Worksheet, chart: Excel.Chart, spec: ChartSpec, have: number): void {
  spec.series.forEach((s, i) => {
    const series = i < have ? chart.series.getItemAt(i) : chart.series.add(safeText(s.name));
    series.name = safeText(s.name);
    series.setValues(sheet.getRange(s.values));
    series.setXAxisValues(sheet.getRange(s.xValues));
    series.chartType = s.chartType;
  });
  for (let i = have - 1; i >= spec.series.length; i--) chart.series.getItemAt(i).delete();
}

function queueAutofit(sheet: Excel.Worksheet, layout: AnalysisLayout): void {
  const summaryRows = layout.summary.cells.length - SUMMARY_HEADER_ROW;
  sheet.getRangeByIndexes(SUMMARY_HEADER_ROW, 0, summaryRows, SUMMARY_COLUMNS).format.autofitColumns();
  const right = Math.max(...layout.data.map((b) => b.left + blockWidth(b)));
  const bottom = Math.max(...layout.data.map((b) => b.top + b.cells.length));
  // From the header row: headings and table titles are long and may run on into the next cells.
  const top = DATA_TOP + 1;
  sheet
    .getRangeByIndexes(top, layout.dataLeft, Math.max(1, bottom - top), right - layout.dataLeft)
    .format.autofitColumns();
}

/**
 * Builds or rebuilds a process's Analysis sheet (docs/product.md §2 step 6): a summary table at A1 (with on time
 * by step and the SLA breaches; below the minimum of closed cases no verdict), six native charts (cycle-time histogram and scatter with p50/p85/p95, time per step, aging WIP, weekly throughput,
 * cumulative flow) and the small tables they read. Idempotent (docs/reliability.md W8): a re-run rewrites the
 * same cells and updates the same charts, found by name; charts a person added are never touched.
 * Works from ExcelApi 1.7 (chart series members). One `Excel.run`.
 */
export async function buildCharts(
  binding: ProcessBinding,
  now: string,
  lang: Lang,
): Promise<Result<ChartReport, ProcsheetError>> {
  const compiled = compiledBinding(binding);
  if (!compiled.ok) return { ok: false, error: compiled.error[0] as ProcsheetError };
  if (parseLocal(now) === undefined)
    return {
      ok: false,
      error: procsheetError("DATA", "data.badNow", { value: now }),
    };
  const process = compiled.value;
  const L = labelsFor(lang);
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const history = queueHistoryShape(context, binding);
    await context.sync();
    const found = await findAnalysisSheet(context, sheets, binding.id);
    const used = found?.sheet.getUsedRangeOrNullObject().load("rowIndex,rowCount,columnIndex,columnCount");
    // The first History block's sync also delivers the used range.
    const events = await readHistoryEvents(context, binding, history);
    // Work in progress is the register's, aged from its step-start dates (docs/specification.md §4.7).
    const register = (await loadRegister(context, binding)).rows;
    const data = buildChartData(process, events, now, { register });
    const layout = layoutAnalysis(data, process, lang, now);

    let sheet: Excel.Worksheet;
    let sheetName: string;
    if (found) {
      sheet = found.sheet;
      sheetName = found.name;
      if (used) queueClear(sheet, used, layout.dataLeft);
    } else {
      const title = resolveText(binding.definition.name, lang) || binding.definition.id;
      sheetName = uniqueName(analysisSheetName(title, lang), new Set(sheets.items.map((s) => s.name)));
      sheet = context.workbook.worksheets.add(sheetName);
    }
    queueBlock(sheet, layout.summary);
    for (const b of layout.data) queueBlock(sheet, b);
    queueAutofit(sheet, layout);

    const charts = layout.charts.map((spec) => {
      const existing = found?.ours.get(spec.name);
      let chart: Excel.Chart;
      if (existing === undefined) {
        // https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)
        chart = sheet.charts.add(spec.type, sheet.getRange(spec.source), "Columns");
        chart.name = spec.name;
        // Placed only when created: a chart a person moved or resized stays where they put it
        // (https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-setposition-member(1)).
        chart.setPosition(spec.position.start, spec.position.end);
      } else {
        chart = sheet.charts.getItem(spec.name);
        if (existing !== spec.type) chart.chartType = spec.type;
      }
      queueChartTexts(chart, spec);
      return { chart, spec, count: chart.series.getCount() };
    });
    await context.sync();

    for (const { chart, spec, count } of charts) queueSeries(sheet, chart, spec, count.value);
    sheet.activate();
    await context.sync();

    const notes = [found ? L.notes.updated(sheetName) : L.notes.created(sheetName), ...layout.notes];
    if (found && found.others > 0) notes.push(L.notes.userCharts(found.others));
    // What the pane lists: the titles people see on the sheet, in their language.
    return { sheetName, charts: layout.charts.map((c) => c.title), notes };
  });
}
