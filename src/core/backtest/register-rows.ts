import type { CellInput } from "../register/cell-value";
import type { ColumnMap } from "../register/columns";
import { readRow, type ReadRowOptions } from "../register/row-codec";
import type { CompiledProcess } from "../process";
import type { ProcsheetError } from "../result";
import type { RegisterCase } from "./backtest";

/**
 * A register's rows as the backtest reads them: each row with an ID in the rules' view, or the reason it
 * cannot be read (a cell the codec refuses, or what the front end already knew: `unreadable` by row index).
 * Rows without an ID are not cases yet and are left out.
 */
export function registerCases(
  process: CompiledProcess,
  map: ColumnMap,
  rows: readonly (readonly CellInput[])[],
  options: { readonly read?: ReadRowOptions; readonly unreadable?: ReadonlyMap<number, ProcsheetError> } = {},
): RegisterCase[] {
  const out: RegisterCase[] = [];
  rows.forEach((cells, i) => {
    const { row, error } = readRow(process, map, cells, options.read);
    const id = typeof row.id === "string" ? row.id.trim() : undefined;
    if (!id) return;
    const problem = options.unreadable?.get(i) ?? error;
    out.push(problem ? { id, row, error: problem } : { id, row });
  });
  return out;
}
