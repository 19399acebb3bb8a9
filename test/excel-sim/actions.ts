/**
 * What people do to the workbook outside the add-in: a user typing in a cell (source Local, not this
 * add-in) and a co-author's edits (source Remote). Each fires onChanged like the real thing:
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
 * https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins
 * Data validation applies to people typing (not to API writes):
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
 * A person typing in the empty row under a table extends it (AutoCorrect "Include new rows and columns in
 * table", AutoExpandListRange), and the new row takes the table's formats from the row above:
 * https://learn.microsoft.com/office/vba/api/excel.autocorrect.autoexpandlistrange
 * https://support.microsoft.com/office/resize-a-table-by-adding-or-removing-rows-and-columns-e65ae4bb-e44b-43f4-ad8b-7d68784f1165
 */
import { MAX_COLUMNS, MAX_ROWS, parseLocalRange, splitSheet } from "./address";
import type { Rect } from "./address";
import type { SimHost } from "./host";
import { hasContent } from "./model/cell-input";
import type { Cell, SheetModel, TableModel } from "./model/types";
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

const typed = (v: unknown): boolean => v !== null && v !== undefined && v !== "";

/**
 * Before a person's entry lands in the empty row(s) directly under a table, within its columns, those
 * rows take the formats of the table's last row, as Excel's table auto-expansion does when typing: a typed
 * 68000 in a money column then shows "68,000.00", and a Text column keeps "007" as text. The growth itself
 * is the model's (afterContentWrite), the same as for API writes, which carry no formats (stricter: an
 * add-in must set the formats it needs).
 */
function carryTableFormatsIntoTypedRows(
  host: SimHost,
  sheet: SheetModel,
  rect: Rect,
  valueAt: (row: number, col: number) => unknown,
): () => void {
  const model = host.model;
  const before: [number, number, Cell | undefined][] = [];
  for (const t of model.tablesOn(sheet)) {
    if (t.showTotals || rect.left > t.rect.right || rect.right < t.rect.left) continue;
    for (let row = t.rect.bottom + 1; row >= rect.top && row <= rect.bottom; row++) {
      let entered = false;
      let empty = true;
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        if (c >= rect.left && c <= rect.right && typed(valueAt(row, c))) entered = true;
        if (hasContent(model.getCell(sheet, row, c))) empty = false;
      }
      if (!entered || !empty) break;
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        const above = model.getCell(sheet, row - 1, c);
        const here = model.getCell(sheet, row, c);
        const next = { ...(here ?? {}) };
        if (above?.numberFormat !== undefined) next.numberFormat = above.numberFormat;
        if (above?.format !== undefined) next.format = { ...above.format };
        before.push([row, c, here]);
        model.setCell(sheet, row, c, next);
      }
    }
  }
  // Undoes the carried formats when the entry itself is refused.
  return () => {
    for (const [row, c, cell] of before.reverse()) model.setCell(sheet, row, c, cell);
  };
}

/** Writes a person's entry, with the formats of a table it extends; nothing stays behind if it fails. */
function writeTyped(host: SimHost, sheet: SheetModel, rect: Rect, values: unknown[][]): void {
  host.model.assertEditable(sheet, "user");
  const undo = carryTableFormatsIntoTypedRows(
    host,
    sheet,
    rect,
    (r, c) => values[r - rect.top]?.[c - rect.left],
  );
  try {
    host.model.writeValues(sheet, rect, values, "user");
  } catch (e) {
    undo();
    throw e;
  }
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
    writeTyped(this.host, sheet, { ...rect, bottom: rect.top, right: rect.left }, [[value]]);
    this.host.flushChanges({ source: "Local", triggerSource: "Others" });
    return true;
  }

  /** A person pastes or clears several cells at once (events carry no details). */
  setRangeByUser(sheetName: string, address: string, values: unknown[][]): void {
    const sheet = sheetOf(this.host, sheetName);
    const rect = rectFromAddress(sheet, address, "user");
    this.host.model.changes = [];
    writeTyped(this.host, sheet, rect, values);
    this.host.flushChanges({ source: "Local", triggerSource: "Others" });
  }

  /** A person presses the add-in's ribbon button that runs `functionName` (ribbon.ts); resolves when it completes. */
  pressButton(functionName: string): Promise<void> {
    return this.host.ribbon.press(functionName);
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
