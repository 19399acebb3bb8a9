/**
 * Charts: add(type, source, seriesBy), series (values, xValues, name, chartType), title, axis titles,
 * legend, setPosition, delete, name.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts
 * https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseries (series members: ExcelApi 1.7)
 */
import { formatAddress, rectColumns, rectRows } from "./address";
import type { Rect } from "./address";
import { ErrorCode, officeError } from "./errors";
import type { ChartModel, ChartSeriesModel, SheetModel } from "./model/types";
import type { RangeRef, WorkbookModel } from "./model/workbook-model";
import { defineProps, rectFromAddress } from "./range";
import type { RangeProxy } from "./range";
import { SimCollection, SimObject } from "./request-context";
import type { PropDef, ProxyInit } from "./request-context";

const CHART_TYPES_11 = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "3DColumnClustered",
  "3DColumnStacked",
  "3DColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "3DBarClustered",
  "3DBarStacked",
  "3DBarStacked100",
  "LineStacked",
  "LineStacked100",
  "LineMarkers",
  "LineMarkersStacked",
  "LineMarkersStacked100",
  "PieOfPie",
  "PieExploded",
  "3DPieExploded",
  "BarOfPie",
  "XYScatterSmooth",
  "XYScatterSmoothNoMarkers",
  "XYScatterLines",
  "XYScatterLinesNoMarkers",
  "AreaStacked",
  "AreaStacked100",
  "3DAreaStacked",
  "3DAreaStacked100",
  "DoughnutExploded",
  "RadarMarkers",
  "RadarFilled",
  "Surface",
  "SurfaceWireframe",
  "SurfaceTopView",
  "SurfaceTopViewWireframe",
  "Bubble",
  "Bubble3DEffect",
  "StockHLC",
  "StockOHLC",
  "StockVHLC",
  "StockVOHLC",
  "CylinderColClustered",
  "CylinderColStacked",
  "CylinderColStacked100",
  "CylinderBarClustered",
  "CylinderBarStacked",
  "CylinderBarStacked100",
  "CylinderCol",
  "ConeColClustered",
  "ConeColStacked",
  "ConeColStacked100",
  "ConeBarClustered",
  "ConeBarStacked",
  "ConeBarStacked100",
  "ConeCol",
  "PyramidColClustered",
  "PyramidColStacked",
  "PyramidColStacked100",
  "PyramidBarClustered",
  "PyramidBarStacked",
  "PyramidBarStacked100",
  "PyramidCol",
  "3DColumn",
  "Line",
  "3DLine",
  "3DPie",
  "Pie",
  "XYScatter",
  "3DArea",
  "Area",
  "Doughnut",
  "Radar",
  "Histogram",
];
const CHART_TYPES_19 = ["Boxwhisker", "Pareto", "RegionMap", "Treemap", "Waterfall", "Sunburst", "Funnel"];

function chartType(host: SimObject, t: unknown, location: string): string {
  const s = String(t);
  const hit = CHART_TYPES_11.find((x) => x.toLowerCase() === s.toLowerCase());
  if (hit) return hit;
  const newer = CHART_TYPES_19.find((x) => x.toLowerCase() === s.toLowerCase());
  if (newer) {
    if (!host._host.hasApi("Worksheet.autoFilter")) throw officeError(ErrorCode.apiNotFound, location);
    return newer;
  }
  throw officeError(ErrorCode.invalidArgument, location);
}

