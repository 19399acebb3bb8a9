/**
 * Excel.Table and its collections, columns, rows, filters and sort.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables
 * https://learn.microsoft.com/javascript/api/excel/excel.table
 * https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection
 * https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection
 * https://learn.microsoft.com/javascript/api/excel/excel.filter
 */
import { formatAddress, rectColumns, rectRows } from "./address";
import type { Rect } from "./address";
import { ErrorCode, officeError, SimulationLimitError } from "./errors";
import { EventHandlersProxy } from "./event-handlers";
import type { Cell, FilterCriteria, SheetModel, TableColumnModel, TableModel } from "./model/types";
import type { RangeRef, WorkbookModel } from "./model/workbook-model";
import { defineProps, makeRangeRef, RangeProxy, rectFromAddress } from "./range";
import { SimCollection, SimObject } from "./request-context";
import type { PropDef, ProxyInit, SimRequestContext } from "./request-context";
import { WorksheetProxy } from "./worksheet";

function sheetOf(model: WorkbookModel, t: TableModel, location: string): SheetModel {
  const s = model.sheetById(t.sheetId);
  if (!s) throw officeError(ErrorCode.itemNotFound, location);
  return s;
}

export class TableCollectionProxy extends SimCollection<TableProxy> {
  override get _typeName(): string {
    return "TableCollection";
  }
  private readonly onSheet: boolean;
  constructor(context: SimRequestContext, init: ProxyInit, onSheet: boolean) {
    super(context, init);
    this.onSheet = onSheet;
  }
  get _model(): WorkbookModel {
    return this._host.model;
  }
  private _scope(ref: unknown): TableModel[] {
    return this.onSheet ? this._model.tablesOn(ref as SheetModel) : [...this._model.tables];
  }
  _enumerate(ref: unknown): unknown[] {
    return this._scope(ref);
  }
  _makeItem(init: ProxyInit): TableProxy {
    return new TableProxy(this.context, init);
  }
  private _find(ref: unknown, key: string): TableModel | undefined {
    return this._scope(ref).find(
      (t) => t.name.toLowerCase() === String(key).toLowerCase() || t.id === String(key),
    );
  }
  getItem(key: string): TableProxy {
    return this._child(
      (init) => new TableProxy(this.context, init),
      "getItem",
      [key],
      (ref) => {
        const t = this._find(ref, key);
        if (!t) throw officeError(ErrorCode.itemNotFound, "TableCollection.getItem");
        return t;
      },
    );
  }
  getItemOrNullObject(key: string): TableProxy {
    return this._child(
      (init) => new TableProxy(this.context, init),
      "getItemOrNullObject",
      [key],
      (ref) => this._find(ref, key) ?? null,
      {
        nullable: true,
        member: "TableCollection.getItemOrNullObject",
      },
    );
  }
  getItemAt(index: number): TableProxy {
    return this._child(
      (init) => new TableProxy(this.context, init),
      "getItemAt",
      [index],
      (ref) => {
        const t = this._scope(ref)[index];
        if (!t) throw officeError(ErrorCode.invalidArgument, "TableCollection.getItemAt");
        return t;
      },
    );
  }
  /**
   * add(address, hasHeaders). A header-only address gets one empty data row, as in Excel. Overlapping
   * another table fails with InvalidOperation.
   */
  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    const created = this._child(
      (init) => new TableProxy(this.context, init),
      "add",
      [typeof address === "string" ? address : "range", hasHeaders],
      (ref) => {
        let sheet: SheetModel;
        let rect: Rect;
        if (typeof address === "string") {
          const bang = address.includes("!");
          if (this.onSheet) sheet = ref as SheetModel;
          else {
            // Without a sheet name the active sheet is used (TableCollection.add remarks).
            const active = this._model.sheetById(this._model.activeSheetId);
            if (!bang && !active) throw officeError(ErrorCode.itemNotFound, "TableCollection.add");
            const name = address
              .slice(0, address.lastIndexOf("!"))
              .replace(/^'(.*)'$/, "$1")
              .replace(/''/g, "'");
            const s = bang ? this._model.sheetByName(name) : active;
            if (!s) throw officeError(ErrorCode.itemNotFound, "TableCollection.add");
            sheet = s;
          }
          rect = rectFromAddress(sheet, address, "TableCollection.add");
        } else {
          const rr = address._requireRef("TableCollection.add") as RangeRef;
          const s = this._model.sheetById(rr.sheetId);
          if (!s || (this.onSheet && s !== ref))
            throw officeError(ErrorCode.invalidArgument, "TableCollection.add");
          sheet = s;
          rect = rr.rect;
        }
        if (hasHeaders && rectRows(rect) === 1) rect = { ...rect, bottom: rect.bottom + 1 };
        return this._model.addTable(sheet, rect, hasHeaders, "TableCollection.add");
      },
      { stable: true },
    );
    this._invoke("add", [typeof address === "string" ? address : "range", hasHeaders], () =>
      created._ensureRef(),
    );
    return created;
  }
  get onChanged(): EventHandlersProxy {
    return this._nav(
      "onChanged",
      (init) =>
        new EventHandlersProxy(
          this.context,
          init,
          "TableChanged",
          (ref) => (this.onSheet ? `sheet-tables:${(ref as SheetModel).id}` : "*"),
          "TableCollection.onChanged",
        ),
    );
  }
}

