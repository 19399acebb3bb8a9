import { procsheetError, type ErrorKey, type ErrorParams } from "../core/error";
import { formatProblem, loadProcess } from "../core/definition/load";
import { definitionProblem } from "../core/definition/problem";
import type { ProcessDefinition } from "../core/definition/types";
import type { ProcsheetError, Result } from "../core/result";
import type { CompiledProcess } from "../core/process";
import type { SavePreview, WorkbookInfo } from "./api-types";
import { queueMap } from "./map/draw-map";
import { asOwnWrite } from "./own-writes";
import { planFollow, queueFollow, readForFollow } from "./register/follow-definition";
import { ExpectedFailure, runExcel } from "./excel-run";
import type { ProcessBinding } from "../workbook/binding";
import { ensureLeaseSheet } from "./automation/lease-sheet";
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
    };
  });
}

/**
 * Why `definition` cannot replace the bound one: the problems loading it as a file would report (all of
 * them in the message, the first one's place kept), or another id.
 */
function refusal(
  binding: ProcessBinding,
  definition: ProcessDefinition,
  otherId: () => ProcsheetError,
): ProcsheetError | undefined {
  const checked = loadProcess(definition);
  if (!checked.ok) {
    const first = checked.error[0] as ProcsheetError;
    return { ...first, message: checked.error.map(formatProblem).join("\n") };
  }
  return definition.id === binding.id ? undefined : otherId();
}

/** The process as the workbook holds it now (a co-author may have saved since the pane loaded it). */
async function storedBinding(
  context: Excel.RequestContext,
  binding: ProcessBinding,
): Promise<ProcessBinding> {
  return (await loadWorkbook(context)).processes.find((p) => p.id === binding.id) ?? binding;
}

function compiled(definition: ProcessDefinition): CompiledProcess {
  const r = loadProcess(definition);
  if (!r.ok) throw new ExpectedFailure(r.error[0] as ProcsheetError);
  return r.value;
}

/**
 * What saving `definition` would do to the register, read from the workbook (nothing is written): the
 * columns added, renamed and left, the step cells renamed — or why the save would be refused.
 */
export async function previewSave(
  binding: ProcessBinding,
  definition: ProcessDefinition,
): Promise<Result<SavePreview, ProcsheetError>> {
  const refused = refusal(binding, definition, () => definitionProblem("id", "definition.idFixed", {}));
  if (refused) return { ok: false, error: refused };
  return runExcel(async (context) => {
    const stored = await storedBinding(context, binding);
    const before = compiled(stored.definition);
    const after = compiled(definition);
    const register = await readForFollow(context, stored, before, after);
    const plan = planFollow(register, stored, before, after);
    if (!plan.ok) return { before: stored.definition, refused: plan.error, ...EMPTY };
    return {
      before: stored.definition,
      added: plan.value.add.map((a) => a.header),
      renamed: plan.value.rename.map((r) => ({ before: r.before, after: r.after })),
      left: plan.value.left.map((l) => l.header),
      stepCells: plan.value.stepCells.length,
    };
  });
}

const EMPTY = { added: [], renamed: [], left: [], stepCells: 0 } as const;

/**
 * Saves an edited definition after the same checks as loading a file; the version goes up by one and
 * the previous definition is kept in the binding's history. The register follows in the same batch
 * (register-follow.ts): new fields add columns at the right, renamed fields rename their headers, deleted
 * fields leave their columns unread, renamed steps rewrite their cells; a deleted step with open cases is
 * refused, naming them, before anything is written. A map drawn on a sheet is redrawn.
 */
export async function saveDefinition(
  binding: ProcessBinding,
  definition: ProcessDefinition,
  now: string,
): Promise<Result<ProcessBinding, ProcsheetError>> {
  const refused = refusal(binding, definition, () => definitionProblem("id", "definition.idFixed", {}));
  if (refused) return { ok: false, error: refused };
  return runExcel(async (context) => {
    const stored = await storedBinding(context, binding);
    const before = compiled(stored.definition);
    const after = compiled(definition);
    const register = await readForFollow(context, stored, before, after);
    const plan = planFollow(register, stored, before, after);
    if (!plan.ok) throw new ExpectedFailure(plan.error);
    const version = Math.max(binding.version, stored.version) + 1;
    const next: ProcessBinding = {
      ...stored,
      definition: { ...definition, version },
      version,
      boundAt: now,
      ...(plan.value.overrides ? { columnOverrides: plan.value.overrides } : {}),
    };
    return asOwnWrite(async () => {
      if (register) queueFollow(context, register, plan.value, after, stored);
      const data = await saveBinding(context, next);
      const saved = data.processes.find((p) => p.id === binding.id);
      if (!saved)
        throw new ExpectedFailure(procsheetError("EXCEL_API", "excel.notSaved", { id: binding.id }));
      await queueMap(context, saved, { redraw: true, previous: stored.definition });
      return saved;
    });
  });
}

function upgradeError<K extends ErrorKey>(key: K, params: ErrorParams<K>): ProcsheetError {
  return procsheetError("DEFINITION", key, params, { path: "version" });
}

/**
 * Replaces a bound process by a newer version from the organisation's catalogue (the gallery shows what
 * changes first: core/definition/diff.ts). Unlike `saveDefinition`, the version becomes the catalogue's own,
 * so the workbook and the catalogue name the same definition by the same number; the previous definition
 * is kept in the binding's history. When the workbook already holds that version or a newer one (a
 * co-author upgraded first), it is left as it is and returned.
 */
export async function upgradeProcess(
  binding: ProcessBinding,
  definition: ProcessDefinition,
  now: string,
): Promise<Result<ProcessBinding, ProcsheetError>> {
  const refused = refusal(binding, definition, () =>
    definitionProblem("id", "definition.otherProcess", { value: definition.id, current: binding.id }),
  );
  if (refused) return { ok: false, error: refused };
  const version = definition.version ?? 1;
  if (version <= binding.version)
    return {
      ok: false,
      error: upgradeError("upgrade.notNewer", { id: binding.id, version, current: binding.version }),
    };
  return runExcel(async (context) => {
    const stored = (await loadWorkbook(context)).processes.find((p) => p.id === binding.id);
    if (!stored)
      throw new ExpectedFailure(
        upgradeError("upgrade.noProcess", {
          id: binding.id,
        }),
      );
    if (stored.version >= version) return stored;
    const next: ProcessBinding = { ...stored, definition, version, boundAt: now };
    const saved = (await saveBinding(context, next)).processes.find((p) => p.id === binding.id);
    return saved ?? next;
  });
}

/** Unbinds a process (its register, History and charts stay as ordinary sheets). */
export async function removeProcess(processId: string): Promise<Result<void, ProcsheetError>> {
  return runExcel(async (context) => {
    await removeBinding(context, processId);
  });
}

/**
 * Switches automatic mode for a process (stored in the workbook, docs/specification.md §3.12). Turning it
 * on makes the routing lease's sheet, so the routers of every co-author's Excel can share it.
 */
export async function setAutomatic(
  binding: ProcessBinding,
  on: boolean,
): Promise<Result<ProcessBinding, ProcsheetError>> {
  return runExcel(async (context) => {
    const stored = (await loadWorkbook(context)).processes.find((p) => p.id === binding.id) ?? binding;
    if (on) await ensureLeaseSheet(context);
    const data = await saveBinding(context, { ...stored, automatic: on });
    return data.processes.find((p) => p.id === binding.id) ?? { ...stored, automatic: on };
  });
}
