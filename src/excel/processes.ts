import { formatProblem, loadProcess } from "../core/definition/load";
import type { ProcessDefinition } from "../core/definition/types";
import type { ProcsheetError, Result } from "../core/result";
import type { WorkbookInfo } from "./api-types";
import { ExpectedFailure, runExcel } from "./excel-run";
import { missingFeatures } from "./requirements";
import type { ProcessBinding } from "../core/workbook/binding";
import { loadWorkbook, removeBinding, saveBinding } from "./store/process-store";

/** The processes bound in this workbook, and which one the active cell belongs to. */
export async function inspectWorkbook(): Promise<Result<WorkbookInfo, ProcsheetError>> {
  return runExcel(async (context) => {
    const data = await loadWorkbook(context);
    const selection = context.workbook.getSelectedRange().load("rowIndex,columnIndex,worksheet/name");
    const tables = data.processes.map((p) => {
      const t = context.workbook.tables.getItemOrNullObject(p.tableName);
      const range = t.getRange();
      return { id: p.id, t, range };
    });
    await context.sync();
    const located = tables
      .filter((x) => !x.t.isNullObject)
      .map((x) => ({ ...x, r: x.range.load("rowIndex,columnIndex,rowCount,columnCount,worksheet/name") }));
    await context.sync();
    const active = located.find(
      ({ r }) =>
        r.worksheet.name === selection.worksheet.name &&
        selection.rowIndex >= r.rowIndex &&
        selection.rowIndex < r.rowIndex + r.rowCount &&
        selection.columnIndex >= r.columnIndex &&
        selection.columnIndex < r.columnIndex + r.columnCount,
    );
    return {
      processes: data.processes,
      ...(active ? { activeProcessId: active.id } : {}),
      missing: missingFeatures(),
    };
  });
}

/**
 * Saves an edited definition after the same checks as loading a file; the version goes up by one and
 * the previous definition is kept in the binding's history.
 */
export async function saveDefinition(
  binding: ProcessBinding,
  definition: ProcessDefinition,
  now: string,
): Promise<Result<ProcessBinding, ProcsheetError>> {
  const checked = loadProcess(definition);
  if (!checked.ok) {
    const first = checked.error[0] as ProcsheetError;
    return { ok: false, error: { ...first, message: checked.error.map(formatProblem).join("\n") } };
  }
  if (definition.id !== binding.id)
    return {
      ok: false,
      error: {
        code: "DEFINITION",
        path: "id",
        message: "id: the id of a bound process cannot change; duplicate the process instead",
        key: "definition.semantic",
        params: { path: "id", detail: "the id cannot change" },
      },
    };
  const version = binding.version + 1;
  const next: ProcessBinding = { ...binding, definition: { ...definition, version }, version, boundAt: now };
  return runExcel(async (context) => {
    const data = await saveBinding(context, next);
    const saved = data.processes.find((p) => p.id === binding.id);
    if (!saved)
      throw new ExpectedFailure({
        code: "EXCEL_API",
        message: "The process could not be saved.",
        key: "excel.default",
        params: { code: "Save", detail: binding.id },
      });
    return saved;
  });
}

/** Unbinds a process (its register, History and charts stay as ordinary sheets). */
export async function removeProcess(processId: string): Promise<Result<void, ProcsheetError>> {
  return runExcel(async (context) => {
    await removeBinding(context, processId);
  });
}