const TABLE_PROPS: Record<string, PropDef<TableProxy>> = {
  id: { readOnly: true, get: (_s, ref) => (ref as TableModel).id },
  legacyId: { readOnly: true, member: "Table.legacyId", get: (_s, ref) => (ref as TableModel).id },
  name: {
    get: (_s, ref) => (ref as TableModel).name,
    set: (s, ref, v) => s._model.renameTable(ref as TableModel, String(v), "Table.name"),
  },
  showHeaders: {
    get: (_s, ref) => (ref as TableModel).showHeaders,
    set: (_s, ref, v) => {
      if (v !== (ref as TableModel).showHeaders)
        throw new SimulationLimitError("excel-sim: toggling Table.showHeaders is not simulated");
    },
  },
  showTotals: {
    get: (_s, ref) => (ref as TableModel).showTotals,
    set: (_s, ref, v) => {
      if (v !== (ref as TableModel).showTotals)
        throw new SimulationLimitError("excel-sim: toggling Table.showTotals is not simulated");
    },
  },
  showFilterButton: {
    get: (_s, ref) => (ref as TableModel).showFilterButton,
    set: (_s, ref, v) => {
      if (typeof v !== "boolean") throw officeError(ErrorCode.invalidArgument, "Table.showFilterButton");
      (ref as TableModel).showFilterButton = v;
    },
  },
  style: {
    get: (_s, ref) => (ref as TableModel).style,
    set: (_s, ref, v) => {
      (ref as TableModel).style = String(v);
    },
  },
};

