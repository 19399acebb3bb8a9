/**
 * Excel.Range and its format objects.
 * https://learn.microsoft.com/javascript/api/excel/excel.range
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-insert
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-delete
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-clear
 * Reads over five million cells "may return null" instead of throwing:
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices
 */
import {
  formatAddress,
  inBounds,
  intersect,
  MAX_COLUMNS,
  MAX_ROWS,
  parseLocalRange,
  rectCells,
  rectColumns,
  rectRows,
  splitSheet,
} from "./address";
import type { Rect } from "./address";
import { ErrorCode, officeError } from "./errors";
import { READ_CELL_LIMIT } from "./instruments";
import type { RangeRef, WorkbookModel } from "./model/workbook-model";
import { DEFAULT_COLUMN_WIDTH } from "./model/workbook-model";
import type { CellFormat, SheetModel } from "./model/types";
import { SimCollection, SimObject } from "./request-context";
import type { PropDef, ProxyInit } from "./request-context";
import { ConditionalFormatCollectionProxy } from "./conditional-formats";
import { DataValidationProxy } from "./data-validation";
import { WorksheetProxy } from "./worksheet";

/** Resolves an address string against a sheet; InvalidArgument for malformed addresses. */
export function rectFromAddress(sheet: SheetModel, address: string, location: string): Rect {
  if (typeof address !== "string") throw officeError(ErrorCode.invalidArgument, location);
  const { sheet: sheetName, local } = splitSheet(address);
  if (sheetName !== undefined && sheetName.toLowerCase() !== sheet.name.toLowerCase())
    throw officeError(ErrorCode.invalidArgument, location);
  const rect = parseLocalRange(local);
  if (!rect) throw officeError(ErrorCode.invalidArgument, location);
  return rect;
}

/** A reference to cells; RangeProxy registers it for insert/delete tracking once the proxy is tracked. */
export function makeRangeRef(_model: WorkbookModel, sheetId: string, rect: Rect): RangeRef {
  return { sheetId, rect };
}

function grid<T>(rect: Rect, fn: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) line.push(fn(r, c));
    out.push(line);
  }
  return out;
}

type R = RangeProxy;

