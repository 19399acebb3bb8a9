import type { ProcsheetError, Result } from "../../core/result";
import type { ProcessBinding } from "../../workbook/binding";
import { runExcel } from "../excel-run";
import { documentStore, stateKey } from "../store/process-store";
import { isProcessState } from "../../workbook/state/journal";

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
    const read = documentStore().queueRead(context, stateKey(binding.id));
    await context.sync();
    const state = read();
    const journal = isProcessState(state) ? state.journal : undefined;
    if (!journal) return undefined;
    return {
      at: journal.at,
      state: journal.state,
      ...(journal.truncated ? {} : { cellsChanged: journal.cells.length }),
      events: journal.events.length,
    };
  });
}