export class TableProxy
  extends SimObject
  implements Pick<Excel.Table, "id" | "name" | "showFilterButton" | "style">
{
  override get _typeName(): string {
    return "Table";
  }
  declare readonly id: string;
  declare readonly legacyId: string;
  declare name: string;
  declare showHeaders: boolean;
  declare showTotals: boolean;
  declare showFilterButton: boolean;
  declare style: string;

  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _props(): Record<string, PropDef> {
    return TABLE_PROPS as Record<string, PropDef>;
  }
  override _navNames(): string[] {
    return ["columns", "rows", "worksheet", "sort"];
  }
  override _alive(ref: unknown): boolean {
    return this._model.tables.includes(ref as TableModel);
  }
  override _stableAfterLoad(): boolean {
    return true;
  }

  private _rangeOf(name: string, pick: (t: TableModel) => Rect | undefined, nullable = false): RangeProxy {
    return this._child(
      (init) => new RangeProxy(this.context, init),
      name,
      [],
      (p) => {
        const t = p as TableModel;
        const rect = pick(t);
        if (!rect) {
          if (nullable) return null;
          throw officeError(ErrorCode.itemNotFound, `Table.${name}`);
        }
        return makeRangeRef(this._model, t.sheetId, rect);
      },
      nullable ? { nullable: true } : {},
    );
  }
  getRange(): RangeProxy {
    return this._rangeOf("getRange", (t) => t.rect);
  }
  getHeaderRowRange(): RangeProxy {
    return this._rangeOf("getHeaderRowRange", (t) => this._model.headerRect(t));
  }
  getDataBodyRange(): RangeProxy {
    return this._rangeOf("getDataBodyRange", (t) => this._model.bodyRect(t));
  }
  getTotalRowRange(): RangeProxy {
    return this._rangeOf("getTotalRowRange", (t) =>
      t.showTotals ? { ...t.rect, top: t.rect.bottom } : undefined,
    );
  }
  delete(): void {
    this._invoke("delete", [], (ref) => this._model.deleteTable(ref as TableModel));
  }
  convertToRange(): RangeProxy {
    const r = this._child(
      (init) => new RangeProxy(this.context, init),
      "convertToRange",
      [],
      (p) => {
        const t = p as TableModel;
        const ref = makeRangeRef(this._model, t.sheetId, t.rect);
        this._model.convertTableToRange(t);
        return ref;
      },
      { stable: true },
    );
    this._invoke("convertToRange", [], () => r._ensureRef());
    return r;
  }
  /** Table.resize (ExcelApi 1.13). */
  resize(newRange: RangeProxy | string): void {
    this._invoke(
      "resize",
      [typeof newRange === "string" ? newRange : "range"],
      (ref) => {
        const t = ref as TableModel;
        const sheet = sheetOf(this._model, t, "Table.resize");
        const rect =
          typeof newRange === "string"
            ? rectFromAddress(sheet, newRange, "Table.resize")
            : (newRange._requireRef("Table.resize") as RangeRef).rect;
        this._model.resizeTable(t, rect, "Table.resize");
      },
      { member: "Table.resize" },
    );
  }
  clearFilters(): void {
    this._invoke("clearFilters", [], (ref) => {
      const t = ref as TableModel;
      for (const c of t.columns) delete c.filter;
      this._model.applyTableFilters(t);
    });
  }
  reapplyFilters(): void {
    this._invoke("reapplyFilters", [], (ref) => this._model.applyTableFilters(ref as TableModel));
  }
  get columns(): TableColumnCollectionProxy {
    return this._nav("columns", (init) => new TableColumnCollectionProxy(this.context, init));
  }
  get rows(): TableRowCollectionProxy {
    return this._nav("rows", (init) => new TableRowCollectionProxy(this.context, init));
  }
  get sort(): TableSortProxy {
    return this._nav("sort", (init) => new TableSortProxy(this.context, init), "Table.sort");
  }
  get worksheet(): WorksheetProxy {
    return this._nav(
      "worksheet",
      (init) =>
        new WorksheetProxy(this.context, {
          ...init,
          resolve: (p) => sheetOf(this._model, p as TableModel, "Table.worksheet"),
        }),
      "Table.worksheet",
    );
  }
  get onChanged(): EventHandlersProxy {
    return this._nav(
      "onChanged",
      (init) =>
        new EventHandlersProxy(
          this.context,
          init,
          "TableChanged",
          (ref) => (ref as TableModel).id,
          "Table.onChanged",
        ),
    );
  }
  /** Fires when a person moves the selection into, within or out of this table (see events.ts). */
  get onSelectionChanged(): EventHandlersProxy {
    return this._nav(
      "onSelectionChanged",
      (init) =>
        new EventHandlersProxy(
          this.context,
          init,
          "TableSelectionChanged",
          (ref) => (ref as TableModel).id,
          "Table.onSelectionChanged",
        ),
    );
  }
}
defineProps(TableProxy, Object.keys(TABLE_PROPS));

abstract class TablePartProxy extends SimObject {
  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _alive(ref: unknown): boolean {
    return this._model.tables.includes(ref as TableModel);
  }
}

interface ColumnRef {
  table: TableModel;
  columnId: number;
}

