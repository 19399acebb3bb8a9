import { mapColumns } from "../../core/register/columns";
import { readRow } from "../../core/register/row-codec";
import type { ProcsheetError, Result } from "../../core/result";
import type { RuleRow } from "../../core/definition/types";
import type { ProcessEvent } from "../../core/sync/events";
import { matchKey } from "../../core/text";
import { ExpectedFailure, runExcel, type RunOptions } from "../excel-run";
import { asOwnWrite, isOwnWriteInProgress } from "../own-writes";
import { historyRowsFor, queueAppendHistory, queueHistoryTail } from "../history/history-table";
import { DEFAULT_BLOCK_CELLS, queueOpenTable, readRemainingBlocks } from "../register/read-register";
import type { ProcessBinding } from "../../workbook/binding";
import { queueReadState, queueWriteState } from "../store/state-store";
import { compiledBinding } from "../../workbook/compiled-binding";
import type { ProcessState } from "../../workbook/state/journal";
import { statusEventsSince } from "../../workbook/state/tracking";

/**
 * Records status changes people made since Procsheet last looked: reads ID and the rules' view of every
 * row, compares with the stored snapshot and appends `status` events (docs/specification.md §5.2). Run when the
 * pane opens and from the change handler; a sync does the same for itself.
 */
export async function reconcileStatuses(
  binding: ProcessBinding,
  now: string,
  options: { by?: string; run?: RunOptions } = {},
): Promise<Result<readonly ProcessEvent[], ProcsheetError>> {
  return runExcel(async (context) => {
    const getState = queueReadState(context, binding);
    const opened = queueOpenTable(context, binding.tableName, 16, { blockCells: DEFAULT_BLOCK_CELLS });
    const history = context.workbook.tables.getItem(binding.historyTableName);
    const loadHistory = queueHistoryTail(history);
    await context.sync();
    const historyTail = await loadHistory(context);
    const state = getState();
    if (!state.snapshot) return [];
    const register = await readRemainingBlocks(context, opened.table, opened.get(), {
      blockCells: DEFAULT_BLOCK_CELLS,
    });
    const compiled = compiledBinding(binding);
    if (!compiled.ok) throw new ExpectedFailure(compiled.error[0] as ProcsheetError);
    const overrides = new Map(
      Object.entries(binding.columnOverrides ?? {}).map(([h, k]) => [matchKey(h), k]),
    );
    const mapped = mapColumns(compiled.value, register.headers, overrides);
    if (!mapped.ok) throw new ExpectedFailure(mapped.error[0] as ProcsheetError);
    const rows: RuleRow[] = register.rows.map((cells) => readRow(compiled.value, mapped.value, cells).row);
    const events = statusEventsSince(state.snapshot, rows, now, options.by);
    if (events.length === 0) return events;
    const snapshot: Record<string, string> = { ...state.snapshot };
    for (const e of events) snapshot[e.caseId] = e.status;
    historyTail.assertRoomFor(events.length);
    await asOwnWrite(async () => {
      queueAppendHistory(
        history,
        historyTail.start,
        historyRowsFor(compiled.value, historyTail, events, binding.version),
      );
      queueWriteState(context, binding, { ...state, snapshot } satisfies ProcessState);
      await context.sync();
    });
    return events;
  }, options.run);
}

/**
 * Watches the register while the add-in runs (ExcelApi 1.7 `Table.onChanged`,
 * https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-onchanged-member).
 * Only this person's edits are recorded here (`source` Local): each co-author's own add-in records theirs,
 * and the snapshot reconciliation catches whatever no running add-in saw. Returns a function that stops.
 */
export async function watchRegister(
  binding: ProcessBinding,
  clock: () => string,
  options: {
    by?: string;
    onEvents?: (events: readonly ProcessEvent[]) => void;
    onError?: (e: ProcsheetError) => void;
  } = {},
): Promise<() => Promise<void>> {
  let pending: Promise<unknown> = Promise.resolve();
  const handler = async (args: Excel.TableChangedEventArgs): Promise<void> => {
    if (isOwnWriteInProgress() || args.source !== Excel.EventSource.local) return;
    // Excel can fire many events for one paste; reconciling one at a time keeps History in order.
    pending = pending.then(async () => {
      const r = await reconcileStatuses(binding, clock(), options.by ? { by: options.by } : {});
      if (r.ok && r.value.length > 0) options.onEvents?.(r.value);
      if (!r.ok) options.onError?.(r.error);
    });
    await pending;
  };
  // Waits while a person edits a cell instead of failing (ExcelApi 1.11; an older Excel refuses, and the
  // caller reports it), like every other batch of the pane (excel-run.ts).
  const registration = await Excel.run({ delayForCellEdit: true }, async (context) => {
    const reg = context.workbook.tables.getItem(binding.tableName).onChanged.add(handler);
    await context.sync();
    return reg;
  });
  return async () => {
    await Excel.run({ previousObjects: registration.context, delayForCellEdit: true }, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
}
