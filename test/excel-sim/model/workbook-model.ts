/**
 * The simulated workbook's state and every mutation Excel performs on it. Proxies (range.ts, table.ts …)
 * call these methods while a batch executes; co-author and user actions (instruments.ts) call them too.
 * Each method throws the OfficeExtension error Excel raises for the same misuse.
 */
import {
  contains,
  formatAddress,
  formatLocal,
  intersect,
  MAX_COLUMNS,
  MAX_ROWS,
  rectCells,
  rectColumns,
  rectRows,
} from "../address";
import type { Rect } from "../address";
import { ErrorCode, officeError, SimulationLimitError } from "../errors";
import { FormulaEngine } from "../formula-engine";
import type { Computed } from "../formula-engine";
import {
  adjustForStructuralChange,
  dropSheetInFormula,
  mapReferences,
  renameSheetInFormula,
  translateFormula,
} from "../formula-refs";
import type { StructuralChange } from "../formula-refs";
import { formatValue } from "../number-format";
import { applyInput, hasContent, interpretValue, isEmptyCell } from "./cell-input";
import type { CellInput } from "./cell-input";
import type {
  Cell,
  CellFormat,
  ChartModel,
  ConditionalFormatModel,
  CustomXmlPartModel,
  DataValidationModel,
  FilterCriteria,
  Scalar,
  SheetModel,
  TableModel,
} from "./types";

export type ChangeType =
  | "RangeEdited"
  | "RowInserted"
  | "RowDeleted"
  | "ColumnInserted"
  | "ColumnDeleted"
  | "CellInserted"
  | "CellDeleted";
export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error" | "Unknown";

export interface ChangeDetails {
  valueBefore: Scalar | "";
  valueAfter: Scalar | "";
  valueTypeBefore: ValueType;
  valueTypeAfter: ValueType;
}

export interface ChangeRecord {
  sheetId: string;
  rect: Rect;
  changeType: ChangeType;
  details?: ChangeDetails;
}

/** A live reference to cells; tracked ranges follow inserts and deletes like Excel's tracked objects. */
export interface RangeRef {
  sheetId: string;
  rect: Rect;
  dead?: boolean;
}

export interface ModelOptions {
  textFormatBlocksFormulas: boolean;
}

export interface CellRead {
  value: Scalar | "";
  type: ValueType;
}

