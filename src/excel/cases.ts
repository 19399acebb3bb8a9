import { missingColumnsError } from "../workbook/register-errors";
import { procsheetError } from "../core/error";
import type { RuleRow } from "../core/definition/types";
import { readRow } from "../core/register/row-codec";
import { isOpenStatus, statusLabel, type Status } from "../core/register/status";
import type { ProcsheetError, Result } from "../core/result";
import type { ProcessEvent } from "../core/sync/events";
import type { HistoryEvent, WorkItem } from "./api-types";
import { safeText } from "../workbook/excel-cell";
import { ExpectedFailure, runExcel } from "./excel-run";
import { historyRowsFor, queueAppendHistory, queueHistoryTail } from "./history/history-table";
import { queueHistoryShape, readHistoryEvents } from "./history/history-source";
import { asOwnWrite } from "./own-writes";
import { columnMapOf, loadRegister } from "./register/load-register";
import type { ProcessBinding } from "../workbook/binding";
import { queueReadState, queueWriteState } from "./store/state-store";
import { compiledBinding } from "../workbook/compiled-binding";
import type { ProcessState } from "../workbook/state/journal";

/** My open cases, the longest-waiting first (the pane's "My work"). */
export async function myWork(
  binding: ProcessBinding,
  me: string,
): Promise<Result<readonly WorkItem[], ProcsheetError>> {
  return runExcel(async (context) => {
    const { rows } = await loadRegister(context, binding);
    const mine = rows.filter(
      (r) =>
        typeof r.id === "string" &&
        r.owner === me &&
        typeof r.closed !== "string" &&
        isOpenStatus(r.status as Status | undefined),
    );
    const started = (r: RuleRow): string => (typeof r.stepStarted === "string" ? r.stepStarted : "9999");
    return [...mine]
      .sort((a, b) => started(a).localeCompare(started(b)))
      .map((r): WorkItem => ({
        id: r.id as string,
        step: String(r.step ?? ""),
        status: (r.status ?? "todo") as Status,
        ...(typeof r.due === "string" ? { due: r.due } : {}),
        ...(typeof r.stepStarted === "string" ? { stepStarted: r.stepStarted } : {}),
        row: r,
      }));
  });
}

/**
 * Sets one case's status from the pane (Start / Block / Finish) and records it as a `status` event by
 * this person at once; the row is found by its ID at write time, never by position.
 */
export async function setCaseStatus(
  binding: ProcessBinding,
  caseId: string,
  status: Status,
  by: string,
  now: string,
): Promise<Result<void, ProcsheetError>> {
  return runExcel(async (context) => {
    const getState = queueReadState(context, binding);
    const table = context.workbook.tables.getItem(binding.tableName);
    const header = table.getHeaderRowRange().load("values");
    const history = context.workbook.tables.getItem(binding.historyTableName);
    const loadHistory = queueHistoryTail(history);
    await context.sync();
    const historyTail = await loadHistory(context);
    const compiled = compiledBinding(binding);
    if (!compiled.ok) throw new ExpectedFailure(compiled.error[0] as ProcsheetError);
    const map = columnMapOf(
      binding,
      compiled.value,
      (header.values[0] ?? []).map((h) => String(h ?? "")),
    );
    const idCol = map.byKey.get("id")?.index;
    const statusCol = map.byKey.get("status")?.index;
    if (idCol === undefined || statusCol === undefined)
      throw new ExpectedFailure(missingColumnsError(binding, ["ID", "Status"]));
    const ids = table.getDataBodyRange().getColumn(idCol).load("values");
    await context.sync();
    const index = ids.values.findIndex((r) => String(r[0] ?? "") === caseId);
    if (index < 0)
      throw new ExpectedFailure(
        procsheetError("SHEET_SHAPE", "sheet.noSuchCase", { id: caseId }, { rowId: caseId }),
      );
    const rowRange = table.getDataBodyRange().getRow(index).load("values");
    await context.sync();
    const cells = [...(rowRange.values[0] ?? [])];
    cells[statusCol] = statusLabel(status, binding.lang);
    const r = readRow(compiled.value, map, cells).row;
    const event: ProcessEvent = {
      caseId,
      at: now,
      type: "status",
      step: String(r.step ?? ""),
      status,
      ...(typeof r.owner === "string" ? { owner: r.owner } : {}),
      by,
    };
    const state = getState();
    historyTail.assertRoomFor(1);
    await asOwnWrite(async () => {
      table.getDataBodyRange().getCell(index, statusCol).values = [
        [safeText(statusLabel(status, binding.lang))],
      ];
      queueAppendHistory(
        history,
        historyTail.start,
        historyRowsFor(compiled.value, historyTail, [event], binding.version),
      );
      queueWriteState(context, binding, {
        ...state,
        snapshot: { ...(state.snapshot ?? {}), [caseId]: status },
      } satisfies ProcessState);
      await context.sync();
    });
  });
}

/** The register row holding the active cell, in the rules' view; undefined outside the register. */
export async function selectedRow(
  binding: ProcessBinding,
): Promise<Result<RuleRow | undefined, ProcsheetError>> {
  return runExcel(async (context) => {
    const selection = context.workbook.getSelectedRange().load("rowIndex,worksheet/name");
    const table = context.workbook.tables.getItem(binding.tableName);
    const body = table.getDataBodyRange().load("rowIndex,rowCount,columnCount");
    const sheet = table.worksheet.load("name");
    const header = table.getHeaderRowRange().load("values");
    await context.sync();
    if (selection.worksheet.name !== sheet.name) return undefined;
    const offset = selection.rowIndex - body.rowIndex;
    if (offset < 0 || offset >= body.rowCount) return undefined;
    const row = body.getRow(offset).load("values");
    await context.sync();
    const compiled = compiledBinding(binding);
    if (!compiled.ok) throw new ExpectedFailure(compiled.error[0] as ProcsheetError);
    const map = columnMapOf(
      binding,
      compiled.value,
      (header.values[0] ?? []).map((h) => String(h ?? "")),
    );
    return readRow(compiled.value, map, row.values[0] ?? []).row;
  });
}

/** Follows the selection inside the register (ExcelApi 1.7 `Table.onSelectionChanged`). */
export async function watchSelection(
  binding: ProcessBinding,
  onRow: (row: RuleRow | undefined) => void,
): Promise<() => Promise<void>> {
  // Waits while a person edits a cell instead of failing (ExcelApi 1.11; an older Excel refuses, and the
  // caller reports it), like every other batch of the pane (excel-run.ts).
  const registration = await Excel.run({ delayForCellEdit: true }, async (context) => {
    const reg = context.workbook.tables.getItem(binding.tableName).onSelectionChanged.add(async () => {
      const r = await selectedRow(binding);
      onRow(r.ok ? r.value : undefined);
    });
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

/** The process's History as events (with the definition version each ran under). */
export async function readHistory(
  binding: ProcessBinding,
): Promise<Result<readonly HistoryEvent[], ProcsheetError>> {
  return runExcel(async (context) => {
    const shape = queueHistoryShape(context, binding);
    await context.sync();
    return readHistoryEvents(context, binding, shape);
  });
}
