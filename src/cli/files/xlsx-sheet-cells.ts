import type { CellInput } from "../../core/register/cell-value";
import { formatDate, formatDateTime, MS_PER_DAY } from "../../core/time/local-time";
import { CellCursor, rowCells, rowStartTag, sheetPieces } from "./xlsx-sheet-scan";
import type { XlsxStyles } from "./xlsx-styles";
import { attribute, cellTextFromXml, runsText } from "./xlsx-text";
import type { CellRange } from "./xlsx-address";

/** A number shown as a date: its serial in the 1900 date system (a 1904 workbook's are converted). */
export class SerialDate {
  constructor(readonly serial: number) {}
}

/** A formula cell, by the value its last calculation left (none when the file was never calculated). */
export class FormulaCell {
  constructor(readonly result: PlainValue | undefined) {}
}

export type PlainValue = string | number | boolean | SerialDate;
/** A cell as read from a worksheet part; error values (`#N/A`) are their text, as Excel's `values` give them. */
export type SheetValue = PlainValue | FormulaCell;

// Excel's 1900 date system: serial 25569 is 1970-01-01; the 1904 system counts 1462 days fewer.
const EPOCH = 25569;
export const DAYS_1904 = 1462;

/** A date cell's local time, to the second (a serial holds a time as a fraction of a day, with float noise). */
function dateMillis(serial: number): number {
  return Math.round((serial - EPOCH) * 86_400) * 1000;
}

/** A cell as Excel's `values` read it, so the add-in and the command line see the same cells. */
export function cellInputOf(v: SheetValue | undefined): CellInput {
  if (v === undefined) return null;
  if (v instanceof FormulaCell) return cellInputOf(v.result);
  if (v instanceof SerialDate) return dateMillis(v.serial) / MS_PER_DAY + EPOCH;
  return v;
}

/** A cell as text for a file people read (a CSV): dates as ISO dates, not serials. */
export function cellTextOf(v: SheetValue | undefined): CellInput {
  const plain = v instanceof FormulaCell ? v.result : v;
  if (plain instanceof SerialDate) {
    const t = dateMillis(plain.serial);
    return t % MS_PER_DAY === 0 ? formatDate(t) : formatDateTime(t);
  }
  return cellInputOf(plain);
}

export function isEmptySheetValue(v: SheetValue | undefined): boolean {
  const c = cellInputOf(v);
  return c === null || c === undefined || (typeof c === "string" && c.trim() === "");
}

/** A worksheet's cells, by 1-based row and column; only cells holding a value are kept. */
export class SheetCells {
  private readonly rows = new Map<number, (SheetValue | undefined)[]>();
  private last = 0;
  /** Formula cells as read: a workbook with any must be recalculated once cells change under them. */
  formulas = 0;

  get(row: number, column: number): SheetValue | undefined {
    return this.rows.get(row)?.[column];
  }

  set(row: number, column: number, value: SheetValue): void {
    let cells = this.rows.get(row);
    if (!cells) {
      cells = [];
      this.rows.set(row, cells);
    }
    cells[column] = value;
    if (row > this.last) this.last = row;
  }

  delete(row: number, column: number): void {
    const cells = this.rows.get(row);
    if (cells) delete cells[column];
  }

  /** The last row holding any cell. */
  get lastRow(): number {
    return this.last;
  }

  /** The range of cells holding values (not just blanks), or undefined for an empty sheet. */
  usedRange(): CellRange | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [r, cells] of this.rows)
      cells.forEach((v, c) => {
        if (isEmptySheetValue(v)) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    return bottom === 0 ? undefined : { top, left, bottom, right };
  }
}

/** What a worksheet's cells are read with: the shared strings, the styles, the workbook's date system. */
export interface CellContext {
  readonly strings: readonly string[];
  readonly styles: XlsxStyles;
  readonly date1904: boolean;
}

function valueXml(body: string): string | undefined {
  const m = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>|<(?:[\w.-]+:)?v\s*\/>/.exec(body);
  return m ? (m[1] ?? "") : undefined;
}

/** A cell's value from its attributes and content (ECMA-376 Part 1 §18.3.1.4 c, §18.18.11 ST_CellType). */
export function cellValue(
  attributes: string,
  body: string | undefined,
  ctx: CellContext,
): SheetValue | undefined {
  if (body === undefined) return undefined;
  const type = attribute(attributes, "t") ?? "n";
  const v = valueXml(body);
  let value: PlainValue | undefined;
  switch (type) {
    case "s":
      value = v === undefined ? undefined : ctx.strings[Number(v)];
      break;
    case "inlineStr": {
      const is = /<((?:[\w.-]+:)?)is>([\s\S]*?)<\/\1is>/.exec(body);
      value = is ? runsText(is[2] ?? "") : undefined;
      break;
    }
    case "str":
    case "e":
      value = v === undefined ? undefined : cellTextFromXml(v);
      break;
    case "b":
      value = v === undefined ? undefined : v.trim() === "1" || v.trim() === "true";
      break;
    case "d": {
      // An ISO date (rare: Excel writes serials); read as a date serial.
      const ms = v === undefined ? NaN : Date.parse(v.endsWith("Z") || v.length <= 10 ? v : `${v}Z`);
      value = Number.isNaN(ms) ? undefined : new SerialDate(ms / MS_PER_DAY + EPOCH);
      break;
    }
    default: {
      const n = v === undefined || v.trim() === "" ? NaN : Number(v);
      if (Number.isNaN(n)) value = undefined;
      else if (ctx.styles.isDate(Number(attribute(attributes, "s") ?? 0) || 0))
        value = new SerialDate(ctx.date1904 ? n + DAYS_1904 : n);
      else value = n;
    }
  }
  if (/<(?:[\w.-]+:)?f[\s>/]/.test(body)) return new FormulaCell(value);
  return value;
}

/** Reads every cell of a worksheet part, a row at a time. */
export async function readSheetCells(text: AsyncIterable<string>, ctx: CellContext): Promise<SheetCells> {
  const cells = new SheetCells();
  const cursor = new CellCursor();
  for await (const piece of sheetPieces(text)) {
    if (piece.kind !== "row") continue;
    const row = cursor.enterRow(rowStartTag(piece.xml));
    for (const c of rowCells(piece.xml)) {
      const column = cursor.cellColumn(c.attributes);
      const value = cellValue(c.attributes, c.body, ctx);
      if (value === undefined) continue;
      cells.set(row, column, value);
      if (value instanceof FormulaCell) cells.formulas++;
    }
  }
  return cells;
}