export class TableColumnCollectionProxy extends SimCollection<TableColumnProxy> {
  override get _typeName(): string {
    return "TableColumnCollection";
  }
  get _model(): WorkbookModel {
    return this._host.model;
  }
  declare readonly count: number;
  override _props(): Record<string, PropDef> {
    return { count: { readOnly: true, get: (_s, ref) => (ref as TableModel).columns.length } };
  }
  override _alive(ref: unknown): boolean {
    return this._model.tables.includes(ref as TableModel);
  }
  _enumerate(ref: unknown): unknown[] {
    const t = ref as TableModel;
    return t.columns.map((c) => ({ table: t, columnId: c.id }));
  }
  _makeItem(init: ProxyInit): TableColumnProxy {
    return new TableColumnProxy(this.context, init);
  }
  private _col(
    name: string,
    args: unknown[],
    find: (t: TableModel) => TableColumnModel | undefined,
    nullable = false,
  ): TableColumnProxy {
    return this._child(
      (init) => new TableColumnProxy(this.context, init),
      name,
      args,
      (p) => {
        const t = p as TableModel;
        const c = find(t);
        if (!c) {
          if (nullable) return null;
          throw officeError(ErrorCode.itemNotFound, `TableColumnCollection.${name}`);
        }
        return { table: t, columnId: c.id };
      },
      nullable ? { nullable: true } : {},
    );
  }
  getItem(key: string | number): TableColumnProxy {
    return this._col("getItem", [key], (t) =>
      t.columns.find(
        (c) => c.name.toLowerCase() === String(key).toLowerCase() || String(c.id) === String(key),
      ),
    );
  }
  getItemOrNullObject(key: string | number): TableColumnProxy {
    return this._col(
      "getItemOrNullObject",
      [key],
      (t) =>
        t.columns.find(
          (c) => c.name.toLowerCase() === String(key).toLowerCase() || String(c.id) === String(key),
        ),
      true,
    );
  }
  getItemAt(index: number): TableColumnProxy {
    return this._child(
      (init) => new TableColumnProxy(this.context, init),
      "getItemAt",
      [index],
      (p) => {
        const t = p as TableModel;
        const c = t.columns[index];
        if (!c) throw officeError(ErrorCode.invalidArgument, "TableColumnCollection.getItemAt");
        return { table: t, columnId: c.id };
      },
    );
  }
  /** add(index?, values?, name?): values include the header cell. */
  add(index?: number | null, values?: unknown, name?: string): TableColumnProxy {
    const created = this._child(
      (init) => new TableColumnProxy(this.context, init),
      "add",
      [index, "...", name],
      (p) => {
        const t = p as TableModel;
        const at = this._model.addTableColumn(t, index, values, name, "TableColumnCollection.add");
        const col = t.columns[at];
        if (!col) throw officeError(ErrorCode.generalException, "TableColumnCollection.add");
        return { table: t, columnId: col.id };
      },
      { stable: true },
    );
    this._invoke("add", [index, values, name], () => created._ensureRef());
    return created;
  }
}
defineProps(TableColumnCollectionProxy, ["count"]);

function columnIndexOf(ref: ColumnRef): number {
  return ref.table.columns.findIndex((c) => c.id === ref.columnId);
}

const COLUMN_PROPS: Record<string, PropDef<TableColumnProxy>> = {
  id: { readOnly: true, get: (_s, ref) => (ref as ColumnRef).columnId },
  index: { readOnly: true, get: (_s, ref) => columnIndexOf(ref as ColumnRef) },
  name: {
    get: (_s, ref) =>
      (ref as ColumnRef).table.columns.find((c) => c.id === (ref as ColumnRef).columnId)?.name,
    set: (s, ref, v) => {
      const cr = ref as ColumnRef;
      const t = cr.table;
      const sheet = sheetOf(s._model, t, "TableColumn.name");
      const i = columnIndexOf(cr);
      if (typeof v !== "string") throw officeError(ErrorCode.invalidArgument, "TableColumn.name");
      s._model.writeValues(
        sheet,
        { top: t.rect.top, bottom: t.rect.top, left: t.rect.left + i, right: t.rect.left + i },
        [[v]],
        "TableColumn.name",
      );
    },
  },
  values: {
    get: (s, ref) => {
      const cr = ref as ColumnRef;
      const sheet = sheetOf(s._model, cr.table, "TableColumn.values");
      const c = cr.table.rect.left + columnIndexOf(cr);
      const out: unknown[][] = [];
      for (let r = cr.table.rect.top; r <= cr.table.rect.bottom; r++)
        out.push([s._model.readCell(sheet, r, c).value]);
      return out;
    },
    set: (s, ref, v) => {
      const cr = ref as ColumnRef;
      const sheet = sheetOf(s._model, cr.table, "TableColumn.values");
      const c = cr.table.rect.left + columnIndexOf(cr);
      s._host.instruments.cellsWritten += s._model.writeValues(
        sheet,
        { top: cr.table.rect.top, bottom: cr.table.rect.bottom, left: c, right: c },
        v,
        "TableColumn.values",
      );
    },
    cells: (_s, ref) => rectRows((ref as ColumnRef).table.rect),
  },
};

