/**
 * Snapshots for assertions and a JSON dump/load of a whole simulated workbook, so tests and the
 * workbench can start from a prepared workbook. Pure data, no Node APIs.
 */
import { cellAddress, formatAddress, formatLocal, parseLocalRange } from "./address";
import type { Rect } from "./address";
import type {
  Cell,
  ChartModel,
  ConditionalFormatModel,
  CustomXmlPartModel,
  DataValidationModel,
  ShapeModel,
  SheetModel,
  TableModel,
} from "./model/types";
import type { WorkbookModel } from "./model/workbook-model";

export interface SheetJson {
  id: string;
  name: string;
  visibility: SheetModel["visibility"];
  tabColor?: string;
  /** "A1" -> cell */
  cells: Record<string, Cell>;
  columnWidths?: Record<string, number>;
  rowHeights?: Record<string, number>;
  hiddenRows?: number[];
  freeze?: { rows: number; columns: number };
  autoFilter?: {
    address: string;
    criteria: SheetModel extends { autoFilter?: infer A }
      ? A extends { criteria: infer C }
        ? C
        : never
      : never;
  };
  protection?: SheetModel["protection"];
  conditionalFormats?: (Omit<ConditionalFormatModel, "rect"> & { address: string })[];
  validations?: (Omit<DataValidationModel, "rect"> & { address: string })[];
  charts?: ChartModel[];
  shapes?: ShapeModel[];
  /** Merged areas, as local addresses ("B3:C3"). */
  merged?: string[];
}

export interface WorkbookJson {
  version: 1;
  sheets: SheetJson[];
  tables: (Omit<TableModel, "rect" | "sheetId"> & { sheet: string; address: string })[];
  settings: Record<string, unknown>;
  customXmlParts: CustomXmlPartModel[];
  calculationMode: WorkbookModel["calculationMode"];
  /** Office.context.document.settings as saved (saveAsync) in the document. */
  documentSettings?: Record<string, unknown>;
  /** Office.addin.setStartupBehavior ("None" when absent). */
  startupBehavior?: WorkbookModel["startupBehavior"];
  activeSheet?: string;
  selection?: { sheet: string; address: string };
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** One sheet as plain JSON (cells keyed by address, rectangles as local addresses). */
export function sheetToJson(s: SheetModel): SheetJson {
  const cells: Record<string, Cell> = {};
  const rows = [...s.cells.keys()].sort((a, b) => a - b);
  for (const r of rows) {
    const cols = s.cells.get(r);
    if (!cols) continue;
    for (const c of [...cols.keys()].sort((a, b) => a - b)) {
      const cell = cols.get(c);
      if (cell) cells[cellAddress(r, c)] = clone(cell);
    }
  }
  const out: SheetJson = { id: s.id, name: s.name, visibility: s.visibility, cells };
  if (s.tabColor) out.tabColor = s.tabColor;
  if (s.columnWidths.size)
    out.columnWidths = Object.fromEntries([...s.columnWidths].map(([k, v]) => [String(k), v]));
  if (s.rowHeights.size)
    out.rowHeights = Object.fromEntries([...s.rowHeights].map(([k, v]) => [String(k), v]));
  if (s.hiddenRows.size) out.hiddenRows = [...s.hiddenRows].sort((a, b) => a - b);
  if (s.freeze) out.freeze = { ...s.freeze };
  if (s.autoFilter)
    out.autoFilter = { address: formatLocal(s.autoFilter.rect), criteria: clone(s.autoFilter.criteria) };
  if (s.protection.protected) out.protection = clone(s.protection);
  if (s.conditionalFormats.length)
    out.conditionalFormats = s.conditionalFormats.map(({ rect, ...rest }) => ({
      ...clone(rest),
      address: formatLocal(rect),
    }));
  if (s.validations.length)
    out.validations = s.validations.map(({ rect, ...rest }) => ({
      ...clone(rest),
      address: formatLocal(rect),
    }));
  if (s.charts.length) out.charts = clone(s.charts);
  if (s.shapes.length) out.shapes = clone(s.shapes);
  if (s.merged.length) out.merged = s.merged.map(formatLocal);
  return out;
}

export type TableJson = WorkbookJson["tables"][number];

export function tableToJson(model: WorkbookModel, t: TableModel): TableJson {
  const { rect, sheetId, ...rest } = t;
  return { ...clone(rest), sheet: model.sheetById(sheetId)?.name ?? "", address: formatLocal(rect) };
}

/** Saved document settings as values (the document keeps them as JSON text). */
function documentSettingsOf(model: WorkbookModel): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(model.documentSettings).map(([k, v]) => [k, JSON.parse(v) as unknown]),
  );
}

