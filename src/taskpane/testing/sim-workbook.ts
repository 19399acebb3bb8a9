// The pane's tests run the real Excel layer (createProcsheetExcel) over the one simulated Excel that every
// Excel test uses (test/excel-sim). This module installs it, makes a register the way the pane would, and
// plays the person at Excel with the simulation's own user actions. Test-only code.
import { loadProcess } from "../../core/definition/load";
import type { ProcessDefinition, RuleRow } from "../../core/definition/types";
import type { Lang } from "../../words/lang";
import { mapColumns } from "../../core/register/columns";
import { matchKey } from "../../core/text";
import { readRow } from "../../core/register/row-codec";
import type { ProcessBinding } from "../../workbook/binding";
import { mapHistoryColumns } from "../../workbook/history/history-columns";
import { createProcsheetExcel } from "../../excel/api";
import type { HistoryEvent, ProcsheetExcel, SyncProgress } from "../../excel/api-types";
import {
  installExcelSimulation,
  type ExcelSimulation,
  type SimulationOptions,
} from "../../../test/excel-sim";
import { cellAddress, formatLocal, parseLocalRange, splitSheet } from "../../../test/excel-sim/address";

export const NOW = "2026-03-02T09:00:00";

export interface WorkbookOptions {
  /** Language of the register made (and of Office's display language unless `displayLanguage` is given). */
  readonly lang?: Lang;
  /** Whether the register starts with the template's sample rows (default true). */
  readonly sample?: boolean;
  /** Highest ExcelApi set of the simulated Excel, e.g. "1.13" (the manifest's minimum) or "1.17" (the default). */
  readonly apiVersion?: SimulationOptions["apiVersion"];
  /** Office's display language, e.g. "zh-CN"; follows `lang` when not given. */
  readonly displayLanguage?: string;
  /** Office's theme (Office.context.officeTheme; default colorful). */
  readonly officeTheme?: SimulationOptions["officeTheme"];
  /** Names of the workbook's empty sheets before anything is made (default one "Sheet1"). */
  readonly sheets?: readonly string[];
}

/** One process's register in the simulated workbook, seen and edited as a person at Excel would. */
export interface RegisterHandle {
  readonly processId: string;
  /** The process as the workbook stores it now (version, definition, versions), read through the adapter. */
  stored(): Promise<ProcessBinding>;
  /** The register's rows as the rules read them (keys, step ids, statuses), in sheet order. */
  rows(): Promise<RuleRow[]>;
  /** History as the adapter reads it. */
  history(): Promise<readonly HistoryEvent[]>;
  /**
   * The sheet and cell holding `caseId`'s value under `header` (as the register's header row shows it);
   * without a header, the row's first cell.
   */
  cell(caseId: string, header?: string): Promise<{ readonly sheet: string; readonly address: string }>;
  /** A person types `text` into a case's cell and presses Enter; resolves once Excel's events are handled. */
  typeInto(caseId: string, header: string, text: string | number): Promise<void>;
  /** A person clicks into a case's row (Table.onSelectionChanged fires); resolves once it is handled. */
  select(caseId: string): Promise<void>;
  /** A person pastes earlier History rows below the History table (History is edited by hand too). */
  pasteHistory(events: readonly HistoryEvent[]): Promise<void>;
}

/** The simulated Excel and the real adapter over it. */
export interface SimWorkbook {
  readonly excel: ProcsheetExcel;
  readonly sim: ExcelSimulation;
  /** A process's register (one the pane made, too). */
  register(processId: string): RegisterHandle;
}

/** A simulated workbook holding one register made by the real `createRegister`. */
export interface ProcessWorkbook extends SimWorkbook, RegisterHandle {
  /** The binding `createRegister` returned. */
  readonly binding: ProcessBinding;
}

// Every simulation a test installed, uninstalled by `closeWorkbooks` after the test.
const installed: ExcelSimulation[] = [];

function displayLanguageOf(options: WorkbookOptions): string {
  return options.displayLanguage ?? (options.lang === "zh-CN" ? "zh-CN" : "en-US");
}