function absRef(sheet: string, r: Rect): string {
  return "=" + formatAddress(sheet, r).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/** Series from a source range: first row = names when it holds text, first column = categories when it holds text. */
export function seriesFromSource(
  model: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  seriesBy: string,
): { series: ChartSeriesModel[]; by: string } {
  const byColumns =
    seriesBy === "Columns" || ((seriesBy === "Auto" || !seriesBy) && rectRows(rect) >= rectColumns(rect));
  const isText = (r: number, c: number): boolean => model.readCell(sheet, r, c).type === "String";
  const series: ChartSeriesModel[] = [];
  if (byColumns) {
    let headerRow = false;
    for (let c = rect.left; c <= rect.right; c++) if (isText(rect.top, c)) headerRow = true;
    let catCol = false;
    for (let r = rect.top + (headerRow ? 1 : 0); r <= rect.bottom; r++)
      if (isText(r, rect.left)) catCol = true;
    if (rectColumns(rect) === 1) catCol = false;
    const firstData = rect.top + (headerRow ? 1 : 0);
    for (let c = rect.left + (catCol ? 1 : 0); c <= rect.right; c++) {
      const s: ChartSeriesModel = {
        name: headerRow ? model.readText(sheet, rect.top, c) : `Series${series.length + 1}`,
        values: absRef(sheet.name, { top: firstData, bottom: rect.bottom, left: c, right: c }),
      };
      if (catCol)
        s.xValues = absRef(sheet.name, {
          top: firstData,
          bottom: rect.bottom,
          left: rect.left,
          right: rect.left,
        });
      series.push(s);
    }
  } else {
    let headerCol = false;
    for (let r = rect.top; r <= rect.bottom; r++) if (isText(r, rect.left)) headerCol = true;
    let catRow = false;
    for (let c = rect.left + (headerCol ? 1 : 0); c <= rect.right; c++)
      if (isText(rect.top, c)) catRow = true;
    const firstData = rect.left + (headerCol ? 1 : 0);
    for (let r = rect.top + (catRow ? 1 : 0); r <= rect.bottom; r++) {
      const s: ChartSeriesModel = {
        name: headerCol ? model.readText(sheet, r, rect.left) : `Series${series.length + 1}`,
        values: absRef(sheet.name, { top: r, bottom: r, left: firstData, right: rect.right }),
      };
      if (catRow)
        s.xValues = absRef(sheet.name, {
          top: rect.top,
          bottom: rect.top,
          left: firstData,
          right: rect.right,
        });
      series.push(s);
    }
  }
  return { series, by: byColumns ? "Columns" : "Rows" };
}

interface ChartRef {
  sheet: SheetModel;
  chart: ChartModel;
}

export class ChartCollectionProxy extends SimCollection<ChartProxy> {
  override get _typeName(): string {
    return "ChartCollection";
  }
  declare readonly count: number;
  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _props(): Record<string, PropDef> {
    return { count: { readOnly: true, get: (_s, ref) => (ref as SheetModel).charts.length } };
  }
  _enumerate(ref: unknown): unknown[] {
    const sheet = ref as SheetModel;
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }
  _makeItem(init: ProxyInit): ChartProxy {
    return new ChartProxy(this.context, init);
  }
  add(type: string, sourceData: RangeProxy, seriesBy: string = "Auto"): ChartProxy {
    const created = this._child(
      (init) => new ChartProxy(this.context, init),
      "add",
      [type, "range", seriesBy],
      (p) => {
        const sheet = p as SheetModel;
        const t = chartType(this, type, "ChartCollection.add");
        if (!["Auto", "Columns", "Rows"].includes(seriesBy))
          throw officeError(ErrorCode.invalidArgument, "ChartCollection.add");
        const rr = sourceData._requireRef("ChartCollection.add") as RangeRef;
        const srcSheet = this._model.sheetById(rr.sheetId);
        if (!srcSheet) throw officeError(ErrorCode.itemNotFound, "ChartCollection.add");
        const { series, by } = seriesFromSource(this._model, srcSheet, rr.rect, seriesBy);
        let n = 1;
        const names = new Set(this._model.sheets.flatMap((s) => s.charts.map((c) => c.name)));
        while (names.has(`Chart ${n}`)) n++;
        const chart: ChartModel = {
          id: this._model.newId("chart"),
          name: `Chart ${n}`,
          type: t,
          source: "=" + formatAddress(srcSheet.name, rr.rect),
          seriesBy: by,
          titleVisible: false,
          legend: { visible: true, position: "Right" },
          axes: { category: {}, value: {} },
          series,
          top: 0,
          left: 0,
          width: 360,
          height: 216,
        };
        sheet.charts.push(chart);
        return { sheet, chart };
      },
      { stable: true },
    );
    this._invoke("add", [type, "range", seriesBy], () => created._ensureRef());
    return created;
  }
  private _find(ref: unknown, name: string): ChartRef | undefined {
    const sheet = ref as SheetModel;
    const chart = sheet.charts.find((c) => c.name === name || c.id === name);
    return chart ? { sheet, chart } : undefined;
  }
  getItem(name: string): ChartProxy {
    return this._child(
      (init) => new ChartProxy(this.context, init),
      "getItem",
      [name],
      (p) => {
        const hit = this._find(p, name);
        if (!hit) throw officeError(ErrorCode.itemNotFound, "ChartCollection.getItem");
        return hit;
      },
    );
  }
  getItemOrNullObject(name: string): ChartProxy {
    return this._child(
      (init) => new ChartProxy(this.context, init),
      "getItemOrNullObject",
      [name],
      (p) => this._find(p, name) ?? null,
      { nullable: true },
    );
  }
  getItemAt(index: number): ChartProxy {
    return this._child(
      (init) => new ChartProxy(this.context, init),
      "getItemAt",
      [index],
      (p) => {
        const sheet = p as SheetModel;
        const chart = sheet.charts[index];
        if (!chart) throw officeError(ErrorCode.invalidArgument, "ChartCollection.getItemAt");
        return { sheet, chart };
      },
    );
  }
}
defineProps(ChartCollectionProxy, ["count"]);

abstract class ChartPart extends SimObject {
  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _alive(ref: unknown): boolean {
    const r = ref as ChartRef;
    return r.sheet.charts.includes(r.chart) && this._model.sheets.includes(r.sheet);
  }
}

const CHART_PROPS: Record<string, PropDef<ChartProxy>> = {
  id: { readOnly: true, member: "Chart.id", get: (_s, ref) => (ref as ChartRef).chart.id },
  name: {
    get: (_s, ref) => (ref as ChartRef).chart.name,
    set: (_s, ref, v) => {
      if (typeof v !== "string" || v === "") throw officeError(ErrorCode.invalidArgument, "Chart.name");
      (ref as ChartRef).chart.name = v;
    },
  },
  chartType: {
    get: (_s, ref) => (ref as ChartRef).chart.type,
    set: (s, ref, v) => {
      (ref as ChartRef).chart.type = chartType(s, v, "Chart.chartType");
    },
  },
  top: {
    get: (_s, ref) => (ref as ChartRef).chart.top,
    set: (_s, ref, v) => void ((ref as ChartRef).chart.top = Number(v)),
  },
  left: {
    get: (_s, ref) => (ref as ChartRef).chart.left,
    set: (_s, ref, v) => void ((ref as ChartRef).chart.left = Number(v)),
  },
  width: {
    get: (_s, ref) => (ref as ChartRef).chart.width,
    set: (_s, ref, v) => void ((ref as ChartRef).chart.width = Number(v)),
  },
  height: {
    get: (_s, ref) => (ref as ChartRef).chart.height,
    set: (_s, ref, v) => void ((ref as ChartRef).chart.height = Number(v)),
  },
};

export class ChartProxy extends ChartPart {
  override get _typeName(): string {
    return "Chart";
  }
  declare readonly id: string;
  declare name: string;
  declare chartType: string;
  declare top: number;
  declare left: number;
  declare width: number;
  declare height: number;
  override _props(): Record<string, PropDef> {
    return CHART_PROPS as Record<string, PropDef>;
  }
  override _navNames(): string[] {
    return ["title", "legend", "axes", "series"];
  }
  override _stableAfterLoad(): boolean {
    return true;
  }
  get title(): ChartTitleProxy {
    return this._nav("title", (init) => new ChartTitleProxy(this.context, init));
  }
  get legend(): ChartLegendProxy {
    return this._nav("legend", (init) => new ChartLegendProxy(this.context, init));
  }
  get axes(): ChartAxesProxy {
    return this._nav("axes", (init) => new ChartAxesProxy(this.context, init));
  }
  get series(): ChartSeriesCollectionProxy {
    return this._nav("series", (init) => new ChartSeriesCollectionProxy(this.context, init));
  }
  /** setPosition(startCell, endCell?): https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-setposition-member(1) */
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this._invoke("setPosition", ["...", "..."], (ref) => {
      const r = ref as ChartRef;
      const cell = (x: RangeProxy | string): string => {
        if (typeof x === "string")
          return formatAddress(r.sheet.name, rectFromAddress(r.sheet, x, "Chart.setPosition"));
        const rr = x._requireRef("Chart.setPosition") as RangeRef;
        return formatAddress(r.sheet.name, rr.rect);
      };
      const pos: { start: string; end?: string } = { start: cell(startCell) };
      if (endCell !== undefined) pos.end = cell(endCell);
      r.chart.position = pos;
    });
  }
  setData(sourceData: RangeProxy, seriesBy = "Auto"): void {
    this._invoke("setData", ["range", seriesBy], (ref) => {
      const r = ref as ChartRef;
      const rr = sourceData._requireRef("Chart.setData") as RangeRef;
      const sheet = this._model.sheetById(rr.sheetId);
      if (!sheet) throw officeError(ErrorCode.itemNotFound, "Chart.setData");
      const { series, by } = seriesFromSource(this._model, sheet, rr.rect, seriesBy);
      r.chart.series = series;
      r.chart.seriesBy = by;
      r.chart.source = "=" + formatAddress(sheet.name, rr.rect);
    });
  }
  delete(): void {
    this._invoke("delete", [], (ref) => {
      const r = ref as ChartRef;
      r.sheet.charts = r.sheet.charts.filter((c) => c !== r.chart);
    });
  }
}
defineProps(ChartProxy, Object.keys(CHART_PROPS));