const RANGE_PROPS: Record<string, PropDef<R>> = {
  address: { readOnly: true, get: (s, ref) => s._addr(ref as RangeRef) },
  addressLocal: { readOnly: true, get: (s, ref) => s._addr(ref as RangeRef) },
  rowCount: { readOnly: true, get: (_s, ref) => rectRows((ref as RangeRef).rect) },
  columnCount: { readOnly: true, get: (_s, ref) => rectColumns((ref as RangeRef).rect) },
  cellCount: { readOnly: true, get: (_s, ref) => rectCells((ref as RangeRef).rect) },
  rowIndex: { readOnly: true, get: (_s, ref) => (ref as RangeRef).rect.top },
  columnIndex: { readOnly: true, get: (_s, ref) => (ref as RangeRef).rect.left },
  isEntireRow: {
    readOnly: true,
    member: "Range.isEntireRow",
    get: (_s, ref) => (ref as RangeRef).rect.left === 0 && (ref as RangeRef).rect.right === MAX_COLUMNS - 1,
  },
  isEntireColumn: {
    readOnly: true,
    member: "Range.isEntireColumn",
    get: (_s, ref) => (ref as RangeRef).rect.top === 0 && (ref as RangeRef).rect.bottom === MAX_ROWS - 1,
  },
  values: {
    get: (s, ref) => s._read(ref as RangeRef, (sh, r, c) => s._model.readCell(sh, r, c).value),
    set: (s, ref, v) => {
      const rr = ref as RangeRef;
      s._host.instruments.cellsWritten += s._model.writeValues(s._sheet(rr), rr.rect, v, "Range.values");
    },
    cells: (_s, ref) => Math.min(rectCells((ref as RangeRef).rect), READ_CELL_LIMIT),
  },
  formulas: {
    get: (s, ref) => s._read(ref as RangeRef, (sh, r, c) => s._model.readFormula(sh, r, c)),
    set: (s, ref, v) => {
      const rr = ref as RangeRef;
      s._host.instruments.cellsWritten += s._model.writeValues(s._sheet(rr), rr.rect, v, "Range.formulas");
    },
    cells: (_s, ref) => Math.min(rectCells((ref as RangeRef).rect), READ_CELL_LIMIT),
  },
  formulasLocal: {
    get: (s, ref) => s._read(ref as RangeRef, (sh, r, c) => s._model.readFormula(sh, r, c)),
    set: (s, ref, v) => {
      const rr = ref as RangeRef;
      s._host.instruments.cellsWritten += s._model.writeValues(
        s._sheet(rr),
        rr.rect,
        v,
        "Range.formulasLocal",
      );
    },
  },
  numberFormat: {
    get: (s, ref) => s._read(ref as RangeRef, (sh, r, c) => s._model.readNumberFormat(sh, r, c)),
    set: (s, ref, v) => {
      const rr = ref as RangeRef;
      s._model.writeNumberFormat(s._sheet(rr), rr.rect, v, "Range.numberFormat");
    },
    cells: (_s, ref) => Math.min(rectCells((ref as RangeRef).rect), READ_CELL_LIMIT),
  },
  numberFormatLocal: {
    member: "Range.numberFormatLocal",
    get: (s, ref) => s._read(ref as RangeRef, (sh, r, c) => s._model.readNumberFormat(sh, r, c)),
    set: (s, ref, v) => {
      const rr = ref as RangeRef;
      s._model.writeNumberFormat(s._sheet(rr), rr.rect, v, "Range.numberFormatLocal");
    },
  },
  text: {
    readOnly: true,
    get: (s, ref) => s._read(ref as RangeRef, (sh, r, c) => s._model.readText(sh, r, c)),
    cells: (_s, ref) => Math.min(rectCells((ref as RangeRef).rect), READ_CELL_LIMIT),
  },
  valueTypes: {
    readOnly: true,
    get: (s, ref) => s._read(ref as RangeRef, (sh, r, c) => s._model.readCell(sh, r, c).type),
    cells: (_s, ref) => Math.min(rectCells((ref as RangeRef).rect), READ_CELL_LIMIT),
  },
  rowHidden: {
    member: "Range.rowHidden",
    get: (s, ref) => {
      const rr = ref as RangeRef;
      const sh = s._sheet(rr);
      let all = true;
      let none = true;
      for (let r = rr.rect.top; r <= Math.min(rr.rect.bottom, rr.rect.top + 100000); r++) {
        if (sh.hiddenRows.has(r)) none = false;
        else all = false;
      }
      return all ? true : none ? false : null;
    },
    set: (s, ref, v) => {
      const rr = ref as RangeRef;
      const sh = s._sheet(rr);
      if (typeof v !== "boolean") throw officeError(ErrorCode.invalidArgument, "Range.rowHidden");
      for (let r = rr.rect.top; r <= rr.rect.bottom; r++) {
        if (v) sh.hiddenRows.add(r);
        else sh.hiddenRows.delete(r);
      }
    },
  },
};

