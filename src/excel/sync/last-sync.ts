import type { ProcsheetError, Result } from "../../core/result";
import type { ProcessBinding } from "../../workbook/binding";
import { runExcel } from "../excel-run";
import { queueReadState } from "../store/state-store";

/** What the workbook remembers of its process's last sync (its journal), for the Run view. */
export interface LastSync {
  readonly at: string;
  /** "writing": it stopped part-way (closed pane, lost connection); the next sync finishes it. */
  readonly state: "writing" | "done" | "undone";
  /** Cells it changed; absent when it changed too many to remember (then it cannot be undone). */
  readonly cellsChanged?: number;
  readonly events: number;
}

/** The last sync's journal in the workbook (one read, one sync), or undefined before the first sync. */
export async function lastSync(
  binding: ProcessBinding,
): Promise<Result<LastSync | undefined, ProcsheetError>> {
  return runExcel(async (context) => {
    const read = queueReadState(context, binding);
    await context.sync();
    const state = read();
    const journal = state.journal;
    if (!journal) return undefined;
    return {
      at: journal.at,
      state: journal.state,
      ...(journal.truncated ? {} : { cellsChanged: journal.cells.length }),
      events: journal.events.length,
    };
  });
}
