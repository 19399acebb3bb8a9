/**
 * Excel.WorksheetCollection, Excel.Worksheet, freeze panes, protection and the worksheet auto filter.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet
 * https://learn.microsoft.com/javascript/api/excel/excel.autofilter (ExcelApi 1.9)
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes (ExcelApi 1.7)
 */
import { MAX_COLUMNS, MAX_ROWS, rectColumns } from "./address";
import type { Rect } from "./address";
import { ErrorCode, officeError } from "./errors";
import type { SheetModel } from "./model/types";
import type { RangeRef, WorkbookModel } from "./model/workbook-model";
import { defineProps, makeRangeRef, RangeProxy, rectFromAddress } from "./range";
import { SimCollection, SimObject } from "./request-context";
import type { PropDef, ProxyInit } from "./request-context";
import { TableCollectionProxy } from "./table";
import { ChartCollectionProxy } from "./charts";
import { ShapeCollectionProxy } from "./shapes";
import { EventHandlersProxy } from "./event-handlers";

export class WorksheetCollectionProxy extends SimCollection<WorksheetProxy> {
  override get _typeName(): string {
    return "WorksheetCollection";
  }
  get _model(): WorkbookModel {
    return this._host.model;
  }
  _enumerate(): unknown[] {
    return [...this._model.sheets];
  }
  _makeItem(init: ProxyInit): WorksheetProxy {
    return new WorksheetProxy(this.context, init);
  }
  private _sheetChild(
    name: string,
    args: unknown[],
    resolve: () => SheetModel | null,
    opts: { nullable?: boolean; member?: string; stable?: boolean } = {},
  ): WorksheetProxy {
    return this._child(
      (init) => new WorksheetProxy(this.context, init),
      name,
      args,
      () => resolve(),
      opts,
    );
  }
  getItem(key: string): WorksheetProxy {
    return this._sheetChild("getItem", [key], () => {
      const s = this._model.sheetByName(key) ?? this._model.sheetById(key);
      if (!s) throw officeError(ErrorCode.itemNotFound, "WorksheetCollection.getItem");
      return s;
    });
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    return this._sheetChild(
      "getItemOrNullObject",
      [key],
      () => this._model.sheetByName(key) ?? this._model.sheetById(key) ?? null,
      {
        nullable: true,
        member: "WorksheetCollection.getItemOrNullObject",
      },
    );
  }
  getActiveWorksheet(): WorksheetProxy {
    return this._sheetChild("getActiveWorksheet", [], () => {
      const s = this._model.sheetById(this._model.activeSheetId);
      if (!s) throw officeError(ErrorCode.itemNotFound, "WorksheetCollection.getActiveWorksheet");
      return s;
    });
  }
  getFirst(visibleOnly = false): WorksheetProxy {
    return this._sheetChild("getFirst", [visibleOnly], () => {
      const s = this._model.sheets.find((x) => !visibleOnly || x.visibility === "Visible");
      if (!s) throw officeError(ErrorCode.itemNotFound, "WorksheetCollection.getFirst");
      return s;
    });
  }
  /** add(name?) — name rules: https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1) */
  add(name?: string): WorksheetProxy {
    const created = this._child(
      (init) => new WorksheetProxy(this.context, init),
      "add",
      [name],
      () => this._model.addSheet(name),
      { stable: true },
    );
    this._invoke("add", [name], () => created._ensureRef());
    return created;
  }
  get onChanged(): EventHandlersProxy {
    return this._nav(
      "onChanged",
      (init) =>
        new EventHandlersProxy(
          this.context,
          init,
          "WorksheetChanged",
          () => "*",
          "WorksheetCollection.onChanged",
        ),
    );
  }
}

