/**
 * A1 addresses: parsing and printing. Rectangles are zero-based and inclusive.
 * Sheet size 1,048,576 rows × 16,384 columns (XFD1048576):
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 * Address format ("Sheet1!A1:B2", quoted names): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-address-member
 */

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rectRows(r: Rect): number {
  return r.bottom - r.top + 1;
}
export function rectColumns(r: Rect): number {
  return r.right - r.left + 1;
}
export function rectCells(r: Rect): number {
  return rectRows(r) * rectColumns(r);
}
export function intersect(a: Rect, b: Rect): Rect | undefined {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : undefined;
}
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}
export function inBounds(r: Rect): boolean {
  return (
    r.top >= 0 &&
    r.left >= 0 &&
    r.bottom < MAX_ROWS &&
    r.right < MAX_COLUMNS &&
    r.top <= r.bottom &&
    r.left <= r.right
  );
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function parsePart(part: string): { row?: number; col?: number } | undefined {
  let m = CELL.exec(part);
  if (m) return { col: columnIndex(m[1] ?? ""), row: Number(m[2]) - 1 };
  m = COL.exec(part);
  if (m) return { col: columnIndex(m[1] ?? "") };
  m = ROW.exec(part);
  if (m) return { row: Number(m[1]) - 1 };
  return undefined;
}

/** Splits "Sheet1!A1:B2" / "'My sheet'!A1" into sheet name and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses "A1", "A1:C3", "A:C", "2:5" (no sheet). Returns undefined for anything else. */
export function parseLocalRange(local: string): Rect | undefined {
  const parts = local.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return undefined;
  const a = parsePart(parts[0] ?? "");
  const b = parts.length === 2 ? parsePart(parts[1] ?? "") : a;
  if (!a || !b) return undefined;
  // A lone column "A" or row "3" is not a valid address; "A:A" and "3:3" are.
  if (parts.length === 1 && (a.row === undefined || a.col === undefined)) return undefined;
  if ((a.row === undefined) !== (b.row === undefined) || (a.col === undefined) !== (b.col === undefined))
    return undefined;
  const top = Math.min(a.row ?? 0, b.row ?? 0);
  const bottom = a.row === undefined ? MAX_ROWS - 1 : Math.max(a.row, b.row ?? 0);
  const left = Math.min(a.col ?? 0, b.col ?? 0);
  const right = a.col === undefined ? MAX_COLUMNS - 1 : Math.max(a.col, b.col ?? 0);
  const r = { top, left, bottom, right };
  return inBounds(r) ? r : undefined;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function formatLocal(r: Rect): string {
  // The whole sheet reads as rows ("1:1048576").
  if (r.left === 0 && r.right === MAX_COLUMNS - 1) return `${r.top + 1}:${r.bottom + 1}`;
  if (r.top === 0 && r.bottom === MAX_ROWS - 1) return `${columnLetters(r.left)}:${columnLetters(r.right)}`;
  if (r.left === 0 && r.right === MAX_COLUMNS - 1) return `${r.top + 1}:${r.bottom + 1}`;
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

/**
 * Excel quotes sheet names that contain non-word characters, start with a digit or dot, or look like an
 * A1 or R1C1 reference ("'My Sheet'!A1", "'A1'!B2").
 */
export function quoteSheet(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^(R\d*C\d*|R\d*|C\d*)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${formatLocal(r)}`;
}
