/**
 * What people do to the workbook outside the add-in: a user typing in a cell (source Local, not this
 * add-in) and a co-author's edits (source Remote). Each fires onChanged like the real thing:
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
 * https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins
 * Data validation applies to people typing (not to API writes):
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
 */
import { MAX_COLUMNS, MAX_ROWS, parseLocalRange, splitSheet } from "./address";
import type { Rect } from "./address";
import type { SimHost } from "./host";
import type { SheetModel, TableModel } from "./model/types";
import { rectFromAddress } from "./range";

function sheetOf(host: SimHost, name: string): SheetModel {
  const s = host.model.sheetByName(name);
  if (!s) throw new Error(`excel-sim: no sheet named ${name}`);
  return s;
}
function tableOf(host: SimHost, name: string): TableModel {
  const t = host.model.tableByName(name);
  if (!t) throw new Error(`excel-sim: no table named ${name}`);
  return t;
}

/** Validation check for typed input (list rules only; other rule types accept). */
function passesValidation(host: SimHost, sheet: SheetModel, rect: Rect, value: unknown): boolean {
  const text = value === null || value === undefined ? "" : String(value);
  for (const dv of sheet.validations) {
    if (
      dv.type !== "List" ||
      rect.top < dv.rect.top ||
      rect.top > dv.rect.bottom ||
      rect.left < dv.rect.left ||
      rect.left > dv.rect.right
    )
      continue;
    if (text === "" && dv.ignoreBlanks) continue;
    // With no alert, or an Information/Warning alert the person confirms, Excel keeps the entry; only a
    // Stop alert refuses it. https://learn.microsoft.com/javascript/api/excel/excel.datavalidationerroralert
    const alert = dv.errorAlert;
    if (alert && (alert.showAlert === false || alert.style === "Information" || alert.style === "Warning"))
      continue;
    const src = dv.source ?? "";
    let items: string[];
    if (src.startsWith("=")) {
      const { sheet: sn, local } = splitSheet(src.slice(1));
      const s = sn ? host.model.sheetByName(sn) : sheet;
      const r = parseLocalRange(local);
      items = [];
      if (s && r)
        for (let i = r.top; i <= r.bottom; i++)
          for (let j = r.left; j <= r.right; j++) items.push(host.model.readText(s, i, j));
    } else items = src.split(",").map((x) => x.trim());
    if (!items.some((x) => x.toLowerCase() === text.toLowerCase())) return false;
  }
  return true;
}

export class UserActions {
  constructor(private readonly host: SimHost) {}

  /**
   * A person types `value` into one cell and presses Enter. Returns false when a list validation rejects
   * the entry (the cell keeps its value). Typing auto-expands a table, like API writes.
   */
  setCellByUser(sheetName: string, address: string, value: string | number | boolean): boolean {
    const sheet = sheetOf(this.host, sheetName);
    const rect = rectFromAddress(sheet, address, "user");
    if (!passesValidation(this.host, sheet, rect, value)) return false;
    this.host.model.changes = [];
    this.host.model.writeValues(sheet, { ...rect, bottom: rect.top, right: rect.left }, [[value]], "user");
    this.host.flushChanges({ source: "Local", triggerSource: "Others" });
    return true;
  }

  /** A person pastes or clears several cells at once (events carry no details). */
  setRangeByUser(sheetName: string, address: string, values: unknown[][]): void {
    const sheet = sheetOf(this.host, sheetName);
    const rect = rectFromAddress(sheet, address, "user");
    this.host.model.changes = [];
    this.host.model.writeValues(sheet, rect, values, "user");
    this.host.flushChanges({ source: "Local", triggerSource: "Others" });
  }

  /** A person selects a range (and so activates its sheet); fires Table.onSelectionChanged. */
  select(sheetName: string, address: string): void {
    const sheet = sheetOf(this.host, sheetName);
    const previous = this.host.model.selection;
    const next = { sheetId: sheet.id, rect: rectFromAddress(sheet, address, "user") };
    this.host.model.selection = next;
    this.host.model.activeSheetId = sheet.id;
    this.host.events.emitSelection(this.host.model, previous, next);
    this.host.notifyObservers("user");
  }
}