const SHEET_PROPS: Record<string, PropDef<WorksheetProxy>> = {
  id: { readOnly: true, get: (_s, ref) => (ref as SheetModel).id },
  name: {
    get: (_s, ref) => (ref as SheetModel).name,
    set: (s, ref, v) => s._model.renameSheet(ref as SheetModel, String(v), "Worksheet.name"),
  },
  position: {
    get: (s, ref) => s._model.sheets.indexOf(ref as SheetModel),
    set: (s, ref, v) => {
      const sheets = s._model.sheets;
      const i = sheets.indexOf(ref as SheetModel);
      if (typeof v !== "number" || v < 0 || v >= sheets.length)
        throw officeError(ErrorCode.invalidArgument, "Worksheet.position");
      sheets.splice(i, 1);
      sheets.splice(v, 0, ref as SheetModel);
    },
  },
  visibility: {
    get: (_s, ref) => (ref as SheetModel).visibility,
    set: (s, ref, v) => s._model.setVisibility(ref as SheetModel, String(v), "Worksheet.visibility"),
  },
  tabColor: {
    member: "Worksheet.tabColor",
    get: (_s, ref) => (ref as SheetModel).tabColor,
    set: (_s, ref, v) => {
      (ref as SheetModel).tabColor = String(v);
    },
  },
};

export class WorksheetProxy extends SimObject implements Pick<Excel.Worksheet, "id" | "name" | "position"> {
  override get _typeName(): string {
    return "Worksheet";
  }
  declare readonly id: string;
  declare name: string;
  declare position: number;
  declare visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
  declare tabColor: string;

  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _props(): Record<string, PropDef> {
    return SHEET_PROPS as Record<string, PropDef>;
  }
  override _navNames(): string[] {
    return ["tables", "charts", "shapes", "protection", "freezePanes", "autoFilter"];
  }
  override _alive(ref: unknown): boolean {
    return this._model.sheets.includes(ref as SheetModel);
  }
  override _stableAfterLoad(): boolean {
    return true;
  }

  private _range(
    name: string,
    args: unknown[],
    rect: (s: SheetModel) => Rect,
    opts: { nullable?: boolean; member?: string } = {},
  ): RangeProxy {
    return this._child(
      (init) => new RangeProxy(this.context, init),
      name,
      args,
      (p) => {
        const s = p as SheetModel;
        return makeRangeRef(this._model, s.id, rect(s));
      },
      opts,
    );
  }

  getRange(address?: string): RangeProxy {
    return this._range("getRange", [address], (s) =>
      address === undefined || address === ""
        ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 }
        : rectFromAddress(s, address, "Worksheet.getRange"),
    );
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    return this._range(
      "getRangeByIndexes",
      [startRow, startColumn, rowCount, columnCount],
      () => {
        if (
          rowCount < 1 ||
          columnCount < 1 ||
          startRow < 0 ||
          startColumn < 0 ||
          startRow + rowCount > MAX_ROWS ||
          startColumn + columnCount > MAX_COLUMNS
        ) {
          throw officeError(ErrorCode.invalidArgument, "Worksheet.getRangeByIndexes");
        }
        return {
          top: startRow,
          left: startColumn,
          bottom: startRow + rowCount - 1,
          right: startColumn + columnCount - 1,
        };
      },
      { member: "Worksheet.getRangeByIndexes" },
    );
  }
  getCell(row: number, column: number): RangeProxy {
    return this._range("getCell", [row, column], () => {
      if (row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS)
        throw officeError(ErrorCode.invalidArgument, "Worksheet.getCell");
      return { top: row, left: column, bottom: row, right: column };
    });
  }
  /** An empty sheet's used range is A1; getUsedRangeOrNullObject returns a null object instead. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this._range(
      "getUsedRange",
      [valuesOnly],
      (s) => this._model.usedRect(s, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._child(
      (init) => new RangeProxy(this.context, init),
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (p) => {
        const s = p as SheetModel;
        const used = this._model.usedRect(s, valuesOnly);
        return used ? makeRangeRef(this._model, s.id, used) : null;
      },
      { nullable: true, member: "Worksheet.getUsedRangeOrNullObject" },
    );
  }
  activate(): void {
    this._invoke("activate", [], (ref) => {
      const s = ref as SheetModel;
      if (s.visibility !== "Visible") throw officeError(ErrorCode.invalidOperation, "Worksheet.activate");
      this._model.activeSheetId = s.id;
    });
  }
  /** Deleting the only visible sheet fails; later use of the proxy fails with ItemNotFound. */
  delete(): void {
    this._invoke("delete", [], (ref) => this._model.deleteSheet(ref as SheetModel, "Worksheet.delete"));
  }
  calculate(_markAllDirty: boolean): void {
    this._invoke("calculate", [_markAllDirty], () => undefined);
  }

  get tables(): TableCollectionProxy {
    return this._nav("tables", (init) => new TableCollectionProxy(this.context, init, true));
  }
  get charts(): ChartCollectionProxy {
    return this._nav("charts", (init) => new ChartCollectionProxy(this.context, init));
  }
  /** The drawing layer (ExcelApi 1.9): https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-shapes-member */
  get shapes(): ShapeCollectionProxy {
    return this._nav("shapes", (init) => new ShapeCollectionProxy(this.context, init), "Worksheet.shapes");
  }
  get protection(): WorksheetProtectionProxy {
    return this._nav(
      "protection",
      (init) => new WorksheetProtectionProxy(this.context, init),
      "Worksheet.protection",
    );
  }
  get freezePanes(): FreezePanesProxy {
    return this._nav(
      "freezePanes",
      (init) => new FreezePanesProxy(this.context, init),
      "Worksheet.freezePanes",
    );
  }
  get autoFilter(): AutoFilterProxy {
    return this._nav("autoFilter", (init) => new AutoFilterProxy(this.context, init), "Worksheet.autoFilter");
  }
  get onChanged(): EventHandlersProxy {
    return this._nav(
      "onChanged",
      (init) =>
        new EventHandlersProxy(
          this.context,
          init,
          "WorksheetChanged",
          (ref) => (ref as SheetModel).id,
          "Worksheet.onChanged",
        ),
    );
  }
}
defineProps(WorksheetProxy, Object.keys(SHEET_PROPS));