export function dumpWorkbook(model: WorkbookModel): WorkbookJson {
  const json: WorkbookJson = {
    version: 1,
    sheets: model.sheets.map(sheetToJson),
    tables: model.tables.map((t) => tableToJson(model, t)),
    settings: Object.fromEntries([...model.settings].map(([k, v]) => [k, clone(v)])),
    customXmlParts: clone(model.customXmlParts),
    calculationMode: model.calculationMode,
  };
  if (Object.keys(model.documentSettings).length > 0) json.documentSettings = documentSettingsOf(model);
  if (model.startupBehavior !== "None") json.startupBehavior = model.startupBehavior;
  const active = model.sheetById(model.activeSheetId);
  if (active) json.activeSheet = active.name;
  const selSheet = model.selection ? model.sheetById(model.selection.sheetId) : undefined;
  if (model.selection && selSheet)
    json.selection = { sheet: selSheet.name, address: formatLocal(model.selection.rect) };
  return json;
}

function rect(address: string): Rect {
  const r = parseLocalRange(address);
  if (!r) throw new Error(`excel-sim: bad address in workbook JSON: ${address}`);
  return r;
}

/** One sheet from its JSON. */
export function sheetFromJson(s: SheetJson): SheetModel {
  const cells = new Map<number, Map<number, Cell>>();
  for (const [addr, cell] of Object.entries(s.cells)) {
    const r = rect(addr);
    let row = cells.get(r.top);
    if (!row) {
      row = new Map();
      cells.set(r.top, row);
    }
    row.set(r.left, clone(cell));
  }
  const sheet: SheetModel = {
    id: s.id,
    name: s.name,
    visibility: s.visibility,
    tabColor: s.tabColor ?? "",
    cells,
    columnWidths: new Map(Object.entries(s.columnWidths ?? {}).map(([k, v]) => [Number(k), v])),
    rowHeights: new Map(Object.entries(s.rowHeights ?? {}).map(([k, v]) => [Number(k), v])),
    hiddenRows: new Set(s.hiddenRows ?? []),
    protection: s.protection ? clone(s.protection) : { protected: false, options: {} },
    conditionalFormats: (s.conditionalFormats ?? []).map(({ address, ...rest }) => ({
      ...clone(rest),
      rect: rect(address),
    })),
    validations: (s.validations ?? []).map(({ address, ...rest }) => ({
      ...clone(rest),
      rect: rect(address),
    })),
    charts: clone(s.charts ?? []),
    shapes: clone(s.shapes ?? []),
    merged: (s.merged ?? []).map(rect),
  };
  if (s.freeze) sheet.freeze = { ...s.freeze };
  if (s.autoFilter)
    sheet.autoFilter = { rect: rect(s.autoFilter.address), criteria: clone(s.autoFilter.criteria) };
  return sheet;
}

/** A table from JSON; its sheet is looked up by name in `model`, whose sheets must be loaded first. */
export function tableFromJson(model: WorkbookModel, json: TableJson): TableModel {
  const { sheet, address, ...rest } = json;
  const s = model.sheetByName(sheet);
  if (!s) throw new Error(`excel-sim: table ${rest.name} refers to missing sheet ${sheet}`);
  return { ...clone(rest), sheetId: s.id, rect: rect(address) };
}

/** Replaces the model's content with a dumped workbook. */
export function loadWorkbook(model: WorkbookModel, json: WorkbookJson): void {
  model.sheets = json.sheets.map(sheetFromJson);
  model.tables = json.tables.map((t) => tableFromJson(model, t));
  model.settings = new Map(Object.entries(json.settings).map(([k, v]) => [k, clone(v)]));
  model.customXmlParts = clone(json.customXmlParts);
  model.documentSettings = Object.fromEntries(
    Object.entries(json.documentSettings ?? {}).flatMap(([k, v]) => {
      const text = JSON.stringify(v);
      return text === undefined ? [] : [[k, text]];
    }),
  );
  model.startupBehavior = json.startupBehavior ?? "None";
  model.calculationMode = json.calculationMode;
  model.activeSheetId =
    (json.activeSheet ? model.sheetByName(json.activeSheet)?.id : undefined) ?? model.sheets[0]?.id ?? "";
  const selSheet = json.selection ? model.sheetByName(json.selection.sheet) : undefined;
  model.selection =
    json.selection && selSheet ? { sheetId: selSheet.id, rect: rect(json.selection.address) } : undefined;
  model.touch();
}

