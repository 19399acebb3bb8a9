import { procsheetError } from "../../core/error";
import type { ProcsheetError } from "../../core/result";
import { cellList } from "../grid/sheet-grid";

/** Where the next History row goes: an empty table still has one blank body row, which is filled first. */
export function appendStart(bodyRowCount: number, firstRow: readonly unknown[] | undefined): number {
  const blank =
    bodyRowCount === 1 && (firstRow ?? []).every((v) => v === "" || v === null || v === undefined);
  return blank ? 0 : bodyRowCount;
}

/** A filled cell below the History table: its row counted from the first row below the table (0-based). */
export interface CellBelow {
  readonly row: number;
  readonly cell: string;
}

/**
 * The cells a person left below History that `count` appended rows would overwrite (rows are appended
 * by writing below the table, which grows it). `unchecked` names what lies beyond the rows that were read.
 */
export function cellsInTheWay(
  below: readonly CellBelow[],
  room: { readonly start: number; readonly bodyRowCount: number; readonly checked: number },
  count: number,
  unchecked?: string,
): string[] {
  // Rows filling the empty table's blank body row do not reach below it.
  const reach = room.start + count - room.bodyRowCount;
  const hit = below.filter((f) => f.row < reach).map((f) => f.cell);
  if (unchecked && reach > room.checked) hit.push(unchecked);
  return hit;
}

export function historyProtectedError(table: string, sheet: string): ProcsheetError {
  return procsheetError("SHEET_SHAPE", "history.protected", { table, sheet });
}

export function historyCellsBelowError(
  table: string,
  sheet: string,
  cells: readonly string[],
): ProcsheetError {
  return procsheetError("SHEET_SHAPE", "history.cellsBelow", { table, sheet, cells: cellList(cells) });
}
