import type { ProcessEvent } from "../../src/core/sync/events";

/**
 * Cells a History row of this event fills: case ID, time, event, step, status and version always; from
 * step, owner and by when the event has them; field, old and new value on a field change. Empty cells
 * are not written (src/excel/history/history-table.ts).
 */
export function historyCellCount(events: readonly ProcessEvent[]): number {
  return events.reduce(
    (n, e) =>
      n +
      6 +
      [e.fromStep, e.owner, e.by, e.field, e.from, e.to].filter((v) => v !== undefined && v !== "").length,
    0,
  );
}
