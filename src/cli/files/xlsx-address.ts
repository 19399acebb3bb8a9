import { columnLetter } from "../../core/register/columns";

/** Cell addresses in A1 style, 1-based rows and columns (the file readers' and writers' coordinates). */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based row and column → `C5`. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col - 1)}${row}`;
}

export function rangeAddress(r: CellRange): string {
  const tl = cellAddress(r.top, r.left);
  const br = cellAddress(r.bottom, r.right);
  return tl === br ? tl : `${tl}:${br}`;
}

/** `A1:D3`, `$A$1:$D$3` or `C5`; undefined for anything else. */
export function parseRange(address: string): CellRange | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (!m) return undefined;
  const left = columnNumber(m[1] as string);
  const top = Number(m[2]);
  const right = m[3] ? columnNumber(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}