/** A simulated Excel with one empty sheet, and the real adapter over it. */
export function emptyWorkbook(options: WorkbookOptions = {}): SimWorkbook {
  const sim = installExcelSimulation({
    displayLanguage: displayLanguageOf(options),
    ...(options.apiVersion ? { apiVersion: options.apiVersion } : {}),
    ...(options.sheets ? { sheets: [...options.sheets] } : {}),
    ...(options.officeTheme ? { officeTheme: options.officeTheme } : {}),
  });
  installed.push(sim);
  const excel = createProcsheetExcel();
  return { excel, sim, register: (processId) => registerHandle(sim, excel, processId) };
}

/** A simulated workbook holding `definition`'s register, made by the real adapter as the pane would. */
export async function workbookWith(
  definition: ProcessDefinition,
  options: WorkbookOptions = {},
): Promise<ProcessWorkbook> {
  const workbook = emptyWorkbook(options);
  const created = await workbook.excel.createRegister(definition, {
    lang: options.lang ?? "en",
    sample: options.sample ?? true,
    now: NOW,
  });
  if (!created.ok) throw new Error(`createRegister failed: ${created.error.message}`);
  await workbook.sim.settle();
  return {
    ...workbook,
    ...registerHandle(workbook.sim, workbook.excel, definition.id, created.value),
    binding: created.value,
  };
}

/**
 * Uninstalls every simulation installed since the last call, so no `Excel`/`Office` global leaks into the
 * next test. Unmount the pane first: its effects' clean-ups still talk to Excel (removing event handlers).
 */
export async function closeWorkbooks(): Promise<void> {
  const thrown: unknown[] = [];
  // Last installed first: each uninstall puts back the globals that were there before it.
  for (const sim of installed.splice(0).reverse()) {
    // Let batches the unmount started (handler removals) finish before the model is disposed.
    await sim.settle();
    thrown.push(...sim.host.events.handlerErrors);
    sim.uninstall();
  }
  // Excel swallows what an event handler throws; a test must not.
  if (thrown.length > 0)
    throw new Error(`an Excel event handler threw: ${thrown.map((e) => String(e)).join("; ")}`);
}

/**
 * The adapter with a listener on every sync's progress (SyncRequest.onProgress), next to the pane's own:
 * a test uses it to act at a known point of a real sync (a co-author's edit, an injected failure).
 */
export function onSyncProgress(
  excel: ProcsheetExcel,
  listener: (progress: SyncProgress) => void,
): ProcsheetExcel {
  return {
    ...excel,
    sync: (request) =>
      excel.sync({
        ...request,
        onProgress: (p) => {
          request.onProgress?.(p);
          listener(p);
        },
      }),
  };
}

// ---- reading the workbook as a test asserts on it -----------------------------------------------

interface TableView {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly headers: readonly string[];
  /** Body rows, as Excel's `values` give them (dates as serial numbers). */
  readonly body: readonly (readonly (string | number | boolean)[])[];
}

/** A table's header and body from the simulation's snapshot (what Excel holds right now). */
function tableView(sim: ExcelSimulation, tableName: string): TableView {
  const snapshot = sim.snapshot();
  const table = snapshot.tables.find((t) => t.name === tableName);
  if (!table) throw new Error(`no table ${tableName} in the workbook`);
  const { sheet, local } = splitSheet(table.address);
  const rect = parseLocalRange(local);
  const values = snapshot.sheets[table.sheet]?.values;
  if (!sheet || !rect || !values) throw new Error(`cannot read ${table.address}`);
  const row = (r: number) =>
    Array.from({ length: rect.right - rect.left + 1 }, (_, c) => values[r]?.[rect.left + c] ?? "");
  const body: (string | number | boolean)[][] = [];
  for (let r = rect.top + 1; r <= rect.bottom; r++) body.push(row(r));
  return { sheet: table.sheet, top: rect.top, left: rect.left, headers: row(rect.top).map(String), body };
}

function isBlank(cells: readonly (string | number | boolean)[]): boolean {
  return cells.every((v) => v === "");
}