function defaultSheet(id: string, name: string): SheetModel {
  return {
    id,
    name,
    visibility: "Visible",
    tabColor: "",
    cells: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    protection: { protected: false, options: {} },
    conditionalFormats: [],
    validations: [],
    charts: [],
    shapes: [],
    merged: [],
  };
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;
export const DEFAULT_COLUMN_WIDTH = 48; // points, Calibri 11 (8.43 characters)

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  settings = new Map<string, unknown>();
  customXmlParts: CustomXmlPartModel[] = [];
  /** Office.context.document.settings as saved in the document: name -> JSON text (office-document.ts). */
  documentSettings: Record<string, string> = {};
  /** Office.addin.setStartupBehavior, kept with the document (office-document.ts). */
  startupBehavior: "None" | "Load" = "None";
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual" = "Automatic";
  activeSheetId = "";
  selection: RangeRef | undefined;
  version = 0;
  readonly engine = new FormulaEngine();
  readonly liveRanges = new Set<RangeRef>();
  /** Change records produced since the last drain; the event layer turns them into onChanged events. */
  changes: ChangeRecord[] = [];
  private nextId = 1;
  /**
   * Part of every new id. Co-authors' replicas each get their own (coauthoring.ts), so objects that two
   * of them create at the same time never share an id.
   */
  idTag = "";
  options: ModelOptions;

  constructor(options: ModelOptions) {
    this.options = options;
  }

  newId(prefix: string): string {
    return `{${prefix}-${this.idTag}${String(this.nextId++).padStart(8, "0")}}`;
  }

  touch(): void {
    this.version++;
  }

  // ---------------------------------------------------------------- sheets
  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }
  sheetByName(name: string): SheetModel | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }
  requireSheet(id: string, location: string): SheetModel {
    const s = this.sheetById(id);
    if (!s) throw officeError(ErrorCode.itemNotFound, location);
    return s;
  }

  /** Sheet names: 1–31 characters, none of [ ] : * ? / \, unique ignoring case. */
  validateSheetName(name: string, location: string, except?: SheetModel): void {
    if (
      typeof name !== "string" ||
      name.trim() === "" ||
      name.length > 31 ||
      INVALID_SHEET_CHARS.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === "history"
    ) {
      throw officeError(ErrorCode.invalidArgument, location);
    }
    const clash = this.sheetByName(name);
    if (clash && clash !== except) throw officeError(ErrorCode.itemAlreadyExists, location);
  }

  addSheet(name: string | undefined, location = "WorksheetCollection.add"): SheetModel {
    let n = name;
    if (n === undefined) {
      let i = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    this.validateSheetName(n, location);
    const sheet = defaultSheet(this.newId("sheet"), n);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    this.touch();
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string, location: string): void {
    if (sheet.name === name) return;
    this.validateSheetName(name, location, sheet);
    const old = sheet.name;
    sheet.name = name;
    this.rewriteAllFormulas((f) => renameSheetInFormula(f, old, name));
    for (const s of this.sheets) {
      for (const v of s.validations) if (v.source) v.source = renameSheetInFormula(v.source, old, name);
      for (const c of s.charts) {
        c.source = renameSheetInFormula(c.source, old, name);
        for (const se of c.series) {
          if (se.values) se.values = renameSheetInFormula(se.values, old, name);
          if (se.xValues) se.xValues = renameSheetInFormula(se.xValues, old, name);
        }
      }
    }
    this.touch();
  }

  deleteSheet(sheet: SheetModel, location: string): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet)
      throw officeError(
        ErrorCode.invalidOperation,
        location,
        "A workbook must contain at least one visible worksheet.",
      );
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheetId !== sheet.id);
    this.rewriteAllFormulas((f) => dropSheetInFormula(f, sheet.name));
    for (const r of this.liveRanges) if (r.sheetId === sheet.id) r.dead = true;
    if (this.activeSheetId === sheet.id)
      this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? "";
    if (this.selection?.sheetId === sheet.id) this.selection = undefined;
    this.touch();
  }

  setVisibility(sheet: SheetModel, v: string, location: string): void {
    if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
      throw officeError(ErrorCode.invalidArgument, location);
    if (
      v !== "Visible" &&
      sheet.visibility === "Visible" &&
      this.sheets.filter((s) => s.visibility === "Visible").length === 1
    ) {
      throw officeError(
        ErrorCode.invalidOperation,
        location,
        "A workbook must contain at least one visible worksheet.",
      );
    }
    sheet.visibility = v;
    if (v !== "Visible" && this.activeSheetId === sheet.id)
      this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? "";
  }

  private rewriteAllFormulas(fn: (formula: string, sheet: SheetModel) => string): void {
    for (const s of this.sheets) {
      // Cells are replaced, never changed in place: co-authoring snapshots share cell objects (replication.ts).
      for (const cols of s.cells.values()) {
        for (const [c, cell] of cols) {
          if (cell.formula === undefined) continue;
          const formula = fn(cell.formula, s);
          if (formula !== cell.formula) cols.set(c, { ...cell, formula });
        }
      }
      for (const cf of s.conditionalFormats) {
        if (cf.rule.formula) cf.rule.formula = fn(cf.rule.formula, s);
        if (cf.rule.formula1?.startsWith("=")) cf.rule.formula1 = fn(cf.rule.formula1, s);
        if (cf.rule.formula2?.startsWith("=")) cf.rule.formula2 = fn(cf.rule.formula2, s);
      }
    }
  }

  // ---------------------------------------------------------------- cells
  getCell(sheet: SheetModel, row: number, col: number): Cell | undefined {
    return sheet.cells.get(row)?.get(col);
  }

  setCell(sheet: SheetModel, row: number, col: number, cell: Cell | undefined): void {
    let cols = sheet.cells.get(row);
    if (cell === undefined || isEmptyCell(cell)) {
      if (cols) {
        cols.delete(col);
        if (cols.size === 0) sheet.cells.delete(row);
      }
    } else {
      if (!cols) {
        cols = new Map();
        sheet.cells.set(row, cols);
      }
      cols.set(col, cell);
    }
    this.version++;
  }

  /** Calls fn for every stored cell inside rect (sparse walk). */
  forEachCell(sheet: SheetModel, rect: Rect, fn: (row: number, col: number, cell: Cell) => void): void {
    const rows = rectRows(rect);
    if (rows < sheet.cells.size) {
      for (let r = rect.top; r <= rect.bottom; r++) {
        const cols = sheet.cells.get(r);
        if (cols) for (const [c, cell] of cols) if (c >= rect.left && c <= rect.right) fn(r, c, cell);
      }
    } else {
      for (const [r, cols] of sheet.cells) {
        if (r < rect.top || r > rect.bottom) continue;
        for (const [c, cell] of cols) if (c >= rect.left && c <= rect.right) fn(r, c, cell);
      }
    }
  }

  private engineSources(): { name: string; cells: Map<number, Map<number, Cell>> }[] {
    return this.sheets.map((s) => ({ name: s.name, cells: s.cells }));
  }

  computed(sheet: SheetModel, row: number, col: number): Computed {
    const cell = this.getCell(sheet, row, col);
    if (!cell) return { kind: "empty" };
    if (cell.formula !== undefined) {
      this.assertCalculated(cell.formula);
      return this.engine.evaluateCell(this.engineSources(), this.version, sheet.name, row, col, cell.formula);
    }
    if (cell.error !== undefined) return { kind: "error", value: cell.error };
    if (cell.value === undefined) return { kind: "empty" };
    return { kind: "value", value: cell.value };
  }

  /**
   * Manual calculation, and suspendApiCalculationUntilNextSync, leave formula values stale until Excel
   * recalculates. The simulation does not keep stale values, so reading a formula whose inputs may have
   * changed while calculation is off fails loudly instead of returning a freshly computed value.
   * https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)
   */
  assertCalculated(formula: string): void {
    if (this.calculationMode === "Manual" && this.version !== this.calculatedAt) {
      throw new SimulationLimitError(
        `excel-sim: ${formula} may be stale under manual calculation (not simulated); call application.calculate() first`,
      );
    }
    if (this.suspendedAt !== undefined && this.version !== this.suspendedAt) {
      throw new SimulationLimitError(
        `excel-sim: ${formula} may be stale while API calculation is suspended (not simulated)`,
      );
    }
  }
  /** Model version at the last full calculation (manual mode). */
  calculatedAt = 0;
  /** Model version when suspendApiCalculationUntilNextSync was queued, until the batch ends. */
  suspendedAt: number | undefined;

  readCell(sheet: SheetModel, row: number, col: number): CellRead {
    const c = this.computed(sheet, row, col);
    if (c.kind === "empty") return { value: "", type: "Empty" };
    if (c.kind === "error") return { value: c.value, type: "Error" };
    const v = c.value;
    return {
      value: v,
      type:
        typeof v === "number"
          ? "Double"
          : typeof v === "boolean"
            ? "Boolean"
            : v === ""
              ? "String"
              : "String",
    };
  }

  readFormula(sheet: SheetModel, row: number, col: number): Scalar | "" {
    const cell = this.getCell(sheet, row, col);
    if (!cell) return "";
    if (cell.formula !== undefined) return cell.formula;
    if (cell.error !== undefined) return cell.error;
    return cell.value ?? "";
  }

  readText(sheet: SheetModel, row: number, col: number): string {
    const c = this.computed(sheet, row, col);
    const nf = this.getCell(sheet, row, col)?.numberFormat;
    if (c.kind === "empty") return "";
    if (c.kind === "error") return c.value;
    return formatValue(c.value, nf);
  }

  evaluateFormulaIn(sheet: SheetModel, formula: string): Computed {
    return this.engine.evaluateFormula(this.engineSources(), this.version, sheet.name, formula);
  }

  assertEditable(sheet: SheetModel, location: string): void {
    // A protected sheet rejects edits to locked cells (all cells are locked by default).
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection
    if (sheet.protection.protected) throw officeError(ErrorCode.accessDenied, location);
  }

  /**
   * Writes a values/formulas array. The array must be exactly rows × columns, except that a 1×1 array
   * (or a lone value) is applied to every cell:
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
   * Returns the number of cells written.
   */
  writeValues(sheet: SheetModel, rect: Rect, data: unknown, location: string): number {
    this.assertEditable(sheet, location);
    const rows = rectRows(rect);
    const cols = rectColumns(rect);
    const grid = this.normalizeGrid(data, rows, cols, location);
    // Validate everything first: Excel does not half-apply one statement.
    const inputs: CellInput[][] = [];
    for (let r = 0; r < rows; r++) {
      const line: CellInput[] = [];
      for (let c = 0; c < cols; c++) {
        const raw = grid(r, c);
        const nf = this.getCell(sheet, rect.top + r, rect.left + c)?.numberFormat;
        line.push(
          interpretValue(raw, {
            numberFormat: nf,
            textFormatBlocksFormulas: this.options.textFormatBlocksFormulas,
            isValidFormula: (f) => this.engine.isValidFormula(f),
            location,
          }),
        );
      }
      inputs.push(line);
    }
    this.assertMergedWrite(sheet, rect, inputs, location);
    const single = rows === 1 && cols === 1;
    const before = single ? this.readCellSafe(sheet, rect.top, rect.left) : undefined;
    let written = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const input = inputs[r]?.[c];
        if (!input || input.kind === "unchanged") continue;
        const row = rect.top + r;
        const col = rect.left + c;
        this.setCell(sheet, row, col, applyInput(this.getCell(sheet, row, col), input));
        written++;
      }
    }
    this.afterContentWrite(sheet, rect);
    const record: ChangeRecord = { sheetId: sheet.id, rect, changeType: "RangeEdited" };
    if (single && before) {
      const after = this.readCellSafe(sheet, rect.top, rect.left);
      record.details = {
        valueBefore: before.value,
        valueAfter: after.value,
        valueTypeBefore: before.type,
        valueTypeAfter: after.type,
      };
    }
    this.changes.push(record);
    return written;
  }

  /** Reading for event details must not throw for formulas the engine cannot compute. */
  private readCellSafe(sheet: SheetModel, row: number, col: number): CellRead {
    try {
      return this.readCell(sheet, row, col);
    } catch {
      return { value: "", type: "Unknown" };
    }
  }

  normalizeGrid(
    data: unknown,
    rows: number,
    cols: number,
    location: string,
  ): (r: number, c: number) => unknown {
    if (!Array.isArray(data)) {
      // A single value for the whole range.
      return () => data;
    }
    if (data.length === 1 && Array.isArray(data[0]) && data[0].length === 1 && (rows !== 1 || cols !== 1)) {
      const v: unknown = data[0][0];
      return () => v;
    }
    if (data.length !== rows)
      throw officeError(
        ErrorCode.invalidArgument,
        location,
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    for (const line of data) {
      if (!Array.isArray(line) || line.length !== cols) {
        throw officeError(
          ErrorCode.invalidArgument,
          location,
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      }
    }
    const arr = data as unknown[][];
    return (r, c) => arr[r]?.[c];
  }

  writeNumberFormat(sheet: SheetModel, rect: Rect, data: unknown, location: string): void {
    this.assertEditable(sheet, location);
    const grid = this.normalizeGrid(data, rectRows(rect), rectColumns(rect), location);
    for (let r = 0; r < rectRows(rect); r++) {
      for (let c = 0; c < rectColumns(rect); c++) {
        const v = grid(r, c);
        if (v === null) continue;
        if (typeof v !== "string") throw officeError(ErrorCode.invalidArgument, location);
        const row = rect.top + r;
        const col = rect.left + c;
        const cell: Cell = { ...(this.getCell(sheet, row, col) ?? {}) };
        if (v === "General" || v === "") delete cell.numberFormat;
        else cell.numberFormat = v;
        this.setCell(sheet, row, col, cell);
      }
    }
  }

  readNumberFormat(sheet: SheetModel, row: number, col: number): string {
    return this.getCell(sheet, row, col)?.numberFormat ?? "General";
  }

  setFormat(sheet: SheetModel, rect: Rect, patch: Partial<CellFormat>, location: string): void {
    this.assertEditable(sheet, location);
    if (rectRows(rect) * rectColumns(rect) > 5_000_000) {
      // Whole-column formats are stored per cell here; refuse silently huge fills instead of hanging.
      throw new SimulationLimitError(
        `excel-sim: formatting ${formatLocal(rect)} is too large to simulate cell by cell`,
      );
    }
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const cell: Cell = { ...(this.getCell(sheet, r, c) ?? {}) };
        const fmt: CellFormat = { ...(cell.format ?? {}) };
        for (const [k, v] of Object.entries(patch) as [keyof CellFormat, unknown][]) {
          if (v === undefined || v === null || v === "") delete fmt[k];
          else (fmt as Record<string, unknown>)[k] = v;
        }
        if (Object.keys(fmt).length) cell.format = fmt;
        else delete cell.format;
        this.setCell(sheet, r, c, cell);
      }
    }
  }

  /** Common value of a format property over a range, or null when cells differ (as Excel reports). */
  readFormat<K extends keyof CellFormat>(
    sheet: SheetModel,
    rect: Rect,
    key: K,
    dflt: CellFormat[K],
  ): CellFormat[K] | null {
    let first = true;
    let out: CellFormat[K] | null = null;
    const cells = rectRows(rect) * rectColumns(rect);
    if (cells > 100000) return this.getCell(sheet, rect.top, rect.left)?.format?.[key] ?? dflt;
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const v = this.getCell(sheet, r, c)?.format?.[key] ?? dflt;
        if (first) {
          out = v;
          first = false;
        } else if (v !== out) return null;
      }
    }
    return out;
  }

  /** Range.clear(applyTo): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-clear-member(1) */
  clear(sheet: SheetModel, rect: Rect, applyTo: string, location: string): void {
    this.assertEditable(sheet, location);
    const mode = applyTo || "All";
    if (!["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"].includes(mode))
      throw officeError(ErrorCode.invalidArgument, location);
    const targets: [number, number][] = [];
    this.forEachCell(sheet, rect, (r, c) => targets.push([r, c]));
    for (const [r, c] of targets) {
      const cell: Cell = { ...(this.getCell(sheet, r, c) ?? {}) };
      if (mode === "All" || mode === "Contents" || mode === "ResetContents") {
        delete cell.value;
        delete cell.formula;
        delete cell.error;
        delete cell.quotePrefix;
      }
      if (mode === "All" || mode === "Formats") {
        delete cell.format;
        delete cell.numberFormat;
      }
      this.setCell(sheet, r, c, cell);
    }
    if (mode === "All" || mode === "Formats") {
      sheet.conditionalFormats = this.trimRects(sheet.conditionalFormats, rect, location);
    }
    if (mode === "All" || mode === "Contents" || mode === "ResetContents")
      this.afterContentWrite(sheet, rect);
    this.changes.push({ sheetId: sheet.id, rect, changeType: "RangeEdited" });
  }

  /** Removes `rect` from each item's area; keeps the remainder when it is still a rectangle. */
  trimRects<T extends { rect: Rect }>(items: T[], rect: Rect, _location: string): T[] {
    const out: T[] = [];
    for (const it of items) {
      const x = intersect(it.rect, rect);
      if (!x) {
        out.push(it);
        continue;
      }
      if (contains(rect, it.rect)) continue;
      const r = it.rect;
      const sameCols = x.left === r.left && x.right === r.right;
      const sameRows = x.top === r.top && x.bottom === r.bottom;
      if (sameCols && x.top === r.top) out.push({ ...it, rect: { ...r, top: x.bottom + 1 } });
      else if (sameCols && x.bottom === r.bottom) out.push({ ...it, rect: { ...r, bottom: x.top - 1 } });
      else if (sameRows && x.left === r.left) out.push({ ...it, rect: { ...r, left: x.right + 1 } });
      else if (sameRows && x.right === r.right) out.push({ ...it, rect: { ...r, right: x.left - 1 } });
      else
        throw new SimulationLimitError(
          `excel-sim: clearing ${formatLocal(rect)} would split the area ${formatLocal(r)} into several areas (not simulated)`,
        );
    }
    return out;
  }

  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [r, cols] of sheet.cells) {
      for (const [c, cell] of cols) {
        if (valuesOnly ? !hasContent(cell) : isEmptyCell(cell)) continue;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
    if (!valuesOnly) {
      for (const t of this.tables) {
        if (t.sheetId !== sheet.id) continue;
        top = Math.min(top, t.rect.top);
        bottom = Math.max(bottom, t.rect.bottom);
        left = Math.min(left, t.rect.left);
        right = Math.max(right, t.rect.right);
      }
    }
    return bottom < 0 ? undefined : { top, left, bottom, right };
  }

  // ---------------------------------------------------------------- tables
  tableByName(name: string): TableModel | undefined {
    const n = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === n);
  }
  tableById(id: string): TableModel | undefined {
    return this.tables.find((t) => t.id === id);
  }
  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheetId === sheet.id);
  }

  headerRect(t: TableModel): Rect | undefined {
    return t.showHeaders ? { ...t.rect, bottom: t.rect.top } : undefined;
  }
  bodyRect(t: TableModel): Rect | undefined {
    const top = t.showHeaders ? t.rect.top + 1 : t.rect.top;
    const bottom = t.showTotals ? t.rect.bottom - 1 : t.rect.bottom;
    return bottom >= top ? { ...t.rect, top, bottom } : undefined;
  }

  /**
   * Table names: start with a letter, underscore or backslash; letters, digits, periods and underscores;
   * no cell-reference look-alikes ("A1", "R1C1"); unique across the workbook, also against sheet-scoped
   * defined names: https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114
   */
  validateTableName(name: string, location: string, except?: TableModel): void {
    if (
      typeof name !== "string" ||
      !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) ||
      name.length > 255 ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[RrCc]\d*$/.test(name) ||
      /^R\d+C\d+$/i.test(name)
    ) {
      throw officeError(ErrorCode.invalidArgument, location);
    }
    const clash = this.tableByName(name);
    if (clash && clash !== except) throw officeError(ErrorCode.itemAlreadyExists, location);
  }

  /**
   * TableCollection.add(address, hasHeaders): overlapping another table fails; headers come from the
   * first row (blank → "Column1", duplicates get a number). https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables
   */
  addTable(sheet: SheetModel, rect: Rect, hasHeaders: boolean, location: string): TableModel {
    this.assertEditable(sheet, location);
    for (const t of this.tablesOn(sheet)) {
      if (intersect(t.rect, rect))
        throw officeError(ErrorCode.invalidOperation, location, "A table can't overlap another table.");
    }
    this.assertNoMergedCells(
      sheet,
      hasHeaders ? rect : { ...rect, top: Math.max(0, rect.top - 1) },
      location,
    );
    if (rect.bottom >= MAX_ROWS - 1 && rect.top === 0) throw officeError(ErrorCode.invalidArgument, location);
    let tableRect = rect;
    if (!hasHeaders) {
      // Excel inserts a header row above the data by shifting it down one row when there is room;
      // the simulation requires the row above to be free and uses it (stricter: no shifting).
      if (rect.top === 0)
        throw new SimulationLimitError(
          "excel-sim: tables.add(hasHeaders=false) at row 1 shifts cells (not simulated)",
        );
      tableRect = { ...rect, top: rect.top - 1 };
      this.forEachCell(sheet, { ...rect, top: rect.top - 1, bottom: rect.top - 1 }, (_r, _c, cell) => {
        if (hasContent(cell))
          throw new SimulationLimitError(
            "excel-sim: tables.add(hasHeaders=false) over a non-empty row above (not simulated)",
          );
      });
    }
    let i = this.tables.length + 1;
    while (this.tableByName(`Table${i}`)) i++;
    const table: TableModel = {
      id: String(this.nextId++),
      name: `Table${i}`,
      sheetId: sheet.id,
      rect: tableRect,
      showHeaders: true,
      showTotals: false,
      showFilterButton: true,
      style: "TableStyleMedium2",
      columns: [],
      nextColumnId: 1,
    };
    const width = rectColumns(tableRect);
    for (let c = 0; c < width; c++) {
      let name = "";
      if (hasHeaders) {
        const cell = this.getCell(sheet, tableRect.top, tableRect.left + c);
        const read = cell ? this.readText(sheet, tableRect.top, tableRect.left + c) : "";
        name = read;
      }
      table.columns.push({ id: table.nextColumnId++, name });
    }
    this.tables.push(table);
    this.normalizeHeaders(table);
    this.changes.push({ sheetId: sheet.id, rect: tableRect, changeType: "RangeEdited" });
    return table;
  }

  /** Unique, non-blank header names; Excel renames "Col" duplicates to "Col2", blanks to "ColumnN". */
  normalizeHeaders(t: TableModel): void {
    const sheet = this.sheetById(t.sheetId);
    if (!sheet) return;
    const seen = new Set<string>();
    t.columns.forEach((col, i) => {
      let name = col.name;
      if (t.showHeaders) {
        const cell = this.getCell(sheet, t.rect.top, t.rect.left + i);
        if (cell && cell.formula === undefined) name = this.readText(sheet, t.rect.top, t.rect.left + i);
        else if (!cell || !hasContent(cell)) name = "";
      }
      if (name === "") {
        let n = i + 1;
        while (seen.has(`column${n}`)) n++;
        name = `Column${n}`;
      }
      if (seen.has(name.toLowerCase())) {
        let n = 2;
        while (seen.has(`${name}${n}`.toLowerCase())) n++;
        name = `${name}${n}`;
      }
      seen.add(name.toLowerCase());
      col.name = name;
      if (t.showHeaders) {
        // Header cells always hold the column name as static text.
        const cell = this.getCell(sheet, t.rect.top, t.rect.left + i);
        if (!cell || cell.value !== name || cell.formula !== undefined || cell.error !== undefined) {
          const header: Cell = { ...(cell ?? {}), value: name };
          delete header.formula;
          delete header.error;
          delete header.quotePrefix;
          this.setCell(sheet, t.rect.top, t.rect.left + i, header);
        }
      }
    });
  }

  renameTable(t: TableModel, name: string, location: string): void {
    if (t.name === name) return;
    this.validateTableName(name, location, t);
    t.name = name;
    this.touch();
  }

  deleteTable(t: TableModel): void {
    const sheet = this.sheetById(t.sheetId);
    this.tables = this.tables.filter((x) => x !== t);
    if (sheet) {
      this.clearFilterHiding(sheet, t.rect);
      // Table.delete removes the table and its data: https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-delete-member(1)
      const targets: [number, number][] = [];
      this.forEachCell(sheet, t.rect, (r, c) => targets.push([r, c]));
      for (const [r, c] of targets) this.setCell(sheet, r, c, undefined);
      this.changes.push({ sheetId: sheet.id, rect: t.rect, changeType: "RangeEdited" });
    }
  }

  convertTableToRange(t: TableModel): void {
    this.tables = this.tables.filter((x) => x !== t);
    this.touch();
  }

  private clearFilterHiding(sheet: SheetModel, rect: Rect): void {
    for (let r = rect.top; r <= rect.bottom; r++) sheet.hiddenRows.delete(r);
  }

  /**
   * Auto-expansion: writing a non-empty row directly below a table extends it; an all-empty row does not.
   * https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins
   * Also keeps header names in sync when a header cell is written.
   */
  afterContentWrite(sheet: SheetModel, rect: Rect): void {
    for (const t of this.tablesOn(sheet)) {
      if (
        t.showHeaders &&
        rect.top <= t.rect.top &&
        rect.bottom >= t.rect.top &&
        rect.right >= t.rect.left &&
        rect.left <= t.rect.right
      )
        this.normalizeHeaders(t);
      if (t.showTotals) continue;
      if (rect.left > t.rect.right || rect.right < t.rect.left) continue;
      let grew = false;
      while (rect.top <= t.rect.bottom + 1 && rect.bottom >= t.rect.bottom + 1) {
        const next = t.rect.bottom + 1;
        if (next >= MAX_ROWS) break;
        let any = false;
        for (let c = t.rect.left; c <= t.rect.right && !any; c++)
          if (hasContent(this.getCell(sheet, next, c))) any = true;
        if (!any) break;
        if (
          this.tablesOn(sheet).some(
            (o) => o !== t && intersect(o.rect, { ...t.rect, top: next, bottom: next }),
          )
        )
          break;
        this.growTable(sheet, t, next);
        grew = true;
      }
      if (grew) this.touch();
    }
  }

  /** Extends a table to `newBottom`, carrying column-wide conditional formats and validations along. */
  growTable(sheet: SheetModel, t: TableModel, newBottom: number): void {
    const body = this.bodyRect(t);
    const oldBottom = t.rect.bottom;
    t.rect = { ...t.rect, bottom: newBottom };
    if (!body) return;
    for (const cf of sheet.conditionalFormats) {
      if (
        cf.rect.top === body.top &&
        cf.rect.bottom === oldBottom &&
        cf.rect.left >= t.rect.left &&
        cf.rect.right <= t.rect.right
      )
        cf.rect = { ...cf.rect, bottom: newBottom };
    }
    for (const dv of sheet.validations) {
      if (
        dv.rect.top === body.top &&
        dv.rect.bottom === oldBottom &&
        dv.rect.left >= t.rect.left &&
        dv.rect.right <= t.rect.right
      )
        dv.rect = { ...dv.rect, bottom: newBottom };
    }
  }

  /**
   * TableRowCollection.add(index, values): inserts rows inside the table (cells below the table in its
   * columns shift down) — https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)
   */
  addTableRows(t: TableModel, index: number | undefined | null, values: unknown, location: string): Rect {
    const sheet = this.requireSheet(t.sheetId, location);
    this.assertEditable(sheet, location);
    const body = this.bodyRect(t);
    const bodyTop = t.showHeaders ? t.rect.top + 1 : t.rect.top;
    const rowCount = body ? rectRows(body) : 0;
    const width = rectColumns(t.rect);
    let data: unknown[][] | undefined;
    if (values !== undefined && values !== null) {
      if (
        !Array.isArray(values) ||
        values.length === 0 ||
        values.some((r) => !Array.isArray(r) || r.length !== width)
      ) {
        throw officeError(
          ErrorCode.invalidArgument,
          location,
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      }
      data = values as unknown[][];
    }
    const n = data ? data.length : 1;
    const at = index === undefined || index === null || index === -1 ? rowCount : index;
    if (!Number.isInteger(at) || at < 0 || at > rowCount)
      throw officeError(ErrorCode.invalidArgument, location);
    // A new table's single empty data row is filled by the first added row rather than kept above it,
    // as the "Create a table" sample shows (README: open-docs choices).
    if (
      body &&
      rowCount === 1 &&
      data &&
      at <= 1 &&
      this.isBlankRow(sheet, body.top, t.rect.left, t.rect.right)
    ) {
      this.writeValues(sheet, body, [data[0] ?? []], location);
      this.changes.pop();
      const rest = data.slice(1);
      if (rest.length === 0) {
        this.changes.push({ sheetId: sheet.id, rect: body, changeType: "RowInserted" });
        return body;
      }
      const more = this.addTableRows(t, 1, rest, location);
      return { ...more, top: body.top };
    }
    const insertRow = bodyTop + at;
    const band: Rect = { top: insertRow, bottom: MAX_ROWS - 1, left: t.rect.left, right: t.rect.right };
    // Rows directly below the table are taken over when they are empty (Excel fills the empty row rather than shifting).
    this.shiftCellsDown(sheet, band, n, location);
    t.rect = { ...t.rect, bottom: t.rect.bottom + n };
    if (body) this.carryFormatsIntoRows(sheet, t, insertRow, n);
    const newRect: Rect = {
      top: insertRow,
      bottom: insertRow + n - 1,
      left: t.rect.left,
      right: t.rect.right,
    };
    if (data) {
      const written = this.writeValues(sheet, newRect, data, location);
      void written;
      this.changes.pop(); // one event for the row add below
    }
    this.changes.push({ sheetId: sheet.id, rect: newRect, changeType: "RowInserted" });
    this.touch();
    return newRect;
  }

  private carryFormatsIntoRows(sheet: SheetModel, t: TableModel, insertRow: number, n: number): void {
    // CF/DV areas covering the table body stretch over the inserted rows.
    const bodyTop = t.showHeaders ? t.rect.top + 1 : t.rect.top;
    for (const item of [...sheet.conditionalFormats, ...sheet.validations]) {
      if (
        item.rect.left >= t.rect.left &&
        item.rect.right <= t.rect.right &&
        item.rect.top <= Math.max(bodyTop, insertRow) &&
        item.rect.bottom >= insertRow - 1 &&
        item.rect.top >= bodyTop
      ) {
        if (item.rect.bottom >= insertRow - 1 && item.rect.bottom < insertRow + n)
          item.rect = { ...item.rect, bottom: item.rect.bottom + n };
      }
    }
  }

  /** Shifts stored cells in `band` (columns, rows ≥ band.top) down by n. Fails when data would fall off the sheet. */
  shiftCellsDown(sheet: SheetModel, band: Rect, n: number, location: string): void {
    const moving: [number, number, Cell][] = [];
    this.forEachCell(sheet, band, (r, c, cell) => moving.push([r, c, cell]));
    if (moving.some(([r, , cell]) => r + n >= MAX_ROWS && hasContent(cell)))
      throw officeError(ErrorCode.nonBlankCellOffSheet, location);
    this.checkPartialShiftAgainstMerges(sheet, band);
    this.checkPartialShiftAgainstFormulas(sheet, band, band.right - band.left + 1 === MAX_COLUMNS);
    for (const [r, c] of moving) this.setCell(sheet, r, c, undefined);
    for (const [r, c, cell] of moving) if (r + n < MAX_ROWS) this.setCell(sheet, r + n, c, cell);
    for (const other of this.tablesOn(sheet)) {
      if (other.rect.top >= band.top && other.rect.left >= band.left && other.rect.right <= band.right)
        other.rect = { ...other.rect, top: other.rect.top + n, bottom: other.rect.bottom + n };
    }
  }

  private checkPartialShiftAgainstFormulas(sheet: SheetModel, band: Rect, fullWidth: boolean): void {
    if (fullWidth) return;
    for (const s of this.sheets) {
      for (const cols of s.cells.values()) {
        for (const cell of cols.values()) {
          if (cell.formula === undefined) continue;
          mapReferences(cell.formula, (ref) => {
            const target = ref.sheet ?? s.name;
            if (target.toLowerCase() === sheet.name.toLowerCase()) {
              const col = ref.a.col;
              if (col === undefined || (col >= band.left && col <= band.right)) {
                throw new SimulationLimitError(
                  `excel-sim: shifting part of a sheet that formulas refer to (${cell.formula}) is not simulated`,
                );
              }
            }
            return ref;
          });
        }
      }
    }
  }

  deleteTableRows(t: TableModel, index: number, count: number, location: string): void {
    const sheet = this.requireSheet(t.sheetId, location);
    this.assertEditable(sheet, location);
    const body = this.bodyRect(t);
    if (!body || index < 0 || index + count > rectRows(body))
      throw officeError(ErrorCode.invalidArgument, location);
    if (count === rectRows(body)) {
      // A table keeps one (empty) data row.
      this.clear(sheet, { ...body, bottom: body.top }, "Contents", location);
      if (count > 1) this.deleteCellsUp(sheet, { ...body, top: body.top + 1 }, location);
      return;
    }
    const rect: Rect = {
      top: body.top + index,
      bottom: body.top + index + count - 1,
      left: t.rect.left,
      right: t.rect.right,
    };
    this.deleteCellsUp(sheet, rect, location);
  }

  isBlankRow(sheet: SheetModel, row: number, left: number, right: number): boolean {
    for (let c = left; c <= right; c++) if (hasContent(this.getCell(sheet, row, c))) return false;
    return true;
  }

  addTableColumn(
    t: TableModel,
    index: number | undefined | null,
    values: unknown,
    name: string | undefined,
    location: string,
  ): number {
    const sheet = this.requireSheet(t.sheetId, location);
    this.assertEditable(sheet, location);
    const width = rectColumns(t.rect);
    const at = index === undefined || index === null ? width : index;
    if (!Number.isInteger(at) || at < 0 || at > width) throw officeError(ErrorCode.invalidArgument, location);
    const height = rectRows(t.rect);
    let data: unknown[][] | undefined;
    if (values !== undefined && values !== null) {
      if (
        !Array.isArray(values) ||
        values.length !== height ||
        values.some((r) => !Array.isArray(r) || r.length !== 1)
      )
        throw officeError(ErrorCode.invalidArgument, location);
      data = values as unknown[][];
    }
    const col = t.rect.left + at;
    const band: Rect = { top: t.rect.top, bottom: t.rect.bottom, left: col, right: MAX_COLUMNS - 1 };
    const moving: [number, number, Cell][] = [];
    this.forEachCell(sheet, band, (r, c, cell) => moving.push([r, c, cell]));
    if (moving.some(([, c]) => c + 1 >= MAX_COLUMNS))
      throw officeError(ErrorCode.nonBlankCellOffSheet, location);
    this.checkPartialShiftAgainstMerges(sheet, band);
    this.checkPartialShiftAgainstFormulas(sheet, { ...band, left: col, right: col }, false);
    for (const [r, c] of moving) this.setCell(sheet, r, c, undefined);
    for (const [r, c, cell] of moving) this.setCell(sheet, r, c + 1, cell);
    t.rect = { ...t.rect, right: t.rect.right + 1 };
    t.columns.splice(at, 0, { id: t.nextColumnId++, name: name ?? "" });
    const colRect: Rect = { top: t.rect.top, bottom: t.rect.bottom, left: col, right: col };
    if (data) {
      this.writeValues(sheet, colRect, data, location);
      this.changes.pop();
    } else if (name !== undefined && t.showHeaders) this.setCell(sheet, t.rect.top, col, { value: name });
    this.normalizeHeaders(t);
    this.changes.push({ sheetId: sheet.id, rect: colRect, changeType: "ColumnInserted" });
    this.touch();
    return at;
  }

  /** Table.resize (ExcelApi 1.13): header row stays in place, the new range must overlap and not hit other tables. */
  resizeTable(t: TableModel, rect: Rect, location: string): void {
    const sheet = this.requireSheet(t.sheetId, location);
    if (rect.top !== t.rect.top || !intersect(rect, t.rect))
      throw officeError(ErrorCode.invalidArgument, location);
    for (const o of this.tablesOn(sheet))
      if (o !== t && intersect(o.rect, rect)) throw officeError(ErrorCode.invalidOperation, location);
    this.assertNoMergedCells(sheet, rect, location);
    const oldWidth = rectColumns(t.rect);
    const newWidth = rectColumns(rect);
    if (rect.left !== t.rect.left)
      throw new SimulationLimitError("excel-sim: resizing a table's left edge is not simulated");
    t.rect = rect;
    if (newWidth > oldWidth)
      for (let i = oldWidth; i < newWidth; i++) t.columns.push({ id: t.nextColumnId++, name: "" });
    else t.columns = t.columns.slice(0, newWidth);
    this.normalizeHeaders(t);
    this.touch();
  }

  // ---------------------------------------------------------------- sort & filter
  /** Sorts table body rows (stable) by the given fields. https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables#sort-data-in-a-table */
  sortTable(
    t: TableModel,
    fields: { key: number; ascending?: boolean }[],
    matchCase: boolean,
    location: string,
  ): void {
    const sheet = this.requireSheet(t.sheetId, location);
    this.assertEditable(sheet, location);
    const body = this.bodyRect(t);
    if (!body) return;
    const width = rectColumns(t.rect);
    for (const f of fields)
      if (!Number.isInteger(f.key) || f.key < 0 || f.key >= width)
        throw officeError(ErrorCode.invalidArgument, location);
    this.sortRect(sheet, body, fields, matchCase);
    t.sortFields = fields.map((f) => ({ key: f.key, ascending: f.ascending !== false }));
    this.changes.push({ sheetId: sheet.id, rect: body, changeType: "RangeEdited" });
  }

  sortRect(
    sheet: SheetModel,
    body: Rect,
    fields: { key: number; ascending?: boolean }[],
    matchCase: boolean,
  ): void {
    if (sheet.merged.some((m) => intersect(m, body)))
      throw new SimulationLimitError(
        `excel-sim: sorting ${formatLocal(body)}, which holds merged cells, is not simulated`,
      );
    const rows: { row: number; cells: Map<number, Cell>; keys: CellRead[] }[] = [];
    for (let r = body.top; r <= body.bottom; r++) {
      const cells = new Map<number, Cell>();
      for (let c = body.left; c <= body.right; c++) {
        const cell = this.getCell(sheet, r, c);
        if (cell) cells.set(c, cell);
      }
      rows.push({ row: r, cells, keys: fields.map((f) => this.readCell(sheet, r, body.left + f.key)) });
    }
    // Excel order ascending: numbers < text < FALSE < TRUE < errors; blanks always last.
    const rank = (v: CellRead): number =>
      v.type === "Double"
        ? 0
        : v.type === "String"
          ? 1
          : v.type === "Boolean"
            ? 2
            : v.type === "Error"
              ? 3
              : 4;
    rows.sort((a, b) => {
      for (let i = 0; i < fields.length; i++) {
        const asc = fields[i]?.ascending !== false;
        const x = a.keys[i] ?? { value: "", type: "Empty" };
        const y = b.keys[i] ?? { value: "", type: "Empty" };
        if (x.type === "Empty" || y.type === "Empty") {
          if (x.type !== y.type) return x.type === "Empty" ? 1 : -1;
          continue;
        }
        let d = rank(x) - rank(y);
        if (d === 0) {
          if (typeof x.value === "number" && typeof y.value === "number") d = x.value - y.value;
          else {
            const xs = String(x.value);
            const ys = String(y.value);
            d = matchCase
              ? xs < ys
                ? -1
                : xs > ys
                  ? 1
                  : 0
              : xs.localeCompare(ys, "en", { sensitivity: "accent" });
          }
        }
        if (d !== 0) return asc ? d : -d;
      }
      return 0;
    });
    rows.forEach((entry, i) => {
      const target = body.top + i;
      for (let c = body.left; c <= body.right; c++) {
        let cell = entry.cells.get(c);
        if (cell?.formula !== undefined && target !== entry.row)
          cell = { ...cell, formula: translateFormula(cell.formula, target - entry.row, 0) };
        const cols = sheet.cells.get(target);
        if (cols) cols.delete(c);
        if (cell) {
          let m = sheet.cells.get(target);
          if (!m) {
            m = new Map();
            sheet.cells.set(target, m);
          }
          m.set(c, cell);
        } else if (sheet.cells.get(target)?.size === 0) sheet.cells.delete(target);
      }
    });
    this.touch();
  }

  /** Applies table column filters: rows that fail any criteria are hidden. */
  applyTableFilters(t: TableModel): void {
    const sheet = this.sheetById(t.sheetId);
    const body = this.bodyRect(t);
    if (!sheet || !body) return;
    for (let r = body.top; r <= body.bottom; r++) {
      let visible = true;
      t.columns.forEach((col, i) => {
        if (visible && col.filter && !this.matchesFilter(sheet, r, t.rect.left + i, col.filter))
          visible = false;
      });
      if (visible) sheet.hiddenRows.delete(r);
      else sheet.hiddenRows.add(r);
    }
  }

  applyAutoFilterHiding(sheet: SheetModel): void {
    const af = sheet.autoFilter;
    if (!af) return;
    for (let r = af.rect.top + 1; r <= af.rect.bottom; r++) {
      let visible = true;
      af.criteria.forEach((crit, i) => {
        if (visible && crit && !this.matchesFilter(sheet, r, af.rect.left + i, crit)) visible = false;
      });
      if (visible) sheet.hiddenRows.delete(r);
      else sheet.hiddenRows.add(r);
    }
  }

  matchesFilter(sheet: SheetModel, row: number, col: number, f: FilterCriteria): boolean {
    const text = this.readText(sheet, row, col);
    const read = this.readCell(sheet, row, col);
    switch (f.filterOn) {
      case "Values":
        return (
          (f.values ?? []).some((v) => String(v).toLowerCase() === text.toLowerCase()) ||
          (text === "" && (f.values ?? []).includes(""))
        );
      case "Custom": {
        const test = (crit: string | undefined): boolean => {
          if (crit === undefined) return true;
          const m = /^(<>|>=|<=|=|>|<)?(.*)$/.exec(crit);
          const op = m?.[1] ?? "=";
          const rhs = m?.[2] ?? "";
          const num = Number(rhs);
          const lhs =
            typeof read.value === "number" && rhs !== "" && !Number.isNaN(num)
              ? read.value
              : text.toLowerCase();
          const r = typeof lhs === "number" ? num : rhs.toLowerCase();
          const wildcard = typeof r === "string" && /[*?]/.test(r);
          if (wildcard && (op === "=" || op === "<>")) {
            const re = new RegExp(
              "^" +
                r
                  .replace(/[.+^${}()|[\]\\]/g, "\\$&")
                  .replace(/\*/g, ".*")
                  .replace(/\?/g, ".") +
                "$",
              "i",
            );
            return op === "=" ? re.test(text) : !re.test(text);
          }
          switch (op) {
            case "=":
              return lhs === r;
            case "<>":
              return lhs !== r;
            case ">":
              return lhs > r;
            case "<":
              return lhs < r;
            case ">=":
              return lhs >= r;
            default:
              return lhs <= r;
          }
        };
        const a = test(f.criterion1);
        const b = test(f.criterion2);
        return f.criterion2 === undefined ? a : f.operator === "Or" ? a || b : a && b;
      }
      default:
        throw new SimulationLimitError(`excel-sim: filterOn ${f.filterOn} is not simulated`);
    }
  }

  // ---------------------------------------------------------------- insert / delete
  /**
   * Range.insert(shift) / Range.delete(shift):
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-insert
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-delete
   */
  insertCells(sheet: SheetModel, rect: Rect, shift: string, location: string): Rect {
    this.assertEditable(sheet, location);
    const fullRows = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
    const fullCols = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
    if (shift !== "Down" && shift !== "Right") throw officeError(ErrorCode.invalidArgument, location);
    if (shift === "Down" || fullRows) {
      if (fullRows) {
        this.structural(
          sheet,
          { sheet: sheet.name, axis: "row", at: rect.top, count: rectRows(rect) },
          location,
        );
        this.changes.push({ sheetId: sheet.id, rect, changeType: "RowInserted" });
      } else {
        this.partialShiftDown(sheet, rect, location);
        this.changes.push({ sheetId: sheet.id, rect, changeType: "CellInserted" });
      }
    } else {
      if (fullCols) {
        this.structural(
          sheet,
          { sheet: sheet.name, axis: "col", at: rect.left, count: rectColumns(rect) },
          location,
        );
        this.changes.push({ sheetId: sheet.id, rect, changeType: "ColumnInserted" });
      } else throw new SimulationLimitError("excel-sim: insert(Right) of a partial range is not simulated");
    }
    return rect;
  }

  private partialShiftDown(sheet: SheetModel, rect: Rect, location: string): void {
    const n = rectRows(rect);
    for (const t of this.tablesOn(sheet)) {
      const below = t.rect.bottom >= rect.top;
      const overlapCols = !(t.rect.right < rect.left || t.rect.left > rect.right);
      if (!below || !overlapCols) continue;
      const coversCols = rect.left <= t.rect.left && rect.right >= t.rect.right;
      if (!coversCols)
        throw officeError(
          ErrorCode.invalidOperation,
          location,
          "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.",
        );
      if (rect.top > t.rect.top && rect.top <= t.rect.bottom) {
        // Inserting inside the table body grows the table.
        this.shiftCellsDown(
          sheet,
          { top: rect.top, bottom: MAX_ROWS - 1, left: rect.left, right: rect.right },
          n,
          location,
        );
        t.rect = { ...t.rect, bottom: t.rect.bottom + n };
        return;
      }
    }
    this.shiftCellsDown(
      sheet,
      { top: rect.top, bottom: MAX_ROWS - 1, left: rect.left, right: rect.right },
      n,
      location,
    );
    this.touch();
  }

  deleteCells(sheet: SheetModel, rect: Rect, shift: string, location: string): void {
    this.assertEditable(sheet, location);
    const fullRows = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
    const fullCols = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
    if (shift !== "Up" && shift !== "Left") throw officeError(ErrorCode.invalidArgument, location);
    if (fullRows) {
      this.structural(
        sheet,
        { sheet: sheet.name, axis: "row", at: rect.top, count: -rectRows(rect) },
        location,
      );
      this.changes.push({ sheetId: sheet.id, rect, changeType: "RowDeleted" });
    } else if (fullCols) {
      this.structural(
        sheet,
        { sheet: sheet.name, axis: "col", at: rect.left, count: -rectColumns(rect) },
        location,
      );
      this.changes.push({ sheetId: sheet.id, rect, changeType: "ColumnDeleted" });
    } else if (shift === "Up") {
      this.deleteCellsUp(sheet, rect, location);
    } else throw new SimulationLimitError("excel-sim: delete(Left) of a partial range is not simulated");
  }

  deleteCellsUp(sheet: SheetModel, rect: Rect, location: string): void {
    const n = rectRows(rect);
    let owner: TableModel | undefined;
    for (const t of this.tablesOn(sheet)) {
      if (t.rect.bottom < rect.top || t.rect.right < rect.left || t.rect.left > rect.right) continue;
      const coversCols = rect.left <= t.rect.left && rect.right >= t.rect.right;
      const withinCols = rect.left >= t.rect.left && rect.right <= t.rect.right;
      const body = this.bodyRect(t);
      const inBody = body !== undefined && rect.top >= body.top && rect.bottom <= body.bottom;
      if (inBody && (coversCols || withinCols)) {
        if (!coversCols)
          throw officeError(
            ErrorCode.invalidOperation,
            location,
            "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.",
          );
        owner = t;
      } else if (rect.top <= t.rect.bottom) {
        throw officeError(
          ErrorCode.invalidOperation,
          location,
          "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.",
        );
      }
    }
    this.checkPartialShiftAgainstMerges(sheet, {
      top: rect.top,
      bottom: MAX_ROWS - 1,
      left: rect.left,
      right: rect.right,
    });
    this.checkPartialShiftAgainstFormulas(
      sheet,
      { top: rect.top, bottom: MAX_ROWS - 1, left: rect.left, right: rect.right },
      false,
    );
    const doomed: [number, number][] = [];
    this.forEachCell(sheet, rect, (r, c) => doomed.push([r, c]));
    for (const [r, c] of doomed) this.setCell(sheet, r, c, undefined);
    const moving: [number, number, Cell][] = [];
    this.forEachCell(
      sheet,
      { top: rect.bottom + 1, bottom: MAX_ROWS - 1, left: rect.left, right: rect.right },
      (r, c, cell) => moving.push([r, c, cell]),
    );
    for (const [r, c] of moving) this.setCell(sheet, r, c, undefined);
    for (const [r, c, cell] of moving) this.setCell(sheet, r - n, c, cell);
    if (owner) {
      owner.rect = { ...owner.rect, bottom: owner.rect.bottom - n };
      for (const item of [...sheet.conditionalFormats, ...sheet.validations]) {
        if (
          item.rect.left >= owner.rect.left &&
          item.rect.right <= owner.rect.right &&
          item.rect.bottom >= rect.top
        ) {
          item.rect = { ...item.rect, bottom: Math.max(item.rect.top, item.rect.bottom - n) };
        }
      }
    }
    for (const t of this.tablesOn(sheet)) {
      if (t !== owner && t.rect.top > rect.bottom && t.rect.left >= rect.left && t.rect.right <= rect.right)
        t.rect = { ...t.rect, top: t.rect.top - n, bottom: t.rect.bottom - n };
    }
    this.changes.push({ sheetId: sheet.id, rect, changeType: "CellDeleted" });
    this.touch();
  }

  /** Whole-row / whole-column insert or delete: cells, formulas, tables, formats, validations, charts and live ranges follow. */
  structural(sheet: SheetModel, change: StructuralChange, location: string): void {
    const isRow = change.axis === "row";
    const limit = isRow ? MAX_ROWS : MAX_COLUMNS;
    const key = (r: Rect): [number, number] => (isRow ? [r.top, r.bottom] : [r.left, r.right]);
    const setKey = (r: Rect, lo: number, hi: number): Rect =>
      isRow ? { ...r, top: lo, bottom: hi } : { ...r, left: lo, right: hi };
    // Tables: deleting rows/columns that include a table's header row removes the table cell region.
    for (const t of this.tablesOn(sheet)) {
      if (change.count < 0) {
        const [lo, hi] = key(t.rect);
        const end = change.at - change.count - 1;
        if (isRow && t.showHeaders && t.rect.top >= change.at && t.rect.top <= end && t.rect.bottom > end) {
          throw officeError(
            ErrorCode.invalidOperation,
            location,
            "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.",
          );
        }
        if (lo >= change.at && hi <= end) this.tables = this.tables.filter((x) => x !== t);
      }
    }
    // Cells.
    const moved = new Map<number, Map<number, Cell>>();
    if (change.count > 0) {
      for (const [r, cols] of sheet.cells) {
        for (const [c, cell] of cols) {
          const pos = isRow ? r : c;
          if (pos + change.count >= limit && pos >= change.at && hasContent(cell))
            throw officeError(ErrorCode.nonBlankCellOffSheet, location);
        }
      }
    }
    for (const [r, cols] of sheet.cells) {
      for (const [c, cell] of cols) {
        let nr = r;
        let nc = c;
        const pos = isRow ? r : c;
        if (change.count > 0) {
          if (pos >= change.at) {
            if (isRow) nr += change.count;
            else nc += change.count;
          }
        } else {
          const n = -change.count;
          if (pos >= change.at && pos < change.at + n) continue;
          if (pos >= change.at + n) {
            if (isRow) nr -= n;
            else nc -= n;
          }
        }
        if (nr >= MAX_ROWS || nc >= MAX_COLUMNS) continue;
        let m = moved.get(nr);
        if (!m) {
          m = new Map();
          moved.set(nr, m);
        }
        m.set(nc, cell);
      }
    }
    sheet.cells = moved;
    if (isRow) {
      const hidden = new Set<number>();
      for (const r of sheet.hiddenRows) {
        const nr = this.shiftIndex(r, change);
        if (nr !== undefined) hidden.add(nr);
      }
      sheet.hiddenRows = hidden;
    } else {
      const widths = new Map<number, number>();
      for (const [c, w] of sheet.columnWidths) {
        const nc = this.shiftIndex(c, change);
        if (nc !== undefined) widths.set(nc, w);
      }
      sheet.columnWidths = widths;
    }
    // Formulas everywhere that point at this sheet.
    this.rewriteAllFormulas((f, s) => adjustForStructuralChange(f, s.name, change));
    const adjust = (r: Rect): Rect | undefined => {
      const [lo, hi] = key(r);
      const nlo = this.shiftEdge(lo, change, "lo");
      const nhi = this.shiftEdge(hi, change, "hi");
      if (nlo === undefined || nhi === undefined || nhi < nlo) return undefined;
      return setKey(r, nlo, Math.min(nhi, limit - 1));
    };
    for (const t of this.tablesOn(sheet)) {
      const r = adjust(t.rect);
      if (!r) {
        this.tables = this.tables.filter((x) => x !== t);
        continue;
      }
      if (!isRow) {
        // Columns inserted/deleted inside a table add/remove table columns.
        const oldWidth = rectColumns(t.rect);
        const newWidth = rectColumns(r);
        if (newWidth > oldWidth) {
          const idx = change.at - t.rect.left;
          for (let i = 0; i < newWidth - oldWidth; i++)
            t.columns.splice(idx + i, 0, { id: t.nextColumnId++, name: "" });
        } else if (newWidth < oldWidth) {
          const idx = Math.max(0, change.at - t.rect.left);
          t.columns.splice(idx, oldWidth - newWidth);
        }
        t.rect = r;
        this.normalizeHeaders(t);
      } else t.rect = r;
    }
    sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) => {
      const r = adjust(cf.rect);
      return r ? [{ ...cf, rect: r }] : [];
    });
    sheet.validations = sheet.validations.flatMap((dv) => {
      const r = adjust(dv.rect);
      return r ? [{ ...dv, rect: r }] : [];
    });
    // Merged areas move, grow when rows or columns are inserted inside them, and shrink when some of
    // theirs are deleted; one left with a single cell is no longer merged.
    sheet.merged = sheet.merged.flatMap((m) => {
      const r = adjust(m);
      return r && rectCells(r) > 1 ? [r] : [];
    });
    if (sheet.autoFilter) {
      const r = adjust(sheet.autoFilter.rect);
      if (r) sheet.autoFilter.rect = r;
      else delete sheet.autoFilter;
    }
    for (const s of this.sheets) {
      for (const ch of s.charts) {
        ch.source = adjustForStructuralChange(ch.source, s.name, change);
        for (const se of ch.series) {
          if (se.values) se.values = adjustForStructuralChange(se.values, s.name, change);
          if (se.xValues) se.xValues = adjustForStructuralChange(se.xValues, s.name, change);
        }
      }
      for (const dv of s.validations)
        if (dv.source?.startsWith("=")) dv.source = adjustForStructuralChange(dv.source, s.name, change);
    }
    for (const ref of this.liveRanges) {
      if (ref.sheetId !== sheet.id || ref.dead) continue;
      const r = adjust(ref.rect);
      if (r) ref.rect = r;
      else ref.dead = true;
    }
    this.touch();
  }

  private shiftIndex(i: number, change: StructuralChange): number | undefined {
    if (change.count > 0) return i >= change.at ? i + change.count : i;
    const n = -change.count;
    if (i >= change.at && i < change.at + n) return undefined;
    return i >= change.at + n ? i - n : i;
  }

  private shiftEdge(i: number, change: StructuralChange, edge: "lo" | "hi"): number | undefined {
    if (change.count > 0) return i >= change.at ? i + change.count : i;
    const n = -change.count;
    if (i < change.at) return i;
    if (i >= change.at + n) return i - n;
    return edge === "lo" ? change.at : change.at - 1;
  }

  // ---------------------------------------------------------------- conditional formats
  addConditionalFormat(
    sheet: SheetModel,
    rect: Rect,
    type: ConditionalFormatModel["type"],
  ): ConditionalFormatModel {
    // New rules go to the top of the priority list (priority 0), as Excel does.
    for (const cf of sheet.conditionalFormats) cf.priority += 1;
    const cf: ConditionalFormatModel = {
      id: this.newId("cf"),
      type,
      rect,
      priority: 0,
      stopIfTrue: false,
      rule: {},
      format: {},
    };
    sheet.conditionalFormats.push(cf);
    return cf;
  }

  // ---------------------------------------------------------------- data validation
  setValidation(
    sheet: SheetModel,
    rect: Rect,
    dv: Omit<DataValidationModel, "id" | "rect">,
    location: string,
  ): void {
    sheet.validations = this.trimRects(sheet.validations, rect, location);
    sheet.validations.push({ ...dv, id: this.newId("dv"), rect });
  }

  clearValidation(sheet: SheetModel, rect: Rect, location: string): void {
    sheet.validations = this.trimRects(sheet.validations, rect, location);
  }

  // ---------------------------------------------------------------- merged cells
  /**
   * Range.merge(across) (ExcelApi 1.2):
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)
   * `across` merges each row of the range on its own. As in Excel, a merged area keeps only its upper-left
   * value; the values of its other cells are discarded (their formats stay). Merged areas wholly inside
   * a new area are absorbed into it. A new area that cuts through an existing one, or that touches a table,
   * is refused with InvalidOperation (README: open-docs choices).
   */
  merge(sheet: SheetModel, rect: Rect, across: boolean, location: string): void {
    this.assertEditable(sheet, location);
    const areas: Rect[] = [];
    if (across) {
      if (rectColumns(rect) > 1)
        for (let r = rect.top; r <= rect.bottom; r++) areas.push({ ...rect, top: r, bottom: r });
    } else if (rectCells(rect) > 1) areas.push(rect);
    for (const t of this.tablesOn(sheet)) {
      if (intersect(t.rect, rect))
        throw officeError(ErrorCode.invalidOperation, location, "Cells in a table can't be merged.");
    }
    for (const m of sheet.merged) {
      if (!intersect(m, rect)) continue;
      if (!areas.some((a) => contains(a, m)))
        throw officeError(
          ErrorCode.invalidOperation,
          location,
          `The range cuts through the merged cells ${formatLocal(m)}.`,
        );
    }
    if (areas.length === 0) return;
    sheet.merged = sheet.merged.filter((m) => !intersect(m, rect));
    let discarded = false;
    for (const area of areas) {
      const doomed: [number, number][] = [];
      this.forEachCell(sheet, area, (r, c, cell) => {
        if ((r !== area.top || c !== area.left) && hasContent(cell)) doomed.push([r, c]);
      });
      for (const [r, c] of doomed) {
        const cell: Cell = { ...(this.getCell(sheet, r, c) ?? {}) };
        delete cell.value;
        delete cell.formula;
        delete cell.error;
        delete cell.quotePrefix;
        this.setCell(sheet, r, c, cell);
        discarded = true;
      }
      sheet.merged.push(area);
    }
    if (discarded) this.changes.push({ sheetId: sheet.id, rect, changeType: "RangeEdited" });
    this.touch();
  }

  /**
   * Range.unmerge() (ExcelApi 1.2): every merged area the range touches is split back into cells.
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-unmerge-member(1)
   */
  unmerge(sheet: SheetModel, rect: Rect, location: string): void {
    this.assertEditable(sheet, location);
    sheet.merged = sheet.merged.filter((m) => !intersect(m, rect));
    this.touch();
  }

  /**
   * The merged areas Range.getMergedAreasOrNullObject reports for `rect`: those whose upper-left cell
   * lies inside it (office-js#3611), in row order.
   */
  mergedAreasFrom(sheet: SheetModel, rect: Rect): Rect[] {
    return sheet.merged
      .filter((m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right)
      .sort((a, b) => a.top - b.top || a.left - b.left);
  }

  /**
   * A table can't overlap merged cells: Excel's MergedRangeConflict, "A table can't overlap with another
   * table, a PivotTable report, query results, merged cells, or an XML Map."
   * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
   */
  assertNoMergedCells(sheet: SheetModel, rect: Rect, location: string): void {
    if (sheet.merged.some((m) => intersect(m, rect)))
      throw officeError(ErrorCode.mergedRangeConflict, location);
  }

  /**
   * Only the upper-left cell of a merged area holds a value. Writing anything else than "" (or null,
   * "leave unchanged") into one of its other cells is refused with InvalidOperation (README: open-docs
   * choices; stricter than Excel may be).
   */
  private assertMergedWrite(sheet: SheetModel, rect: Rect, inputs: CellInput[][], location: string): void {
    for (const m of sheet.merged) {
      const x = intersect(m, rect);
      if (!x) continue;
      for (let r = x.top; r <= x.bottom; r++) {
        for (let c = x.left; c <= x.right; c++) {
          if (r === m.top && c === m.left) continue;
          const kind = inputs[r - rect.top]?.[c - rect.left]?.kind;
          if (kind !== undefined && kind !== "unchanged" && kind !== "clear")
            throw officeError(
              ErrorCode.invalidOperation,
              location,
              `Only the upper-left cell of the merged cells ${formatLocal(m)} can hold a value.`,
            );
        }
      }
    }
  }

  /** Partial shifts move cells inside a band of columns; moving merged cells that way is not simulated. */
  private checkPartialShiftAgainstMerges(sheet: SheetModel, band: Rect): void {
    const hit = sheet.merged.find((m) => intersect(m, band));
    if (hit)
      throw new SimulationLimitError(
        `excel-sim: shifting part of a sheet that holds the merged cells ${formatLocal(hit)} is not simulated`,
      );
  }

  // ---------------------------------------------------------------- charts
  chartByName(sheet: SheetModel, name: string): ChartModel | undefined {
    return sheet.charts.find((c) => c.name === name);
  }

  address(sheet: SheetModel, rect: Rect): string {
    return formatAddress(sheet.name, rect);
  }
}
