import { columnLetter } from "../../core/register/columns";
import { DATE_FORMAT, DATE_TIME_FORMAT, toExcelCell, type ExcelCell } from "../excel-cell";

/** Number formats of the Analysis sheet: numbers stay numbers, the format says what they are. */
export const DAYS_FORMAT = "0.0";
export const RATE_FORMAT = "0%";
export const COUNT_FORMAT = "0";
export const GENERAL_FORMAT = "General";
/**
 * Labels are written with the Text format as well as through `safeText`: a label such as "10-20" or
 * "2026-W07" would otherwise be read as a date the way typed text is
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member).
 */
export const TEXT_FORMAT = "@";

// Every cell below goes through the one sanitizer (cell-write.ts); only the number format is chosen here.
export const text = (s: string): ExcelCell => ({
  ...toExcelCell({ kind: "text", value: s }),
  numberFormat: TEXT_FORMAT,
});
export const blank = (): ExcelCell => ({ ...toExcelCell({ kind: "empty" }), numberFormat: GENERAL_FORMAT });
export const num = (n: number, format: string = GENERAL_FORMAT): ExcelCell => ({
  ...toExcelCell({ kind: "number", value: n }),
  numberFormat: format,
});
export const days = (n: number | null): ExcelCell => (n === null ? blank() : num(n, DAYS_FORMAT));
export const count = (n: number): ExcelCell => num(n, COUNT_FORMAT);
/** An Excel date serial shown as a date (chart data holds serials already). */
export const dateSerial = (serial: number): ExcelCell => num(serial, DATE_FORMAT);
/** Local time in ms (core/time/local-time.ts) as a date and time. */
export const dateTime = (ms: number): ExcelCell => ({
  ...toExcelCell({ kind: "date", value: ms, time: true }),
  numberFormat: DATE_TIME_FORMAT,
});

/** A rectangle of cells to write at (top, left), 0-based; rows are padded to the widest one. */
export interface Block {
  readonly top: number;
  readonly left: number;
  readonly cells: readonly (readonly ExcelCell[])[];
  /** Row offsets shown bold (titles and headers). */
  readonly boldRows: readonly number[];
}

export function blockWidth(b: Block): number {
  return Math.max(1, ...b.cells.map((r) => r.length));
}

/** The block's cells as a rectangle, short rows filled with blanks (Range.values needs an exact shape). */
export function rectangle(b: Block): ExcelCell[][] {
  const width = blockWidth(b);
  const rows = b.cells.length === 0 ? [[]] : b.cells;
  return rows.map((r) => [...r, ...Array.from({ length: width - r.length }, blank)]);
}

/** A1-style address of a cell or a rectangle, 0-based indexes, without the sheet. */
export function address(top: number, left: number, rows = 1, columns = 1): string {
  const a = `${columnLetter(left)}${top + 1}`;
  if (rows === 1 && columns === 1) return a;
  return `${a}:${columnLetter(left + columns - 1)}${top + rows}`;
}

/** A titled table: title row (with an optional note beside the title), header row, data rows. */
export interface Table {
  readonly title: string;
  readonly note?: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly ExcelCell[])[];
}

export interface PlacedTable {
  readonly block: Block;
  readonly width: number;
  /** Data rows written: at least 1, because an empty table keeps one blank row for its charts to read. */
  readonly dataRows: number;
  /** Address of column `i`'s data rows, or of `rows` of them starting at data row `from`. */
  readonly column: (i: number, from?: number, rows?: number) => string;
  /** Column `i` with its header cell: a source range a new chart can be made from even with no data. */
  readonly columnWithHeader: (i: number) => string;
}

/**
 * Places a table at (top, left). A chart series must refer to at least one cell, so a table without data
 * keeps one blank row and its charts show an empty series instead of failing.
 */
export function placeTable(t: Table, top: number, left: number): PlacedTable {
  const titleRow = t.note === undefined ? [text(t.title)] : [text(t.title), text(t.note)];
  const dataRows = Math.max(1, t.rows.length);
  const body = t.rows.length === 0 ? [[]] : t.rows;
  const block: Block = { top, left, cells: [titleRow, t.headers.map(text), ...body], boldRows: [0, 1] };
  const first = top + 2;
  return {
    block,
    width: blockWidth(block),
    dataRows,
    column: (i, from = 0, rows = dataRows - from) => address(first + from, left + i, Math.max(1, rows), 1),
    columnWithHeader: (i) => address(first - 1, left + i, dataRows + 1, 1),
  };
}
