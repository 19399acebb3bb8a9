import type { CellInput, CellOutput } from "../../core/register/cell-value";
import type { ColumnMap } from "../../core/register/columns";
import { encodeCell } from "../../core/register/row-codec";
import type { SyncResult } from "../../core/sync/sync";
import type { CompiledProcess } from "../../core/process";
import type { Lang } from "../../words/lang";
import { formatDate, formatDateTime } from "../../core/time/local-time";
import { toExcelCell } from "../excel-cell";
import type { RawCell } from "../state/journal";
import { columnOf, type AddedColumn } from "./added-columns";
import type { CellWrite } from "./write-plan";

/** One cell a sync would change, for writing, journaling and the dry-run diff. */
export interface CellChange {
  /** Data row (0-based, in the register's own order) and column (0-based, added columns after the others). */
  readonly row: number;
  readonly column: number;
  readonly id: string;
  readonly key: string;
  readonly header: string;
  readonly before: RawCell;
  /** The value as the core asks for it: a file writer renders it in its own medium. */
  readonly output: CellOutput;
  /** The value as Excel receives it (the one sanitizer applied), with its number format. */
  readonly write: CellWrite;
  /** The value as Excel will read it back. */
  readonly after: RawCell;
  readonly beforeText: string;
  readonly afterText: string;
}

function display(process: CompiledProcess, key: string, value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return "";
  const cell = encodeCell(process, key, value as string | number | boolean, lang);
  switch (cell.kind) {
    case "empty":
      return "";
    case "date":
      return cell.time ? formatDateTime(cell.value).replace("T", " ") : formatDate(cell.value);
    default:
      return String(cell.value);
  }
}

/**
 * The cells a core sync result changes, positioned in the register's body. Keys without a column are
 * left out, unless they are among `added` (columns the front end adds at the right).
 */
export function cellChanges(
  process: CompiledProcess,
  map: ColumnMap,
  lang: Lang,
  result: SyncResult,
  rows: readonly (readonly CellInput[])[],
  added: readonly AddedColumn[] = [],
): CellChange[] {
  const out: CellChange[] = [];
  for (const change of result.changes) {
    for (const key of change.keys) {
      const column = columnOf(map, added, key);
      if (column === undefined) continue;
      const output = encodeCell(process, key, change.after[key], lang);
      const cell = toExcelCell(output);
      const raw = rows[change.index]?.[column];
      const before: RawCell = raw === null || raw === undefined ? "" : raw;
      // Formats travel with every date and number written: a table does not always carry a column's
      // format to new rows, and an adopted sheet may have none.
      const numberFormat = cell.numberFormat;
      const after =
        typeof cell.value === "string" && cell.value.startsWith("'") ? cell.value.slice(1) : cell.value;
      out.push({
        row: change.index,
        column,
        id: change.id,
        key,
        header: map.byKey.get(key)?.header ?? added.find((a) => a.key === key)?.header ?? key,
        before,
        output,
        write: numberFormat
          ? { row: change.index, column, value: cell.value, numberFormat }
          : { row: change.index, column, value: cell.value },
        after,
        beforeText: display(process, key, change.before[key], lang),
        afterText: display(process, key, change.after[key], lang),
      });
    }
  }
  return out;
}
