import type { CellOutput } from "../../core/register/cell-value";
import { toExcelCell } from "../../workbook/excel-cell";
import type { FileValue } from "./xlsx-cell-xml";
import type { BookSheet, BookTable } from "./xlsx-book";
import { DAYS_1904, SerialDate, type SheetValue } from "./xlsx-sheet-cells";
import { isDateFormat } from "./xlsx-styles";
import type { CellRange } from "./xlsx-address";

/**
 * The number format a written value needs. `date` and `number` apply only where the cell's own format
 * does not fit the value (a date format for a date, anything but General for a formatted number), so a
 * person's formats stay; `always` applies regardless (History's times).
 */
export interface FormatNeed {
  readonly code: string;
  readonly when: "date" | "number" | "always";
}

/** One cell to write: its value, the format it needs, and (for a new header) whose style it takes. */
export interface CellEdit {
  readonly value: FileValue;
  readonly format?: FormatNeed;
  /** The column in the same row whose style the cell takes (a header added at the right takes its neighbour's). */
  readonly styleFrom?: number;
}

/**
 * Rows appended below the last one in use (History's new events): made when the sheet is written, so
 * 200,000 events never sit in memory as a million cell edits.
 */
export interface RowsAppend {
  readonly first: number;
  readonly count: number;
  /** Row `first + i`'s cells by column. */
  row(i: number): ReadonlyMap<number, CellEdit>;
  readonly left: number;
  readonly right: number;
}

/** What a sheet's patch writes (xlsx-sheet-patch.ts): rows in order, each's cells, widths for new columns. */
export interface SheetPatch {
  /** The rows written, ascending. */
  readonly rows: readonly number[];
  cells(row: number): ReadonlyMap<number, CellEdit> | undefined;
  /** The range the written cells span. */
  readonly extent: CellRange | undefined;
  readonly widths?: ReadonlyMap<number, number>;
}

const FORMATS = new Map<string, FormatNeed>();

/** One shared object per format need: a sync may write hundreds of thousands of dates. */
function formatNeed(code: string, when: FormatNeed["when"]): FormatNeed {
  const key = `${when}:${code}`;
  let need = FORMATS.get(key);
  if (!need) {
    need = { code, when };
    FORMATS.set(key, need);
  }
  return need;
}

/** A table grown: its new range and the columns added at its right. */
export interface TableEdit {
  readonly ref: CellRange;
  readonly added: readonly string[];
}

/**
 * What a sync changes in a workbook, gathered before anything is written: cells by sheet part, row and
 * column; tables grown; column widths for new columns; parts replaced or added whole (a new sheet is
 * added as a part, its cells then written like any other's). Each cell edit also updates the cells as
 * read, so what is read afterwards sees it.
 */
export class BookEdits {
  readonly cells = new Map<string, Map<number, Map<number, CellEdit>>>();
  readonly appends = new Map<string, RowsAppend>();
  readonly tables = new Map<string, TableEdit>();
  readonly widths = new Map<string, Map<number, number>>();
  readonly parts = new Map<string, Buffer>();

  constructor(private readonly date1904: boolean) {}

  setCell(sheet: BookSheet, row: number, column: number, edit: CellEdit): void {
    let rows = this.cells.get(sheet.part);
    if (!rows) {
      rows = new Map();
      this.cells.set(sheet.part, rows);
    }
    let cells = rows.get(row);
    if (!cells) {
      cells = new Map();
      rows.set(row, cells);
    }
    cells.set(column, edit);
    const read: SheetValue | undefined =
      edit.value === null
        ? undefined
        : typeof edit.value === "number" && isDateFormat(edit.format?.code)
          ? new SerialDate(edit.value + (this.date1904 ? DAYS_1904 : 0))
          : edit.value;
    if (read === undefined) sheet.cells.delete(row, column);
    else sheet.cells.set(row, column, read);
  }

  /** A value the core asks for, as exceljs's writeCell wrote it: dates as serials with a date format. */
  setOutput(sheet: BookSheet, row: number, column: number, out: CellOutput): void {
    const cell = toExcelCell(out);
    const code = cell.numberFormat;
    const when = out.kind === "date" ? "date" : "number";
    const value: FileValue =
      out.kind === "empty"
        ? null
        : out.kind === "text"
          ? out.value
          : out.kind === "date"
            ? (cell.value as number) - (this.date1904 ? DAYS_1904 : 0)
            : out.value;
    this.setCell(sheet, row, column, code ? { value, format: formatNeed(code, when) } : { value });
  }

  /** History rows below the table; only one append per sheet. */
  setAppend(sheet: BookSheet, append: RowsAppend): void {
    if (this.appends.has(sheet.part)) throw new Error(`rows appended twice to ${sheet.name}`);
    this.appends.set(sheet.part, append);
  }

  /** The patch for a sheet part, or undefined when nothing in it changes. */
  patchFor(part: string): SheetPatch | undefined {
    const cells = this.cells.get(part);
    const append = this.appends.get(part);
    const widths = this.widths.get(part);
    if (!cells && !append && !widths) return undefined;
    const rows = new Set(cells?.keys() ?? []);
    if (append) for (let i = 0; i < append.count; i++) rows.add(append.first + i);
    let extent: CellRange | undefined;
    const grow = (row: number, left: number, right: number): void => {
      extent = extent
        ? {
            top: Math.min(extent.top, row),
            left: Math.min(extent.left, left),
            bottom: Math.max(extent.bottom, row),
            right: Math.max(extent.right, right),
          }
        : { top: row, left, bottom: row, right };
    };
    for (const [row, columns] of cells ?? []) for (const column of columns.keys()) grow(row, column, column);
    if (append && append.count > 0) {
      grow(append.first, append.left, append.right);
      grow(append.first + append.count - 1, append.left, append.right);
    }
    const empty: ReadonlyMap<number, CellEdit> = new Map();
    return {
      rows: [...rows].sort((a, b) => a - b),
      cells: (row) => {
        const own = cells?.get(row);
        const i = append ? row - append.first : -1;
        if (!append || i < 0 || i >= append.count) return own;
        const appended = append.row(i);
        return own ? new Map([...appended, ...own]) : appended.size > 0 ? appended : empty;
      },
      extent,
      ...(widths ? { widths } : {}),
    };
  }

  setTable(table: BookTable, edit: TableEdit): void {
    this.tables.set(table.part, edit);
  }

  setWidth(sheet: BookSheet, column: number, width: number): void {
    const widths = this.widths.get(sheet.part) ?? new Map<number, number>();
    widths.set(column, width);
    this.widths.set(sheet.part, widths);
  }

  get empty(): boolean {
    return (
      this.cells.size === 0 && this.appends.size === 0 && this.tables.size === 0 && this.parts.size === 0
    );
  }
}
