import { intersect, type Rect, type SheetGrid } from "./sheet-grid";

function rowHas(grid: SheetGrid, row: number, left: number, right: number): boolean {
  return grid.anyContent({ top: row, bottom: row, left, right });
}

function columnHas(grid: SheetGrid, column: number, top: number, bottom: number): boolean {
  return top <= bottom && grid.anyContent({ top, bottom, left: column, right: column });
}

/**
 * Excel's current region around `seed`: grown until a blank row and a blank column (diagonals included)
 * surround it, as Ctrl+A or Range.getSurroundingRegion does
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getsurroundingregion-member(1)).
 * Computed here from the cells already read, so it costs no sync and needs no member the simulation lacks.
 */
export function currentRegion(grid: SheetGrid, seed: Rect): Rect {
  const limit = grid.bounds;
  if (!limit) return seed;
  let r = { ...seed };
  for (let changed = true; changed;) {
    changed = false;
    const wide = { left: r.left - 1, right: r.right + 1 };
    if (r.top > limit.top && rowHas(grid, r.top - 1, wide.left, wide.right)) {
      r = { ...r, top: r.top - 1 };
      changed = true;
    }
    if (r.bottom < limit.bottom && rowHas(grid, r.bottom + 1, wide.left, wide.right)) {
      r = { ...r, bottom: r.bottom + 1 };
      changed = true;
    }
    if (r.left > limit.left && columnHas(grid, r.left - 1, r.top - 1, r.bottom + 1)) {
      r = { ...r, left: r.left - 1 };
      changed = true;
    }
    if (r.right < limit.right && columnHas(grid, r.right + 1, r.top - 1, r.bottom + 1)) {
      r = { ...r, right: r.right + 1 };
      changed = true;
    }
  }
  return r;
}

function textCells(grid: SheetGrid, row: number, left: number, right: number): number {
  let n = 0;
  for (let c = left; c <= right; c++) if (grid.isText(row, c)) n++;
  return n;
}

/**
 * The header row inside `bounds`: the first row with at least two typed text cells whose next row holds
 * data. A row of texts with only blank rows below it is a header with no data yet (an empty register).
 * @example a title in A1, a blank row 2, headers in row 3, data from row 4 → 3 (0-based: 2)
 */
export function findHeaderRow(grid: SheetGrid, bounds: Rect): number | undefined {
  for (let row = bounds.top; row <= bounds.bottom; row++) {
    if (textCells(grid, row, bounds.left, bounds.right) < 2) continue;
    if (row < bounds.bottom && rowHas(grid, row + 1, bounds.left, bounds.right)) return row;
    if (!grid.anyContent({ ...bounds, top: row + 1 })) return row;
  }
  return undefined;
}

function lastRowWithContent(grid: SheetGrid, top: number, bottom: number, left: number, right: number) {
  for (let row = bottom; row > top; row--) if (rowHas(grid, row, left, right)) return row;
  return top;
}

/**
 * The header row and the data under it, inside `bounds`: the header's columns (first to last non-empty
 * header cell), down to the last row with data in them, widened by adjacent columns that hold data under
 * a blank header (so a data column without a header is reported, not silently left out).
 */
export function detectRegion(grid: SheetGrid, bounds: Rect): Rect | undefined {
  const within = grid.bounds ? intersect(bounds, grid.bounds) : undefined;
  if (!within) return undefined;
  const header = findHeaderRow(grid, within);
  if (header === undefined) return undefined;
  let left = within.left;
  while (left < within.right && grid.isEmpty(header, left)) left++;
  let right = within.right;
  while (right > left && grid.isEmpty(header, right)) right--;
  let bottom = lastRowWithContent(grid, header, within.bottom, left, right);
  while (left > within.left && columnHas(grid, left - 1, header + 1, bottom)) left--;
  while (right < within.right && columnHas(grid, right + 1, header + 1, bottom)) right++;
  bottom = lastRowWithContent(grid, header, within.bottom, left, right);
  return { top: header, left, bottom, right };
}