export interface SheetSnapshot {
  /** Values of the used range, starting at A1 (so indexes match row/column numbers - 1). */
  values: (string | number | boolean)[][];
  formulas: (string | number | boolean)[][];
  text: string[][];
  numberFormats: Record<string, string>;
  formats: Record<string, NonNullable<Cell["format"]>>;
  conditionalFormats: {
    address: string;
    type: string;
    priority: number;
    stopIfTrue: boolean;
    rule: unknown;
    format: unknown;
  }[];
  validations: { address: string; type: string; source?: string; rule: unknown }[];
  charts: ChartModel[];
  shapes: ShapeModel[];
  frozen: { rows: number; columns: number } | null;
  autoFilter: { address: string; criteria: unknown[] } | null;
  hiddenRows: number[];
  protected: boolean;
  visibility: string;
  columnWidths: Record<string, number>;
  /** Merged areas, as addresses with the sheet name ("Data!B3:C3"), in row order. */
  merged: string[];
}

export interface WorkbookSnapshot {
  sheets: Record<string, SheetSnapshot>;
  sheetOrder: string[];
  tables: {
    name: string;
    sheet: string;
    address: string;
    columns: string[];
    showFilterButton: boolean;
    filters: Record<string, unknown>;
    style: string;
  }[];
  settings: Record<string, unknown>;
  customXmlParts: { id: string; namespaceUri: string; xml: string }[];
  /** Office.context.document.settings as saved in the document (not the add-in's unsaved copy). */
  documentSettings: Record<string, unknown>;
  /** Office.addin's startup behaviour for this document: "None" or "Load". */
  startupBehavior: WorkbookModel["startupBehavior"];
}

/** A readable picture of the workbook for assertions. Formula cells are computed (and may fail loudly). */
export function snapshotWorkbook(model: WorkbookModel): WorkbookSnapshot {
  const sheets: Record<string, SheetSnapshot> = {};
  for (const s of model.sheets) {
    const used = model.usedRect(s, true);
    const values: (string | number | boolean)[][] = [];
    const formulas: (string | number | boolean)[][] = [];
    const text: string[][] = [];
    if (used) {
      for (let r = 0; r <= used.bottom; r++) {
        const v: (string | number | boolean)[] = [];
        const f: (string | number | boolean)[] = [];
        const t: string[] = [];
        for (let c = 0; c <= used.right; c++) {
          v.push(model.readCell(s, r, c).value);
          f.push(model.readFormula(s, r, c));
          t.push(model.readText(s, r, c));
        }
        values.push(v);
        formulas.push(f);
        text.push(t);
      }
    }
    const numberFormats: Record<string, string> = {};
    const formats: Record<string, NonNullable<Cell["format"]>> = {};
    for (const [r, cols] of s.cells) {
      for (const [c, cell] of cols) {
        if (cell.numberFormat) numberFormats[cellAddress(r, c)] = cell.numberFormat;
        if (cell.format) formats[cellAddress(r, c)] = clone(cell.format);
      }
    }
    sheets[s.name] = {
      values,
      formulas,
      text,
      numberFormats,
      formats,
      conditionalFormats: [...s.conditionalFormats]
        .sort((a, b) => a.priority - b.priority)
        .map((cf) => ({
          address: formatAddress(s.name, cf.rect),
          type: cf.type,
          priority: cf.priority,
          stopIfTrue: cf.stopIfTrue,
          rule: clone(cf.rule),
          format: clone(cf.format),
        })),
      validations: s.validations.map((v) => {
        const o: { address: string; type: string; source?: string; rule: unknown } = {
          address: formatAddress(s.name, v.rect),
          type: v.type,
          rule: clone(v.rule),
        };
        if (v.source !== undefined) o.source = v.source;
        return o;
      }),
      charts: clone(s.charts),
      shapes: clone(s.shapes),
      frozen: s.freeze ? { ...s.freeze } : null,
      autoFilter: s.autoFilter
        ? {
            address: formatAddress(s.name, s.autoFilter.rect),
            criteria: clone(s.autoFilter.criteria.map((c) => c ?? null)),
          }
        : null,
      hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
      protected: s.protection.protected,
      visibility: s.visibility,
      columnWidths: Object.fromEntries([...s.columnWidths].map(([k, v]) => [String(k), v])),
      merged: [...s.merged]
        .sort((a, b) => a.top - b.top || a.left - b.left)
        .map((m) => formatAddress(s.name, m)),
    };
  }
  return {
    sheets,
    sheetOrder: model.sheets.map((s) => s.name),
    tables: model.tables.map((t) => {
      const sheet = model.sheetById(t.sheetId)?.name ?? "";
      const filters: Record<string, unknown> = {};
      for (const c of t.columns) if (c.filter) filters[c.name] = clone(c.filter);
      return {
        name: t.name,
        sheet,
        address: formatAddress(sheet, t.rect),
        columns: t.columns.map((c) => c.name),
        showFilterButton: t.showFilterButton,
        filters,
        style: t.style,
      };
    }),
    settings: Object.fromEntries([...model.settings].map(([k, v]) => [k, clone(v)])),
    customXmlParts: clone(model.customXmlParts),
    documentSettings: documentSettingsOf(model),
    startupBehavior: model.startupBehavior,
  };
}