export class TableColumnProxy extends SimObject {
  override get _typeName(): string {
    return "TableColumn";
  }
  declare readonly id: number;
  declare readonly index: number;
  declare name: string;
  declare values: unknown[][];
  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _props(): Record<string, PropDef> {
    return COLUMN_PROPS as Record<string, PropDef>;
  }
  override _navNames(): string[] {
    return ["filter"];
  }
  override _alive(ref: unknown): boolean {
    const cr = ref as ColumnRef;
    return this._model.tables.includes(cr.table) && columnIndexOf(cr) >= 0;
  }
  override _stableAfterLoad(): boolean {
    return true;
  }
  private _rangeOf(
    name: string,
    rows: (t: TableModel) => { top: number; bottom: number } | undefined,
  ): RangeProxy {
    return this._child(
      (init) => new RangeProxy(this.context, init),
      name,
      [],
      (p) => {
        const cr = p as ColumnRef;
        const span = rows(cr.table);
        if (!span) throw officeError(ErrorCode.itemNotFound, `TableColumn.${name}`);
        const c = cr.table.rect.left + columnIndexOf(cr);
        return makeRangeRef(this._model, cr.table.sheetId, { ...span, left: c, right: c });
      },
    );
  }
  getRange(): RangeProxy {
    return this._rangeOf("getRange", (t) => ({ top: t.rect.top, bottom: t.rect.bottom }));
  }
  getDataBodyRange(): RangeProxy {
    return this._rangeOf("getDataBodyRange", (t) => this._model.bodyRect(t));
  }
  getHeaderRowRange(): RangeProxy {
    return this._rangeOf("getHeaderRowRange", (t) =>
      t.showHeaders ? { top: t.rect.top, bottom: t.rect.top } : undefined,
    );
  }
  delete(): void {
    this._invoke("delete", [], (ref) => {
      const cr = ref as ColumnRef;
      const t = cr.table;
      const i = columnIndexOf(cr);
      if (t.columns.length === 1) throw officeError(ErrorCode.invalidOperation, "TableColumn.delete");
      const sheet = sheetOf(this._model, t, "TableColumn.delete");
      // Cells right of the column inside the table's rows shift left.
      const col = t.rect.left + i;
      const moving: [number, number, Cell | undefined][] = [];
      for (let r = t.rect.top; r <= t.rect.bottom; r++)
        for (let c = col; c <= t.rect.right; c++) moving.push([r, c, this._model.getCell(sheet, r, c + 1)]);
      for (const [r, c, cell] of moving)
        this._model.setCell(sheet, r, c, c === t.rect.right ? undefined : cell);
      t.columns.splice(i, 1);
      t.rect = { ...t.rect, right: t.rect.right - 1 };
      this._model.changes.push({
        sheetId: sheet.id,
        rect: { ...t.rect, left: col, right: col },
        changeType: "ColumnDeleted",
      });
      this._model.touch();
    });
  }
  get filter(): FilterProxy {
    return this._nav("filter", (init) => new FilterProxy(this.context, init), "TableColumn.filter");
  }
}
defineProps(TableColumnProxy, Object.keys(COLUMN_PROPS));