export class RangeProxy
  extends SimObject
  implements
    Pick<
      Excel.Range,
      | "address"
      | "rowCount"
      | "columnCount"
      | "rowIndex"
      | "columnIndex"
      | "text"
      | "valueTypes"
      | "cellCount"
    >
{
  override get _typeName(): string {
    return "Range";
  }
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly cellCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly isEntireRow: boolean;
  declare readonly isEntireColumn: boolean;
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare formulasLocal: unknown[][];
  declare numberFormat: unknown[][];
  declare numberFormatLocal: unknown[][];
  declare readonly text: string[][];
  declare readonly valueTypes: Excel.RangeValueType[][];
  declare rowHidden: boolean;

  get _model(): WorkbookModel {
    return this._host.model;
  }

  override _props(): Record<string, PropDef> {
    return RANGE_PROPS as Record<string, PropDef>;
  }
  override _navNames(): string[] {
    return ["format", "worksheet", "conditionalFormats", "dataValidation"];
  }
  override _alive(ref: unknown): boolean {
    const rr = ref as RangeRef;
    return !rr.dead && this._model.sheetById(rr.sheetId) !== undefined;
  }
  override _deadCode(): string {
    const rr = this._ref as RangeRef | null;
    return rr && this._model.sheetById(rr.sheetId) === undefined
      ? ErrorCode.itemNotFound
      : ErrorCode.invalidReference;
  }
  /** Loaded ranges are tracked for the rest of the Excel.run (Office.js auto-tracking). */
  override _stableAfterLoad(): boolean {
    return true;
  }
  override _onStable(): void {
    const ref = this._ref as RangeRef | null | undefined;
    if (ref) this._model.liveRanges.add(ref);
  }
  override _ensureRef(): unknown {
    const ref = super._ensureRef();
    if (ref && this._stable) this._model.liveRanges.add(ref as RangeRef);
    return ref;
  }
  override _release(): void {
    const ref = this._ref as RangeRef | null | undefined;
    if (ref && !this._tracked) this._model.liveRanges.delete(ref);
  }

  _sheet(ref: RangeRef): SheetModel {
    const s = this._model.sheetById(ref.sheetId);
    if (!s) throw officeError(ErrorCode.itemNotFound, "Range.worksheet");
    return s;
  }
  _addr(ref: RangeRef): string {
    return formatAddress(this._sheet(ref).name, ref.rect);
  }
  /** Reads a 2-D property; over the 5M-cell limit the value is null (documented "may return null"). */
  _read<T>(ref: RangeRef, fn: (sheet: SheetModel, r: number, c: number) => T): T[][] | null {
    if (rectCells(ref.rect) > this._host.config.readCellLimit) return null;
    const sheet = this._sheet(ref);
    return grid(ref.rect, (r, c) => fn(sheet, r, c));
  }

  private _sub(
    name: string,
    args: unknown[],
    fn: (ref: RangeRef) => Rect | null,
    opts: { nullable?: boolean; member?: string } = {},
  ): RangeProxy {
    return this._child(
      (init) => new RangeProxy(this.context, init),
      name,
      args,
      (p) => {
        const ref = p as RangeRef;
        const rect = fn(ref);
        if (rect === null) return null;
        if (!inBounds(rect)) throw officeError(ErrorCode.invalidArgument, `Range.${name}`);
        return makeRangeRef(this._model, ref.sheetId, rect);
      },
      opts,
    );
  }

  get format(): RangeFormatProxy {
    return this._nav("format", (init) => new RangeFormatProxy(this.context, init));
  }
  get worksheet(): WorksheetProxy {
    return this._nav(
      "worksheet",
      (init) => new WorksheetProxy(this.context, { ...init, resolve: (p) => this._sheet(p as RangeRef) }),
    );
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this._nav(
      "conditionalFormats",
      (init) => new ConditionalFormatCollectionProxy(this.context, init),
      "Range.conditionalFormats",
    );
  }
  get dataValidation(): DataValidationProxy {
    return this._nav(
      "dataValidation",
      (init) => new DataValidationProxy(this.context, init),
      "Range.dataValidation",
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this._sub("getCell", [row, column], (r) => ({
      top: r.rect.top + row,
      left: r.rect.left + column,
      bottom: r.rect.top + row,
      right: r.rect.left + column,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this._sub("getOffsetRange", [rowOffset, columnOffset], (r) => ({
      top: r.rect.top + rowOffset,
      bottom: r.rect.bottom + rowOffset,
      left: r.rect.left + columnOffset,
      right: r.rect.right + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this._sub(
      "getResizedRange",
      [deltaRows, deltaColumns],
      (r) => ({ ...r.rect, bottom: r.rect.bottom + deltaRows, right: r.rect.right + deltaColumns }),
      { member: "Range.getResizedRange" },
    );
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeProxy {
    return this._sub(
      "getAbsoluteResizedRange",
      [numRows, numColumns],
      (r) => ({ ...r.rect, bottom: r.rect.top + numRows - 1, right: r.rect.left + numColumns - 1 }),
      { member: "Range.getAbsoluteResizedRange" },
    );
  }
  getRow(row: number): RangeProxy {
    return this._sub("getRow", [row], (r) => {
      if (row < 0 || row >= rectRows(r.rect)) throw officeError(ErrorCode.invalidArgument, "Range.getRow");
      return { ...r.rect, top: r.rect.top + row, bottom: r.rect.top + row };
    });
  }
  getColumn(column: number): RangeProxy {
    return this._sub("getColumn", [column], (r) => {
      if (column < 0 || column >= rectColumns(r.rect))
        throw officeError(ErrorCode.invalidArgument, "Range.getColumn");
      return { ...r.rect, left: r.rect.left + column, right: r.rect.left + column };
    });
  }
  getEntireRow(): RangeProxy {
    return this._sub("getEntireRow", [], (r) => ({
      top: r.rect.top,
      bottom: r.rect.bottom,
      left: 0,
      right: MAX_COLUMNS - 1,
    }));
  }
  getEntireColumn(): RangeProxy {
    return this._sub("getEntireColumn", [], (r) => ({
      top: 0,
      bottom: MAX_ROWS - 1,
      left: r.rect.left,
      right: r.rect.right,
    }));
  }
  getLastRow(): RangeProxy {
    return this._sub("getLastRow", [], (r) => ({ ...r.rect, top: r.rect.bottom }));
  }
  getLastColumn(): RangeProxy {
    return this._sub("getLastColumn", [], (r) => ({ ...r.rect, left: r.rect.right }));
  }
  getLastCell(): RangeProxy {
    return this._sub("getLastCell", [], (r) => ({
      top: r.rect.bottom,
      bottom: r.rect.bottom,
      left: r.rect.right,
      right: r.rect.right,
    }));
  }
  getRowsBelow(count = 1): RangeProxy {
    return this._sub("getRowsBelow", [count], (r) => ({
      ...r.rect,
      top: r.rect.bottom + 1,
      bottom: r.rect.bottom + count,
    }));
  }
  getRowsAbove(count = 1): RangeProxy {
    return this._sub("getRowsAbove", [count], (r) => ({
      ...r.rect,
      top: r.rect.top - count,
      bottom: r.rect.top - 1,
    }));
  }

  private _otherRect(ref: RangeRef, other: RangeProxy | string, location: string): Rect {
    if (typeof other === "string") return rectFromAddress(this._sheet(ref), other, location);
    const o = other._requireRef(location) as RangeRef;
    if (o.sheetId !== ref.sheetId) throw officeError(ErrorCode.invalidArgument, location);
    return o.rect;
  }
  getIntersection(anotherRange: RangeProxy | string): RangeProxy {
    return this._sub("getIntersection", [typeof anotherRange === "string" ? anotherRange : "range"], (r) => {
      const x = intersect(r.rect, this._otherRect(r, anotherRange, "Range.getIntersection"));
      if (!x) throw officeError(ErrorCode.itemNotFound, "Range.getIntersection");
      return x;
    });
  }
  getIntersectionOrNullObject(anotherRange: RangeProxy | string): RangeProxy {
    return this._sub(
      "getIntersectionOrNullObject",
      [typeof anotherRange === "string" ? anotherRange : "range"],
      (r) => intersect(r.rect, this._otherRect(r, anotherRange, "Range.getIntersectionOrNullObject")) ?? null,
      { nullable: true, member: "Range.getIntersectionOrNullObject" },
    );
  }
  getBoundingRect(anotherRange: RangeProxy | string): RangeProxy {
    return this._sub("getBoundingRect", ["range"], (r) => {
      const o = this._otherRect(r, anotherRange, "Range.getBoundingRect");
      return {
        top: Math.min(r.rect.top, o.top),
        left: Math.min(r.rect.left, o.left),
        bottom: Math.max(r.rect.bottom, o.bottom),
        right: Math.max(r.rect.right, o.right),
      };
    });
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return this._sub("getUsedRange", [valuesOnly], (r) => {
      const used = this._model.usedRect(this._sheet(r), valuesOnly);
      const x = used ? intersect(used, r.rect) : undefined;
      if (!x) throw officeError(ErrorCode.itemNotFound, "Range.getUsedRange");
      return x;
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._sub(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (r) => {
        const used = this._model.usedRect(this._sheet(r), valuesOnly);
        return (used ? intersect(used, r.rect) : undefined) ?? null;
      },
      { nullable: true, member: "Range.getUsedRangeOrNullObject" },
    );
  }

  /** Range.insert(shift) returns the inserted range. */
  insert(shift: string): RangeProxy {
    const inserted = this._child(
      (init) => new RangeProxy(this.context, init),
      "insert",
      [shift],
      (p) => {
        const ref = p as RangeRef;
        const rect = this._model.insertCells(this._sheet(ref), ref.rect, shift, "Range.insert");
        return makeRangeRef(this._model, ref.sheetId, rect);
      },
      // The insert happens once; later batches reuse the inserted cells.
      { stable: true },
    );
    // insert is an action: it runs even if the returned range is never used.
    this._invoke("insert", [shift], () => inserted._ensureRef());
    return inserted;
  }
  delete(shift: string): void {
    this._invoke("delete", [shift], (ref) => {
      const rr = ref as RangeRef;
      this._model.deleteCells(this._sheet(rr), rr.rect, shift, "Range.delete");
    });
  }
  clear(applyTo: string = "All"): void {
    this._invoke("clear", [applyTo], (ref) => {
      const rr = ref as RangeRef;
      this._model.clear(this._sheet(rr), rr.rect, applyTo, "Range.clear");
    });
  }
  select(): void {
    this._invoke("select", [], (ref) => {
      const rr = ref as RangeRef;
      this._model.selection = { sheetId: rr.sheetId, rect: rr.rect };
      this._model.activeSheetId = rr.sheetId;
    });
  }
  calculate(): void {
    this._invoke("calculate", [], () => undefined);
  }
  /**
   * Range.merge(across) and Range.unmerge() (ExcelApi 1.2):
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-unmerge-member(1)
   */
  merge(across = false): void {
    this._invoke("merge", [across], (ref) => {
      const rr = ref as RangeRef;
      this._model.merge(this._sheet(rr), rr.rect, across === true, "Range.merge");
    });
  }
  unmerge(): void {
    this._invoke("unmerge", [], (ref) => {
      const rr = ref as RangeRef;
      this._model.unmerge(this._sheet(rr), rr.rect, "Range.unmerge");
    });
  }
  /**
   * Range.getMergedAreasOrNullObject() (ExcelApi 1.13): the merged areas whose upper-left cell lies in this
   * range (office-js#3611), or a null object when there are none. "If the merged areas count in this range
   * is more than 512, then this method will fail to return the result":
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
   */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return this._child(
      (init) => new RangeAreasProxy(this.context, init),
      "getMergedAreasOrNullObject",
      [],
      (p) => {
        const ref = p as RangeRef;
        const rects = this._model.mergedAreasFrom(this._sheet(ref), ref.rect);
        if (rects.length > MAX_MERGED_AREAS)
          throw officeError(
            ErrorCode.invalidOperation,
            "Range.getMergedAreasOrNullObject",
            `The range holds more than ${MAX_MERGED_AREAS} merged areas.`,
          );
        const areas: AreasRef = { sheetId: ref.sheetId, rects };
        return rects.length ? areas : null;
      },
      { nullable: true, member: "Range.getMergedAreasOrNullObject" },
    );
  }
  /** Sorts the range's rows by columns (index relative to the range). */
  get sort(): {
    apply: (
      fields: { key: number; ascending?: boolean }[],
      matchCase?: boolean,
      hasHeaders?: boolean,
    ) => void;
  } {
    return {
      apply: (fields, matchCase = false, hasHeaders = false) => {
        this._invoke("sort.apply", [fields, matchCase, hasHeaders], (ref) => {
          const rr = ref as RangeRef;
          const body = hasHeaders ? { ...rr.rect, top: rr.rect.top + 1 } : rr.rect;
          this._model.sortRect(this._sheet(rr), body, fields, matchCase);
          this._model.changes.push({ sheetId: rr.sheetId, rect: body, changeType: "RangeEdited" });
        });
      },
    };
  }
}

/** The most merged areas getMergedAreasOrNullObject returns (its docs). */
const MAX_MERGED_AREAS = 512;

/** What a RangeAreas stands for: rectangles on one sheet, fixed when it is resolved. */
interface AreasRef {
  sheetId: string;
  rects: Rect[];
}

function areasSheet(model: WorkbookModel, ref: AreasRef, location: string): SheetModel {
  const s = model.sheetById(ref.sheetId);
  if (!s) throw officeError(ErrorCode.itemNotFound, location);
  return s;
}

/**
 * RangeAreas, only as Range.getMergedAreasOrNullObject returns it: address, areaCount, cellCount and
 * `areas`. https://learn.microsoft.com/javascript/api/excel/excel.rangeareas
 * The address joins the areas with "," (the docs' example shows ", "; README: open-docs choices).
 */
const AREAS_PROPS: Record<string, PropDef<RangeAreasProxy>> = {
  address: {
    readOnly: true,
    get: (s, ref) => {
      const a = ref as AreasRef;
      const sheet = areasSheet(s._host.model, a, "RangeAreas.address");
      return a.rects.map((r) => formatAddress(sheet.name, r)).join(",");
    },
  },
  addressLocal: {
    readOnly: true,
    get: (s, ref) => {
      const a = ref as AreasRef;
      const sheet = areasSheet(s._host.model, a, "RangeAreas.addressLocal");
      return a.rects.map((r) => formatAddress(sheet.name, r)).join(",");
    },
  },
  areaCount: { readOnly: true, get: (_s, ref) => (ref as AreasRef).rects.length },
  cellCount: {
    readOnly: true,
    get: (_s, ref) => (ref as AreasRef).rects.reduce((n, r) => n + rectCells(r), 0),
  },
};

export class RangeAreasProxy extends SimObject {
  override get _typeName(): string {
    return "RangeAreas";
  }
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly areaCount: number;
  declare readonly cellCount: number;
  override _props(): Record<string, PropDef> {
    return AREAS_PROPS as Record<string, PropDef>;
  }
  override _navNames(): string[] {
    return ["areas"];
  }
  override _alive(ref: unknown): boolean {
    return this._host.model.sheetById((ref as AreasRef).sheetId) !== undefined;
  }
  /** The areas as Range objects: https://learn.microsoft.com/javascript/api/excel/excel.rangecollection */
  get areas(): RangeCollectionProxy {
    return this._nav("areas", (init) => new RangeCollectionProxy(this.context, init));
  }
}

export class RangeCollectionProxy extends SimCollection<RangeProxy> {
  override get _typeName(): string {
    return "RangeCollection";
  }
  _enumerate(ref: unknown): unknown[] {
    const a = ref as AreasRef;
    return a.rects.map((r) => makeRangeRef(this._host.model, a.sheetId, r));
  }
  _makeItem(init: ProxyInit): RangeProxy {
    return new RangeProxy(this.context, init);
  }
  getItemAt(index: number): RangeProxy {
    return this._child(
      (init) => new RangeProxy(this.context, init),
      "getItemAt",
      [index],
      (ref) => {
        const a = ref as AreasRef;
        const r = a.rects[index];
        if (!r) throw officeError(ErrorCode.invalidArgument, "RangeCollection.getItemAt");
        return makeRangeRef(this._host.model, a.sheetId, r);
      },
    );
  }
}

const FORMAT_PROPS: Record<string, PropDef<RangeFormatProxy>> = {
  columnWidth: {
    member: "Range.format.columnWidth",
    get: (s, ref) => {
      const rr = ref as RangeRef;
      const sheet = s._sheet(rr);
      const first = sheet.columnWidths.get(rr.rect.left) ?? DEFAULT_COLUMN_WIDTH;
      for (let c = rr.rect.left; c <= Math.min(rr.rect.right, rr.rect.left + 20000); c++)
        if ((sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH) !== first) return null;
      return first;
    },
    set: (s, ref, v) => {
      const rr = ref as RangeRef;
      if (typeof v !== "number" || v < 0)
        throw officeError(ErrorCode.invalidArgument, "RangeFormat.columnWidth");
      const sheet = s._sheet(rr);
      for (let c = rr.rect.left; c <= rr.rect.right; c++) sheet.columnWidths.set(c, v);
    },
  },
  rowHeight: {
    get: (s, ref) => s._sheet(ref as RangeRef).rowHeights.get((ref as RangeRef).rect.top) ?? 15,
    set: (s, ref, v) => {
      const rr = ref as RangeRef;
      if (typeof v !== "number" || v < 0)
        throw officeError(ErrorCode.invalidArgument, "RangeFormat.rowHeight");
      for (let r = rr.rect.top; r <= rr.rect.bottom; r++) s._sheet(rr).rowHeights.set(r, v);
    },
  },
  horizontalAlignment: {
    get: (s, ref) =>
      s._model.readFormat(
        s._sheet(ref as RangeRef),
        (ref as RangeRef).rect,
        "horizontalAlignment",
        "General",
      ),
    set: (s, ref, v) =>
      s._model.setFormat(
        s._sheet(ref as RangeRef),
        (ref as RangeRef).rect,
        { horizontalAlignment: String(v) },
        "RangeFormat.horizontalAlignment",
      ),
  },
  wrapText: {
    get: (s, ref) =>
      s._model.readFormat(s._sheet(ref as RangeRef), (ref as RangeRef).rect, "wrapText", false),
    set: (s, ref, v) =>
      s._model.setFormat(
        s._sheet(ref as RangeRef),
        (ref as RangeRef).rect,
        { wrapText: Boolean(v) },
        "RangeFormat.wrapText",
      ),
  },
};

/** Shared helpers for format sub-objects whose ref is the parent range's RangeRef. */
abstract class RangePartProxy extends SimObject {
  get _model(): WorkbookModel {
    return this._host.model;
  }
  _sheet(ref: RangeRef): SheetModel {
    const s = this._model.sheetById(ref.sheetId);
    if (!s) throw officeError(ErrorCode.itemNotFound, this._typeName);
    return s;
  }
  override _alive(ref: unknown): boolean {
    const rr = ref as RangeRef;
    return !rr.dead && this._model.sheetById(rr.sheetId) !== undefined;
  }
}

export class RangeFormatProxy extends RangePartProxy {
  override get _typeName(): string {
    return "RangeFormat";
  }
  declare columnWidth: number;
  declare rowHeight: number;
  declare horizontalAlignment: string;
  declare wrapText: boolean;
  override _props(): Record<string, PropDef> {
    return FORMAT_PROPS as Record<string, PropDef>;
  }
  override _navNames(): string[] {
    return ["fill", "font"];
  }
  get fill(): RangeFillProxy {
    return this._nav("fill", (init) => new RangeFillProxy(this.context, init));
  }
  get font(): RangeFontProxy {
    return this._nav("font", (init) => new RangeFontProxy(this.context, init));
  }
  /** Widths follow the longest displayed text (≈ 7 points per character + padding) — an approximation. */
  autofitColumns(): void {
    this._invoke(
      "autofitColumns",
      [],
      (ref) => {
        const rr = ref as RangeRef;
        const sheet = this._sheet(rr);
        const used = this._model.usedRect(sheet, true);
        for (let c = rr.rect.left; c <= rr.rect.right; c++) {
          let chars = 0;
          if (used) {
            const top = Math.max(rr.rect.top, used.top);
            const bottom = Math.min(rr.rect.bottom, used.bottom);
            for (let r = top; r <= bottom; r++)
              chars = Math.max(chars, this._model.readText(sheet, r, c).length);
          }
          sheet.columnWidths.set(
            c,
            chars === 0 ? DEFAULT_COLUMN_WIDTH : Math.max(12, Math.round(chars * 7 + 5)),
          );
        }
      },
      { member: "Range.format.autofitColumns" },
    );
  }
  autofitRows(): void {
    this._invoke("autofitRows", [], () => undefined, { member: "Range.format.autofitColumns" });
  }
}

function colorProp(key: "fill" | "fontColor", location: string): PropDef<RangePartProxy> {
  return {
    get: (s, ref) =>
      s._model.readFormat(
        s._sheet(ref as RangeRef),
        (ref as RangeRef).rect,
        key,
        key === "fill" ? "#FFFFFF" : "#000000",
      ),
    set: (s, ref, v) => {
      if (typeof v !== "string") throw officeError(ErrorCode.invalidArgument, location);
      s._model.setFormat(
        s._sheet(ref as RangeRef),
        (ref as RangeRef).rect,
        { [key]: normalizeColor(v, location) },
        location,
      );
    },
  };
}

const NAMED_COLORS: Record<string, string> = {
  white: "#FFFFFF",
  black: "#000000",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgreen: "#90EE90",
  lightgray: "#D3D3D3",
  purple: "#800080",
};

/** Colors are "#RRGGBB" or HTML names; Excel reads them back as "#RRGGBB". https://learn.microsoft.com/javascript/api/excel/excel.rangefill#excel-excel-rangefill-color-member */
export function normalizeColor(v: string, location: string): string {
  if (v === "") return "";
  const named = NAMED_COLORS[v.toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-fA-F]{6}$/.test(v)) return v.toUpperCase();
  if (/^#[0-9a-fA-F]{3}$/.test(v)) return ("#" + [...v.slice(1)].map((ch) => ch + ch).join("")).toUpperCase();
  throw officeError(ErrorCode.invalidArgument, location);
}

export class RangeFillProxy extends RangePartProxy {
  override get _typeName(): string {
    return "RangeFill";
  }
  declare color: string;
  override _props(): Record<string, PropDef> {
    return { color: colorProp("fill", "RangeFill.color") } as unknown as Record<string, PropDef>;
  }
  clear(): void {
    this._invoke("clear", [], (ref) =>
      this._model.setFormat(
        this._sheet(ref as RangeRef),
        (ref as RangeRef).rect,
        { fill: "" },
        "RangeFill.clear",
      ),
    );
  }
}

function fontProp<K extends "bold" | "italic" | "fontName" | "fontSize">(
  key: K,
  dflt: CellFormat[K],
): PropDef<RangePartProxy> {
  return {
    get: (s, ref) => s._model.readFormat(s._sheet(ref as RangeRef), (ref as RangeRef).rect, key, dflt),
    set: (s, ref, v) =>
      s._model.setFormat(s._sheet(ref as RangeRef), (ref as RangeRef).rect, { [key]: v }, `RangeFont.${key}`),
  };
}

export class RangeFontProxy extends RangePartProxy {
  override get _typeName(): string {
    return "RangeFont";
  }
  declare color: string;
  declare bold: boolean;
  declare italic: boolean;
  declare name: string;
  declare size: number;
  override _props(): Record<string, PropDef> {
    return {
      color: colorProp("fontColor", "RangeFont.color"),
      bold: fontProp("bold", false),
      italic: fontProp("italic", false),
      name: fontProp("fontName", "Calibri"),
      size: fontProp("fontSize", 11),
    } as unknown as Record<string, PropDef>;
  }
}

/** Installs accessors for every PropDef on a proxy class (the `declare`d fields above). */
export function defineProps(cls: { prototype: object }, names: string[]): void {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: SimObject) {
        return this._getProp(name);
      },
      set(this: SimObject, v: unknown) {
        this._setProp(name, v);
      },
    });
  }
}

defineProps(RangeProxy, Object.keys(RANGE_PROPS));
defineProps(RangeFormatProxy, Object.keys(FORMAT_PROPS));
defineProps(RangeAreasProxy, Object.keys(AREAS_PROPS));
defineProps(RangeFillProxy, ["color"]);
defineProps(RangeFontProxy, ["color", "bold", "italic", "name", "size"]);

export type { ProxyInit };
