import type { CellChange } from "../../workbook/register/cell-changes";
import { planWrites } from "../../workbook/register/write-plan";
import type { RawCell } from "../../workbook/state/journal";
import type { ColumnMap } from "../../core/register/columns";
import type { ReadState } from "./sync-read";

/**
 * Above this many changed cells the read-back of targets is skipped: reading them all back would cost
 * another round of 5 MB blocks, and only a first sync of a large register changes that many.
 */
const MAX_CHECKED_CELLS = 100_000;

/** The cells about to change as they are now: values, and number formats where Excel gave them. */
export interface Targets {
  readonly values: RawCell[];
  /** Each target cell's number format, so that a sync never replaces one a person chose (cell-formats.ts). */
  readonly formats: (string | undefined)[];
}

/**
 * Queues a read of every cell the sync is about to change, in the ranges it will write, so that a
 * co-author's edit to one of them since the read is seen and wins: the sync reads again rather than
 * overwrite it (docs/reliability.md C2). Gives each change's current value and number format, in the order
 * of `changes`.
 */
export function queueLoadTargets(table: Excel.Table, changes: readonly CellChange[]): () => Targets {
  if (changes.length === 0 || changes.length > MAX_CHECKED_CELLS)
    return () => ({ values: changes.map((c) => c.before), formats: [] });
  const body = table.getDataBodyRange();
  const ranges = planWrites(changes.map((c) => c.write)).map((w) => ({
    w,
    range: body
      .getCell(w.row, w.column)
      .getResizedRange(w.values.length - 1, (w.values[0]?.length ?? 1) - 1)
      .load(["values", "numberFormat"]),
  }));
  return () => {
    const now = new Map<string, RawCell>();
    const formats = new Map<string, string>();
    for (const { w, range } of ranges) {
      // A range Excel found too large to answer (null) goes unchecked, as above the cell cap.
      (range.values as unknown[][] | null)?.forEach((line, r) =>
        line.forEach((v, c) => now.set(`${w.row + r}:${w.column + c}`, v as RawCell)),
      );
      (range.numberFormat as unknown[][] | null)?.forEach((line, r) =>
        line.forEach((f, c) => typeof f === "string" && formats.set(`${w.row + r}:${w.column + c}`, f)),
      );
    }
    const at = (c: CellChange) => `${c.write.row}:${c.write.column}`;
    return {
      values: changes.map((c) => now.get(at(c)) ?? c.before),
      formats: changes.map((c) => formats.get(at(c))),
    };
  };
}

/**
 * Re-reads the ID column, the header and the cells about to change just before writing (one sync):
 * rows are found by ID, never by position alone, and a co-author's edit since the read wins. Undefined
 * when the register moved; else the target cells' number formats.
 */
export async function registerMoved(
  context: Excel.RequestContext,
  read: ReadState,
  map: ColumnMap,
  changes: readonly CellChange[],
): Promise<{ readonly moved: boolean; readonly formats: readonly (string | undefined)[] }> {
  const table = context.workbook.tables.getItem(read.binding.tableName);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("rowCount");
  const idIndex = (map.byKey.get("id") as { index: number }).index;
  const ids = table.getDataBodyRange().getColumn(idIndex).load("values");
  const targets = queueLoadTargets(table, changes);
  await context.sync();
  const moved = { moved: true, formats: [] };
  if (body.rowCount !== read.register.rows.length) return moved;
  const headersNow = (header.values[0] ?? []).map((h) => String(h ?? ""));
  if (headersNow.join("\u0000") !== read.register.headers.join("\u0000")) return moved;
  if (ids.values.some((r, i) => String(r[0] ?? "") !== String(read.register.rows[i]?.[idIndex] ?? "")))
    return moved;
  const now = targets();
  return { moved: now.values.some((v, i) => v !== changes[i]?.before), formats: now.formats };
}