/** Excel.Filter on a table column: apply / applyValuesFilter / applyCustomFilter / clear; rows that fail are hidden. */
export class FilterProxy extends SimObject {
  override get _typeName(): string {
    return "Filter";
  }
  declare readonly criteria: FilterCriteria | null;
  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _props(): Record<string, PropDef> {
    return {
      criteria: {
        readOnly: true,
        get: (_s, ref) => {
          const cr = ref as ColumnRef;
          return cr.table.columns.find((c) => c.id === cr.columnId)?.filter ?? null;
        },
      },
    };
  }
  private _applyCriteria(name: string, args: unknown[], criteria: () => FilterCriteria | undefined): void {
    this._invoke(name, args, (ref) => {
      const cr = ref as ColumnRef;
      const col = cr.table.columns.find((c) => c.id === cr.columnId);
      if (!col) throw officeError(ErrorCode.itemNotFound, `Filter.${name}`);
      const crit = criteria();
      if (crit === undefined) delete col.filter;
      else {
        if (
          typeof crit.filterOn !== "string" ||
          ![
            "Values",
            "Custom",
            "BottomItems",
            "BottomPercent",
            "CellColor",
            "Dynamic",
            "FontColor",
            "TopItems",
            "TopPercent",
            "Icon",
          ].includes(crit.filterOn)
        ) {
          throw officeError(ErrorCode.invalidArgument, `Filter.${name}`);
        }
        col.filter = { ...crit };
      }
      this._model.applyTableFilters(cr.table);
      const sheet = this._model.sheetById(cr.table.sheetId);
      if (sheet)
        this._model.changes.push({ sheetId: sheet.id, rect: cr.table.rect, changeType: "RangeEdited" });
      this._model.changes.pop(); // filtering does not fire onChanged (no cell values change)
    });
  }
  apply(criteria: FilterCriteria): void {
    this._applyCriteria("apply", [criteria], () => criteria);
  }
  applyValuesFilter(values: string[]): void {
    this._applyCriteria("applyValuesFilter", [values], () => ({
      filterOn: "Values",
      values: values.map(String),
    }));
  }
  applyCustomFilter(criteria1: string, criteria2?: string, oper?: string): void {
    this._applyCriteria("applyCustomFilter", [criteria1, criteria2, oper], () => {
      const c: FilterCriteria = { filterOn: "Custom", criterion1: criteria1 };
      if (criteria2 !== undefined) c.criterion2 = criteria2;
      if (oper !== undefined) c.operator = oper;
      return c;
    });
  }
  clear(): void {
    this._applyCriteria("clear", [], () => undefined);
  }
}
defineProps(FilterProxy, ["criteria"]);

interface RowRef {
  table: TableModel;
  index: number;
}

export class TableRowCollectionProxy extends SimCollection<TableRowProxy> {
  override get _typeName(): string {
    return "TableRowCollection";
  }
  declare readonly count: number;
  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _props(): Record<string, PropDef> {
    return {
      count: {
        readOnly: true,
        get: (_s, ref) => {
          const body = this._model.bodyRect(ref as TableModel);
          return body ? rectRows(body) : 0;
        },
      },
    };
  }
  override _alive(ref: unknown): boolean {
    return this._model.tables.includes(ref as TableModel);
  }
  _enumerate(ref: unknown): unknown[] {
    const t = ref as TableModel;
    const body = this._model.bodyRect(t);
    return body ? Array.from({ length: rectRows(body) }, (_v, i) => ({ table: t, index: i })) : [];
  }
  _makeItem(init: ProxyInit): TableRowProxy {
    return new TableRowProxy(this.context, init);
  }
  getItemAt(index: number): TableRowProxy {
    return this._child(
      (init) => new TableRowProxy(this.context, init),
      "getItemAt",
      [index],
      (p) => {
        const t = p as TableModel;
        const body = this._model.bodyRect(t);
        if (!body || index < 0 || index >= rectRows(body))
          throw officeError(ErrorCode.invalidArgument, "TableRowCollection.getItemAt");
        return { table: t, index };
      },
    );
  }
  /**
   * add(index?, values?, alwaysInsert?): multiple rows need ExcelApi 1.4 (always available here);
   * alwaysInsert is ExcelApi 1.15. Co-authoring guidance discourages rows.add (merge conflicts):
   * https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins
   */
  add(index?: number | null, values?: unknown, alwaysInsert?: boolean): TableRowProxy {
    const created = this._child(
      (init) => new TableRowProxy(this.context, init),
      "add",
      [index, "...", alwaysInsert],
      (p) => {
        if (alwaysInsert !== undefined)
          this._host.requireApi("TableRowCollection.add.alwaysInsert", "TableRowCollection.add");
        const t = p as TableModel;
        const rect = this._model.addTableRows(t, index, values, "TableRowCollection.add");
        const bodyTop = t.showHeaders ? t.rect.top + 1 : t.rect.top;
        this._host.instruments.cellsWritten += values ? rectRows(rect) * rectColumns(rect) : 0;
        return { table: t, index: rect.top - bodyTop };
      },
      { stable: true },
    );
    this._invoke("add", [index, values, alwaysInsert], () => created._ensureRef());
    return created;
  }
}
defineProps(TableRowCollectionProxy, ["count"]);

