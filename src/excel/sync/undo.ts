import { missingColumnsError } from "../../workbook/register-errors";
import { procsheetError } from "../../core/error";
import type { CellInput } from "../../core/register/cell-value";
import { mapColumns } from "../../core/register/columns";
import { readRow } from "../../core/register/row-codec";
import type { Status } from "../../core/register/status";
import type { ProcsheetError, Result } from "../../core/result";
import type { ProcessEvent } from "../../core/sync/events";
import { matchKey } from "../../core/text";
import { safeText } from "../../workbook/excel-cell";
import { ExpectedFailure, runExcel, type RunOptions } from "../excel-run";
import { asOwnWrite } from "../own-writes";
import { historyRowsFor, queueAppendHistory, queueHistoryTail } from "../history/history-table";
import { DEFAULT_BLOCK_CELLS, queueOpenTable, readRemainingBlocks } from "../register/read-register";
import type { ProcessBinding } from "../../workbook/binding";
import { queueReadState, queueWriteState } from "../store/state-store";
import { planWrites, type CellWrite } from "../../workbook/register/write-plan";
import { compiledBinding } from "../../workbook/compiled-binding";
import type { JournalCell, ProcessState } from "../../workbook/state/journal";

/** A cell the undo left alone because someone changed it after the sync. */
export interface UndoConflict {
  readonly id: string;
  readonly header: string;
  /** What the sync wrote. */
  readonly wrote: string;
  /** What the cell holds now. */
  readonly now: string;
}

export interface UndoReport {
  readonly restored: number;
  readonly cases: number;
  readonly conflicts: readonly UndoConflict[];
  readonly events: readonly ProcessEvent[];
}

function stop(key: "undo.nothing" | "undo.truncated" | "undo.unfinished"): never {
  throw new ExpectedFailure(procsheetError("SHEET_SHAPE", key, {}));
}

function same(a: CellInput, b: CellInput): boolean {
  const norm = (v: CellInput): string | number | boolean => (v === null || v === undefined ? "" : v);
  return norm(a) === norm(b);
}

/**
 * Reverses the last sync: every cell it changed goes back to its old value if it still holds what the
 * sync wrote; cells changed since are reported, not overwritten. The undo is recorded in History as a
 * `status` event per case put back (by "undo"), so analysis sees the case return to its earlier step.
 */
export async function undoLastSync(
  binding: ProcessBinding,
  now: string,
  options: { run?: RunOptions; me?: string } = {},
): Promise<Result<UndoReport, ProcsheetError>> {
  return runExcel(async (context) => {
    const getState = queueReadState(context, binding);
    const opened = queueOpenTable(context, binding.tableName, 16, { blockCells: DEFAULT_BLOCK_CELLS });
    const history = context.workbook.tables.getItem(binding.historyTableName);
    const loadHistory = queueHistoryTail(history);
    await context.sync();
    const historyTail = await loadHistory(context);
    const state = getState();
    const journal = state.journal;
    if (!journal || journal.state === "undone") stop("undo.nothing");
    if (journal.truncated) stop("undo.truncated");
    if (journal.state !== "done") stop("undo.unfinished");

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
    const map = mapped.value;
    const idCol = map.byKey.get("id")?.index;
    if (idCol === undefined) throw new ExpectedFailure(missingColumnsError(binding, ["ID"]));
    const rowOf = new Map<string, number>();
    register.rows.forEach((cells, i) => {
      const id = cells[idCol];
      if (typeof id === "string" && id !== "") rowOf.set(id, i);
    });

    const writes: CellWrite[] = [];
    const conflicts: UndoConflict[] = [];
    const touched = new Map<number, CellInput[]>();
    const restore = (c: JournalCell): void => {
      const col = map.byKey.get(c.key);
      const row = rowOf.get(c.id);
      const current = row === undefined || !col ? undefined : register.rows[row]?.[col.index];
      if (row === undefined || !col || !same(current, c.after)) {
        conflicts.push({
          id: c.id,
          header: col?.header ?? c.key,
          wrote: String(c.after),
          now: row === undefined ? "(row gone)" : String(current ?? ""),
        });
        return;
      }
      writes.push({
        row,
        column: col.index,
        value: typeof c.before === "string" ? safeText(c.before) : c.before,
      });
      const cells = touched.get(row) ?? [...(register.rows[row] ?? [])];
      cells[col.index] = c.before;
      touched.set(row, cells);
    };
    journal.cells.forEach(restore);

    const events: ProcessEvent[] = [];
    for (const cells of touched.values()) {
      const r = readRow(compiled.value, map, cells).row;
      if (typeof r.id !== "string") continue;
      events.push({
        caseId: r.id,
        at: now,
        type: "status",
        step: typeof r.step === "string" ? r.step : "",
        status: (typeof r.status === "string" ? r.status : "todo") as Status,
        ...(typeof r.owner === "string" ? { owner: r.owner } : {}),
        by: options.me ? `${options.me} (undo)` : "undo",
      });
    }
    const snapshot: Record<string, string> = { ...(state.snapshot ?? {}) };
    for (const e of events) snapshot[e.caseId] = e.status;

    historyTail.assertRoomFor(events.length);
    const body = opened.table.getDataBodyRange();
    for (const w of planWrites(writes)) {
      body
        .getCell(w.row, w.column)
        .getResizedRange(w.values.length - 1, (w.values[0]?.length ?? 1) - 1).values = w.values as (
        string | number | boolean
      )[][];
    }
    queueAppendHistory(
      history,
      historyTail.start,
      historyRowsFor(compiled.value, historyTail, events, binding.version),
    );
    queueWriteState(context, binding, {
      journal: { ...journal, state: "undone" },
      snapshot,
    } satisfies ProcessState);
    await asOwnWrite(() => context.sync());
    return { restored: writes.length, cases: events.length, conflicts, events };
  }, options.run);
}