abstract class SheetPartProxy extends SimObject {
  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _alive(ref: unknown): boolean {
    return this._model.sheets.includes(ref as SheetModel);
  }
}

/** https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection */
export class WorksheetProtectionProxy extends SheetPartProxy {
  override get _typeName(): string {
    return "WorksheetProtection";
  }
  declare readonly protected: boolean;
  declare readonly options: Record<string, boolean>;
  override _props(): Record<string, PropDef> {
    return {
      protected: { readOnly: true, get: (_s, ref) => (ref as SheetModel).protection.protected },
      options: { readOnly: true, get: (_s, ref) => ({ ...(ref as SheetModel).protection.options }) },
    };
  }
  protect(options?: Record<string, boolean>, password?: string): void {
    this._invoke("protect", [options, password === undefined ? undefined : "***"], (ref) => {
      const s = ref as SheetModel;
      if (s.protection.protected)
        throw officeError(ErrorCode.invalidOperation, "WorksheetProtection.protect");
      s.protection = { protected: true, options: { ...(options ?? {}) } };
    });
  }
  unprotect(_password?: string): void {
    this._invoke("unprotect", [], (ref) => {
      (ref as SheetModel).protection = { protected: false, options: {} };
    });
  }
}
defineProps(WorksheetProtectionProxy, ["protected", "options"]);