export class ChartTitleProxy extends ChartPart {
  override get _typeName(): string {
    return "ChartTitle";
  }
  declare text: string;
  declare visible: boolean;
  override _props(): Record<string, PropDef> {
    return {
      text: {
        get: (_s, ref) => (ref as ChartRef).chart.title ?? "",
        set: (_s, ref, v) => {
          const c = (ref as ChartRef).chart;
          c.title = String(v);
          c.titleVisible = true;
        },
      },
      visible: {
        get: (_s, ref) => (ref as ChartRef).chart.titleVisible,
        set: (_s, ref, v) => void ((ref as ChartRef).chart.titleVisible = Boolean(v)),
      },
    };
  }
}
defineProps(ChartTitleProxy, ["text", "visible"]);

export class ChartLegendProxy extends ChartPart {
  override get _typeName(): string {
    return "ChartLegend";
  }
  declare visible: boolean;
  declare position: string;
  override _props(): Record<string, PropDef> {
    return {
      visible: {
        get: (_s, ref) => (ref as ChartRef).chart.legend.visible,
        set: (_s, ref, v) => void ((ref as ChartRef).chart.legend.visible = Boolean(v)),
      },
      position: {
        get: (_s, ref) => (ref as ChartRef).chart.legend.position,
        set: (_s, ref, v) => {
          if (!["Top", "Bottom", "Left", "Right", "Corner", "Custom", "Invalid"].includes(String(v)))
            throw officeError(ErrorCode.invalidArgument, "ChartLegend.position");
          (ref as ChartRef).chart.legend.position = String(v);
        },
      },
    };
  }
}
defineProps(ChartLegendProxy, ["visible", "position"]);

