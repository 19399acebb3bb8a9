import type { CellInput } from "../../core/register/cell-value";
import { columnLetter } from "../../core/register/columns";

/** A block of cells, 0-based and inclusive, in sheet coordinates. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** "D3" or "A3:H120", without the sheet name (problems name cells on the sheet the preview shows). */
export function rectA1(r: Rect): string {
  const start = cellA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? start : `${start}:${cellA1(r.bottom, r.right)}`;
}

/** Excel quotes sheet names that are not plain identifiers, doubling inner apostrophes ('Q1 ''24'!A1). */
export function sheetPrefix(sheetName: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) && !/^[A-Za-z]{1,3}\d+$/.test(sheetName)
    ? `${sheetName}!`
    : `'${sheetName.replace(/'/g, "''")}'!`;
}

export function qualifiedA1(sheetName: string, r: Rect): string {
  return sheetPrefix(sheetName) + rectA1(r);
}

function parseCell(s: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(s.trim());
  if (!m) return undefined;
  let column = 0;
  for (const ch of (m[1] as string).toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}

/** The block of an address such as "Sheet1!A3:H120", "'My sheet'!B2" or "A1:C4"; the sheet part is ignored. */
export function parseA1(address: string): Rect | undefined {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const [a, b] = local.split(":");
  const start = a === undefined ? undefined : parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : undefined;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** At most `max` cell names, then how many more: problems stay readable on a 10,000-row sheet. */
export function cellList(cells: readonly string[], max = 8): string {
  if (cells.length <= max) return cells.join(", ");
  return `${cells.slice(0, max).join(", ")} … (+${cells.length - max})`;
}

/**
 * What Procsheet read of a sheet: values and formulas of a block (the used range), addressed in sheet
 * coordinates; everything outside the block is empty.
 */
export class SheetGrid {
  constructor(
    readonly bounds: Rect | undefined,
    private readonly values: readonly (readonly CellInput[])[],
    private readonly formulas: readonly (readonly unknown[])[],
  ) {}

  value(row: number, column: number): CellInput {
    if (!this.bounds) return "";
    return this.values[row - this.bounds.top]?.[column - this.bounds.left] ?? "";
  }

  /**
   * A formula cell. `formulas` gives the formula text, `values` its result; text typed with an apostrophe
   * ("'=x") reads back the same in both (office-js#6687), so only a difference marks a formula.
   */
  isFormula(row: number, column: number): boolean {
    if (!this.bounds) return false;
    const f = this.formulas[row - this.bounds.top]?.[column - this.bounds.left];
    return typeof f === "string" && f.startsWith("=") && f !== this.value(row, column);
  }

  /** Nothing in the cell: no value and no formula (a formula giving "" is content). */
  isEmpty(row: number, column: number): boolean {
    const v = this.value(row, column);
    return (v === "" || v === null || v === undefined) && !this.isFormula(row, column);
  }

  /** A typed, non-blank text: what a header cell must be to stay as it is in an Excel table. */
  isText(row: number, column: number): boolean {
    const v = this.value(row, column);
    return typeof v === "string" && v.trim() !== "" && !this.isFormula(row, column);
  }

  anyContent(r: Rect): boolean {
    const within = this.bounds ? intersect(r, this.bounds) : undefined;
    if (!within) return false;
    for (let row = within.top; row <= within.bottom; row++)
      for (let col = within.left; col <= within.right; col++) if (!this.isEmpty(row, col)) return true;
    return false;
  }

  /** Names of the non-empty cells in `r`. */
  filledCells(r: Rect): string[] {
    const within = this.bounds ? intersect(r, this.bounds) : undefined;
    const out: string[] = [];
    if (!within) return out;
    for (let row = within.top; row <= within.bottom; row++)
      for (let col = within.left; col <= within.right; col++)
        if (!this.isEmpty(row, col)) out.push(cellA1(row, col));
    return out;
  }
}