export class TableRowProxy extends SimObject {
  override get _typeName(): string {
    return "TableRow";
  }
  declare readonly index: number;
  declare values: unknown[][];
  get _model(): WorkbookModel {
    return this._host.model;
  }
  private _rect(ref: RowRef): Rect {
    const body = this._model.bodyRect(ref.table);
    if (!body || ref.index >= rectRows(body)) throw officeError(ErrorCode.invalidReference, "TableRow");
    return { ...body, top: body.top + ref.index, bottom: body.top + ref.index };
  }
  override _alive(ref: unknown): boolean {
    return this._model.tables.includes((ref as RowRef).table);
  }
  override _props(): Record<string, PropDef> {
    return {
      index: { readOnly: true, get: (_s, ref) => (ref as RowRef).index },
      values: {
        get: (_s, ref) => {
          const rr = ref as RowRef;
          const rect = this._rect(rr);
          const sheet = sheetOf(this._model, rr.table, "TableRow.values");
          const line: unknown[] = [];
          for (let c = rect.left; c <= rect.right; c++)
            line.push(this._model.readCell(sheet, rect.top, c).value);
          return [line];
        },
        set: (_s, ref, v) => {
          const rr = ref as RowRef;
          const sheet = sheetOf(this._model, rr.table, "TableRow.values");
          this._host.instruments.cellsWritten += this._model.writeValues(
            sheet,
            this._rect(rr),
            v,
            "TableRow.values",
          );
        },
      },
    };
  }
  getRange(): RangeProxy {
    return this._child(
      (init) => new RangeProxy(this.context, init),
      "getRange",
      [],
      (p) => makeRangeRef(this._model, (p as RowRef).table.sheetId, this._rect(p as RowRef)),
    );
  }
  delete(): void {
    this._invoke("delete", [], (ref) => {
      const rr = ref as RowRef;
      this._model.deleteTableRows(rr.table, rr.index, 1, "TableRow.delete");
    });
  }
}
defineProps(TableRowProxy, ["index", "values"]);

/** Table.sort: https://learn.microsoft.com/javascript/api/excel/excel.tablesort */
export class TableSortProxy extends TablePartProxy {
  override get _typeName(): string {
    return "TableSort";
  }
  declare readonly fields: { key: number; ascending: boolean }[];
  declare readonly matchCase: boolean;
  override _props(): Record<string, PropDef> {
    return {
      fields: {
        readOnly: true,
        get: (_s, ref) => ((ref as TableModel).sortFields ?? []).map((f) => ({ ...f })),
      },
      matchCase: { readOnly: true, get: () => false },
    };
  }
  apply(fields: { key: number; ascending?: boolean }[], matchCase = false, _method?: string): void {
    this._invoke("apply", [fields, matchCase], (ref) => {
      if (!Array.isArray(fields) || fields.length === 0)
        throw officeError(ErrorCode.invalidArgument, "TableSort.apply");
      this._model.sortTable(ref as TableModel, fields, matchCase, "TableSort.apply");
    });
  }
  clear(): void {
    this._invoke("clear", [], (ref) => {
      delete (ref as TableModel).sortFields;
    });
  }
  reapply(): void {
    this._invoke("reapply", [], (ref) => {
      const t = ref as TableModel;
      if (t.sortFields) this._model.sortTable(t, t.sortFields, false, "TableSort.reapply");
    });
  }
}
defineProps(TableSortProxy, ["fields", "matchCase"]);

export function tableAddress(model: WorkbookModel, t: TableModel): string {
  const s = model.sheetById(t.sheetId);
  return s ? formatAddress(s.name, t.rect) : "";
}