export class ChartAxesProxy extends ChartPart {
  override get _typeName(): string {
    return "ChartAxes";
  }
  override _navNames(): string[] {
    return ["categoryAxis", "valueAxis"];
  }
  get categoryAxis(): ChartAxisProxy {
    return this._nav("categoryAxis", (init) => new ChartAxisProxy(this.context, init, "category"));
  }
  get valueAxis(): ChartAxisProxy {
    return this._nav("valueAxis", (init) => new ChartAxisProxy(this.context, init, "value"));
  }
}

export class ChartAxisProxy extends ChartPart {
  readonly _axis: "category" | "value";
  constructor(
    context: ConstructorParameters<typeof SimObject>[0],
    init: ProxyInit,
    axis: "category" | "value",
  ) {
    super(context, init);
    this._axis = axis;
  }
  override get _typeName(): string {
    return "ChartAxis";
  }
  override _navNames(): string[] {
    return ["title"];
  }
  get title(): ChartAxisTitleProxy {
    return this._nav("title", (init) => new ChartAxisTitleProxy(this.context, init, this._axis));
  }
}

export class ChartAxisTitleProxy extends ChartPart {
  readonly _axis: "category" | "value";
  constructor(
    context: ConstructorParameters<typeof SimObject>[0],
    init: ProxyInit,
    axis: "category" | "value",
  ) {
    super(context, init);
    this._axis = axis;
  }
  override get _typeName(): string {
    return "ChartAxisTitle";
  }
  declare text: string;
  declare visible: boolean;
  override _props(): Record<string, PropDef> {
    return {
      text: {
        get: (_s, ref) => (ref as ChartRef).chart.axes[this._axis].title ?? "",
        set: (_s, ref, v) => void ((ref as ChartRef).chart.axes[this._axis].title = String(v)),
      },
      visible: {
        get: (_s, ref) => (ref as ChartRef).chart.axes[this._axis].title !== undefined,
        set: (_s, ref, v) => {
          if (!v) delete (ref as ChartRef).chart.axes[this._axis].title;
        },
      },
    };
  }
}
defineProps(ChartAxisTitleProxy, ["text", "visible"]);