function registerHandle(
  sim: ExcelSimulation,
  excel: ProcsheetExcel,
  processId: string,
  created?: ProcessBinding,
): RegisterHandle {
  const stored = async (): Promise<ProcessBinding> => {
    const info = await excel.inspectWorkbook();
    if (!info.ok) throw new Error(info.error.message);
    const binding = info.value.processes.find((p) => p.id === processId);
    if (!binding) throw new Error(`the workbook runs no process "${processId}"`);
    return binding;
  };

  // The columns mapped the way the Excel layer maps them (by header in either language, or overrides).
  const columnsOf = (binding: ProcessBinding, headers: readonly string[]) => {
    const process = loadProcess(binding.definition);
    if (!process.ok) throw new Error(`process ${processId} does not load`);
    const overrides = new Map(
      Object.entries(binding.columnOverrides ?? {}).map(([h, k]) => [matchKey(h), k]),
    );
    const map = mapColumns(process.value, headers, overrides);
    if (!map.ok) throw new Error(map.error[0]?.message);
    return { process: process.value, map: map.value };
  };

  // The register's table and History keep their names: the binding is read once (or given at creation).
  let known = created;
  const binding = async (): Promise<ProcessBinding> => (known ??= await stored());

  const cell = async (caseId: string, header?: string) => {
    const b = await binding();
    const view = tableView(sim, b.tableName);
    const { map } = columnsOf(b, view.headers);
    const id = map.byKey.get("id")?.index ?? -1;
    const r = view.body.findIndex((cells) => String(cells[id]) === caseId);
    const c = header === undefined ? 0 : view.headers.indexOf(header);
    if (r < 0 || c < 0) throw new Error(`no cell ${caseId} · ${String(header)} in ${b.tableName}`);
    return { sheet: view.sheet, address: cellAddress(view.top + 1 + r, view.left + c) };
  };

  return {
    processId,
    stored,
    rows: async () => {
      // The stored definition: the one a save or an upgrade left.
      const b = await stored();
      const view = tableView(sim, b.tableName);
      const { process, map } = columnsOf(b, view.headers);
      return view.body.filter((cells) => !isBlank(cells)).map((cells) => readRow(process, map, cells).row);
    },
    history: async () => {
      const r = await excel.readHistory(await binding());
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    },
    cell,
    typeInto: async (caseId, header, text) => {
      const { sheet, address } = await cell(caseId, header);
      if (!sim.setCellByUser(sheet, address, text)) throw new Error(`Excel refused ${text} in ${address}`);
      await sim.settle();
    },
    select: async (caseId) => {
      const { sheet, address } = await cell(caseId);
      sim.user.select(sheet, address);
      await sim.settle();
    },
    pasteHistory: async (events) => {
      const view = tableView(sim, (await binding()).historyTableName);
      // Each value under its column's header, found as the workbook model finds History's columns.
      const { positions } = mapHistoryColumns(view.headers);
      const rows = events.map((e) => {
        const cells: (string | number | boolean)[] = view.headers.map(() => "");
        for (const [key, at] of positions) cells[at] = e[key] ?? "";
        return cells;
      });
      // A new History table holds one blank row, which the paste fills first; otherwise it goes below.
      const start = view.body.length === 1 && isBlank(view.body[0] ?? []) ? 0 : view.body.length;
      const top = view.top + 1 + start;
      const address = formatLocal({
        top,
        bottom: top + rows.length - 1,
        left: view.left,
        right: view.left + view.headers.length - 1,
      });
      sim.user.setRangeByUser(view.sheet, address, rows);
      await sim.settle();
    },
  };
}

/**
 * Excel refuses every request of the add-in with `code` (its first statement fails) until the returned
 * function is called: a refusal that lasts, so it does not matter which of an operation's batches meets it.
 */
export function refuseRequests(sim: ExcelSimulation, code: string): () => void {
  let refusing = true;
  // Runs just before each batch executes, so the failure it sets is that batch's; then waits for the next.
  const refuse = (): void => {
    if (!refusing) return;
    sim.failAt(0, code);
    sim.betweenSyncs(refuse);
  };
  sim.betweenSyncs(refuse);
  return () => {
    refusing = false;
  };
}
