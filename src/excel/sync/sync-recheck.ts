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

/**
 * Queues a read of every cell the sync is about to change, in the ranges it will write, so that a
 * co-author's edit to one of them since the read is seen and wins: the sync reads again rather than
 * overwrite it (docs/reliability.md C2). Gives each change's current value, in the order of `changes`.
 */
export function queueLoadTargets(table: Excel.Table, changes: readonly CellChange[]): () => RawCell[] {
  if (changes.length === 0 || changes.length > MAX_CHECKED_CELLS) return () => changes.map((c) => c.before);
  const body = table.getDataBodyRange();
  const ranges = planWrites(changes.map((c) => c.write)).map((w) => ({
    w,
    range: body
      .getCell(w.row, w.column)
      .getResizedRange(w.values.length - 1, (w.values[0]?.length ?? 1) - 1)
      .load("values"),
  }));
  return () => {
    const now = new Map<string, RawCell>();
    for (const { w, range } of ranges)
      // A range Excel found too large to answer (null) goes unchecked, as above the cell cap.
      (range.values as unknown[][] | null)?.forEach((line, r) =>
        line.forEach((v, c) => now.set(`${w.row + r}:${w.column + c}`, v as RawCell)),
      );
    return changes.map((c) => now.get(`${c.write.row}:${c.write.column}`) ?? c.before);
  };
}

/**
 * Re-reads the ID column, the header and the cells about to change just before writing (one sync):
 * rows are found by ID, never by position alone, and a co-author's edit since the read wins.
 */
export async function registerMoved(
  context: Excel.RequestContext,
  read: ReadState,
  map: ColumnMap,
  changes: readonly CellChange[],
): Promise<boolean> {
  const table = context.workbook.tables.getItem(read.binding.tableName);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("rowCount");
  const idIndex = (map.byKey.get("id") as { index: number }).index;
  const ids = table.getDataBodyRange().getColumn(idIndex).load("values");
  const targets = queueLoadTargets(table, changes);
  await context.sync();
  if (body.rowCount !== read.register.rows.length) return true;
  const headersNow = (header.values[0] ?? []).map((h) => String(h ?? ""));
  if (headersNow.join("\u0000") !== read.register.headers.join("\u0000")) return true;
  if (ids.values.some((r, i) => String(r[0] ?? "") !== String(read.register.rows[i]?.[idIndex] ?? "")))
    return true;
  return targets().some((now, i) => now !== changes[i]?.before);
}