/** https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes */
export class FreezePanesProxy extends SheetPartProxy {
  override get _typeName(): string {
    return "WorksheetFreezePanes";
  }
  freezeRows(count = 1): void {
    this._invoke("freezeRows", [count], (ref) => {
      if (count < 0 || count >= MAX_ROWS)
        throw officeError(ErrorCode.invalidArgument, "WorksheetFreezePanes.freezeRows");
      if (count === 0) delete (ref as SheetModel).freeze;
      else (ref as SheetModel).freeze = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this._invoke("freezeColumns", [count], (ref) => {
      if (count < 0 || count >= MAX_COLUMNS)
        throw officeError(ErrorCode.invalidArgument, "WorksheetFreezePanes.freezeColumns");
      if (count === 0) delete (ref as SheetModel).freeze;
      else (ref as SheetModel).freeze = { rows: 0, columns: count };
    });
  }
  freezeAt(frozenRange: RangeProxy | string): void {
    this._invoke("freezeAt", [typeof frozenRange === "string" ? frozenRange : "range"], (ref) => {
      const s = ref as SheetModel;
      const rect =
        typeof frozenRange === "string"
          ? rectFromAddress(s, frozenRange, "WorksheetFreezePanes.freezeAt")
          : (frozenRange._requireRef("WorksheetFreezePanes.freezeAt") as RangeRef).rect;
      s.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
    });
  }
  unfreeze(): void {
    this._invoke("unfreeze", [], (ref) => {
      delete (ref as SheetModel).freeze;
    });
  }
  getLocationOrNullObject(): RangeProxy {
    return this._child(
      (init) => new RangeProxy(this.context, init),
      "getLocationOrNullObject",
      [],
      (p) => {
        const s = p as SheetModel;
        if (!s.freeze) return null;
        return makeRangeRef(this._model, s.id, {
          top: 0,
          left: 0,
          bottom: Math.max(0, s.freeze.rows - 1),
          right: Math.max(0, s.freeze.columns - 1),
        });
      },
      { nullable: true },
    );
  }
}

/** Worksheet.autoFilter (ExcelApi 1.9): https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#filter-data */
export class AutoFilterProxy extends SheetPartProxy {
  override get _typeName(): string {
    return "AutoFilter";
  }
  declare readonly enabled: boolean;
  declare readonly isDataFiltered: boolean;
  declare readonly criteria: unknown[];
  override _props(): Record<string, PropDef> {
    return {
      enabled: { readOnly: true, get: (_s, ref) => (ref as SheetModel).autoFilter !== undefined },
      isDataFiltered: {
        readOnly: true,
        get: (_s, ref) => ((ref as SheetModel).autoFilter?.criteria ?? []).some((c) => c !== undefined),
      },
      criteria: {
        readOnly: true,
        get: (_s, ref) =>
          ((ref as SheetModel).autoFilter?.criteria ?? []).map((c) => c ?? { filterOn: "Custom" }),
      },
    };
  }
  apply(range: RangeProxy | string, columnIndex?: number, criteria?: Record<string, unknown>): void {
    this._invoke("apply", [typeof range === "string" ? range : "range", columnIndex, criteria], (ref) => {
      const s = ref as SheetModel;
      const rect =
        typeof range === "string"
          ? rectFromAddress(s, range, "AutoFilter.apply")
          : (range._requireRef("AutoFilter.apply") as RangeRef).rect;
      if (
        this._model
          .tablesOn(s)
          .some(
            (t) =>
              t.rect.top <= rect.bottom &&
              t.rect.bottom >= rect.top &&
              t.rect.left <= rect.right &&
              t.rect.right >= rect.left,
          )
      ) {
        throw officeError(ErrorCode.invalidOperation, "AutoFilter.apply");
      }
      const width = rectColumns(rect);
      const af =
        s.autoFilter && s.autoFilter.rect.top === rect.top && s.autoFilter.rect.left === rect.left
          ? s.autoFilter
          : { rect, criteria: new Array(width).fill(undefined) };
      af.rect = rect;
      if (columnIndex !== undefined) {
        if (columnIndex < 0 || columnIndex >= width || !criteria || typeof criteria["filterOn"] !== "string")
          throw officeError(ErrorCode.invalidArgument, "AutoFilter.apply");
        af.criteria[columnIndex] = criteria as unknown as NonNullable<(typeof af.criteria)[number]>;
      }
      s.autoFilter = af;
      this._model.applyAutoFilterHiding(s);
    });
  }
  clearCriteria(): void {
    this._invoke("clearCriteria", [], (ref) => {
      const s = ref as SheetModel;
      if (s.autoFilter) s.autoFilter.criteria = s.autoFilter.criteria.map(() => undefined);
      this._model.applyAutoFilterHiding(s);
    });
  }
  remove(): void {
    this._invoke("remove", [], (ref) => {
      const s = ref as SheetModel;
      if (s.autoFilter)
        for (let r = s.autoFilter.rect.top; r <= s.autoFilter.rect.bottom; r++) s.hiddenRows.delete(r);
      delete s.autoFilter;
    });
  }
}
defineProps(AutoFilterProxy, ["enabled", "isDataFiltered", "criteria"]);
