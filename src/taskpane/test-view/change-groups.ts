import type { CellChange } from "../../workbook/register/cell-changes";

export interface RowChanges {
  readonly id: string;
  readonly changes: readonly CellChange[];
}

/** A sync's cell changes by case, in sheet order (the dry run shows them per row). */
export function groupChanges(changes: readonly CellChange[]): RowChanges[] {
  const byRow = new Map<number, { id: string; changes: CellChange[] }>();
  for (const c of changes) {
    const group = byRow.get(c.row);
    if (group) group.changes.push(c);
    else byRow.set(c.row, { id: c.id, changes: [c] });
  }
  return [...byRow.entries()].sort(([a], [b]) => a - b).map(([, g]) => g);
}