interface SeriesRef extends ChartRef {
  series: ChartSeriesModel;
}

export class ChartSeriesCollectionProxy extends SimCollection<ChartSeriesProxy> {
  override get _typeName(): string {
    return "ChartSeriesCollection";
  }
  declare readonly count: number;
  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _props(): Record<string, PropDef> {
    return { count: { readOnly: true, get: (_s, ref) => (ref as ChartRef).chart.series.length } };
  }
  _enumerate(ref: unknown): unknown[] {
    const r = ref as ChartRef;
    return r.chart.series.map((series) => ({ ...r, series }));
  }
  _makeItem(init: ProxyInit): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, init);
  }
  getItemAt(index: number): ChartSeriesProxy {
    return this._child(
      (init) => new ChartSeriesProxy(this.context, init),
      "getItemAt",
      [index],
      (p) => {
        const r = p as ChartRef;
        const series = r.chart.series[index];
        if (!series) throw officeError(ErrorCode.invalidArgument, "ChartSeriesCollection.getItemAt");
        return { ...r, series };
      },
    );
  }
  /** add(name?, index?) (ExcelApi 1.7). */
  add(name?: string, index?: number): ChartSeriesProxy {
    const created = this._child(
      (init) => new ChartSeriesProxy(this.context, init),
      "add",
      [name, index],
      (p) => {
        const r = p as ChartRef;
        const series: ChartSeriesModel = { name: name ?? `Series${r.chart.series.length + 1}` };
        const at = index === undefined ? r.chart.series.length : index;
        if (at < 0 || at > r.chart.series.length)
          throw officeError(ErrorCode.invalidArgument, "ChartSeriesCollection.add");
        r.chart.series.splice(at, 0, series);
        return { ...r, series };
      },
      { stable: true, member: "Chart.series.add" },
    );
    this._invoke("add", [name, index], () => created._ensureRef(), { member: "Chart.series.add" });
    return created;
  }
}
defineProps(ChartSeriesCollectionProxy, ["count"]);

export class ChartSeriesProxy extends SimObject {
  override get _typeName(): string {
    return "ChartSeries";
  }
  declare name: string;
  declare chartType: string;
  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _alive(ref: unknown): boolean {
    const r = ref as SeriesRef;
    return r.chart.series.includes(r.series) && r.sheet.charts.includes(r.chart);
  }
  override _props(): Record<string, PropDef> {
    return {
      name: {
        get: (_s, ref) => (ref as SeriesRef).series.name,
        set: (_s, ref, v) => void ((ref as SeriesRef).series.name = String(v)),
      },
      chartType: {
        member: "ChartSeries.chartType",
        get: (_s, ref) => (ref as SeriesRef).series.chartType ?? (ref as SeriesRef).chart.type,
        set: (s, ref, v) =>
          void ((ref as SeriesRef).series.chartType = chartType(s, v, "ChartSeries.chartType")),
      },
    };
  }
  private _rangeRef(r: RangeProxy, location: string): string {
    const rr = r._requireRef(location) as RangeRef;
    const sheet = this._model.sheetById(rr.sheetId);
    if (!sheet) throw officeError(ErrorCode.itemNotFound, location);
    return absRef(sheet.name, rr.rect);
  }
  setValues(sourceData: RangeProxy): void {
    this._invoke(
      "setValues",
      ["range"],
      (ref) => void ((ref as SeriesRef).series.values = this._rangeRef(sourceData, "ChartSeries.setValues")),
      { member: "ChartSeries.setValues" },
    );
  }
  setXAxisValues(sourceData: RangeProxy): void {
    this._invoke(
      "setXAxisValues",
      ["range"],
      (ref) =>
        void ((ref as SeriesRef).series.xValues = this._rangeRef(sourceData, "ChartSeries.setXAxisValues")),
      { member: "ChartSeries.setXAxisValues" },
    );
  }
  delete(): void {
    this._invoke(
      "delete",
      [],
      (ref) => {
        const r = ref as SeriesRef;
        r.chart.series = r.chart.series.filter((s) => s !== r.series);
      },
      { member: "ChartSeries.delete" },
    );
  }
}
defineProps(ChartSeriesProxy, ["name", "chartType"]);