/** A co-author in another session. Each action applies at once and fires events with source "Remote". */
export class CoAuthor {
  constructor(private readonly host: SimHost) {}

  private remote(fn: () => void): void {
    this.host.model.changes = [];
    fn();
    this.host.flushChanges({ source: "Remote", triggerSource: "Others" });
  }

  editCell(sheetName: string, address: string, value: string | number | boolean): void {
    this.remote(() => {
      const sheet = sheetOf(this.host, sheetName);
      const rect = rectFromAddress(sheet, address, "coauthor");
      this.host.model.writeValues(
        sheet,
        { ...rect, bottom: rect.top, right: rect.left },
        [[value]],
        "coauthor",
      );
    });
  }

  /** Sorts the table body by one column (name or 0-based index). */
  sortTable(tableName: string, column: string | number, ascending = true): void {
    this.remote(() => {
      const t = tableOf(this.host, tableName);
      const key =
        typeof column === "number"
          ? column
          : t.columns.findIndex((c) => c.name.toLowerCase() === column.toLowerCase());
      if (key < 0) throw new Error(`excel-sim: no column ${String(column)} in ${tableName}`);
      this.host.model.sortTable(t, [{ key, ascending }], false, "coauthor");
    });
  }

  /** Inserts `count` whole rows before 1-based row `row`. */
  insertRows(sheetName: string, row: number, count = 1): void {
    this.remote(() => {
      const sheet = sheetOf(this.host, sheetName);
      this.host.model.insertCells(
        sheet,
        { top: row - 1, bottom: row - 2 + count, left: 0, right: MAX_COLUMNS - 1 },
        "Down",
        "coauthor",
      );
    });
  }

  /**
   * Inserts `count` whole columns before 1-based column `column` (1 = A). A table they cut through gets
   * new, blank columns with generated headers, as in Excel.
   */
  insertColumns(sheetName: string, column: number, count = 1): void {
    this.remote(() => {
      const sheet = sheetOf(this.host, sheetName);
      this.host.model.insertCells(
        sheet,
        { top: 0, bottom: MAX_ROWS - 1, left: column - 1, right: column - 2 + count },
        "Right",
        "coauthor",
      );
    });
  }

  /** Deletes `count` whole rows starting at 1-based row `row`. */
  deleteRows(sheetName: string, row: number, count = 1): void {
    this.remote(() => {
      const sheet = sheetOf(this.host, sheetName);
      this.host.model.deleteCells(
        sheet,
        { top: row - 1, bottom: row - 2 + count, left: 0, right: MAX_COLUMNS - 1 },
        "Up",
        "coauthor",
      );
    });
  }

  renameTable(oldName: string, newName: string): void {
    this.remote(() => this.host.model.renameTable(tableOf(this.host, oldName), newName, "coauthor"));
  }
  renameSheet(oldName: string, newName: string): void {
    this.remote(() => this.host.model.renameSheet(sheetOf(this.host, oldName), newName, "coauthor"));
  }
  deleteTable(name: string): void {
    this.remote(() => this.host.model.deleteTable(tableOf(this.host, name)));
  }
  deleteSheet(name: string): void {
    this.remote(() => this.host.model.deleteSheet(sheetOf(this.host, name), "coauthor"));
  }
  /** Filters a table column to the given displayed values (rows that do not match are hidden). */
  applyFilter(tableName: string, column: string, values: string[]): void {
    this.remote(() => {
      const t = tableOf(this.host, tableName);
      const col = t.columns.find((c) => c.name.toLowerCase() === column.toLowerCase());
      if (!col) throw new Error(`excel-sim: no column ${column} in ${tableName}`);
      col.filter = { filterOn: "Values", values };
      this.host.model.applyTableFilters(t);
    });
  }
  clearFilters(tableName: string): void {
    this.remote(() => {
      const t = tableOf(this.host, tableName);
      for (const c of t.columns) delete c.filter;
      this.host.model.applyTableFilters(t);
    });
  }
  protectSheet(sheetName: string): void {
    this.remote(() => {
      sheetOf(this.host, sheetName).protection = { protected: true, options: {} };
    });
  }
}
