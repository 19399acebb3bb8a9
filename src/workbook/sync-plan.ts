import { procsheetError } from "../core/error";
import type { RuleRow } from "../core/definition/types";
import type { Lang } from "../words/lang";
import type { CompiledProcess } from "../core/process";
import type { CellInput } from "../core/register/cell-value";
import type { ColumnMap } from "../core/register/columns";
import { readRow, type ReadRowOptions } from "../core/register/row-codec";
import type { ProcsheetError } from "../core/result";
import type { ProcessEvent } from "../core/sync/events";
import { syncRows, type SyncOptions, type SyncResult } from "../core/sync/sync";
import { addedColumns, type AddedColumn } from "./register/added-columns";
import { cellChanges, type CellChange } from "./register/cell-changes";
import type { ProcessState, RawCell } from "./state/journal";
import {
  canSyncPartly,
  fieldChanges,
  loadMemory,
  outsideOf,
  rememberPartly,
  rememberRegister,
  storeMemory,
  type RegisterMemory,
} from "./state/register-state";
import { owedEvents } from "./state/resume";
import { snapshotOf, statusEventsSince } from "./state/tracking";

/** Which rows of the register a sync is given, when it is not given all (docs/specification.md §3.12). */
export interface SomeRows {
  /** Each given row's position in the register's body (0-based), ascending. */
  readonly positions: readonly number[];
  /** How many rows the body has now. */
  readonly bodyRows: number;
}

/** A register as a front end read it, and what the workbook remembers of it. */
export interface SyncPlanInput {
  readonly process: CompiledProcess;
  readonly map: ColumnMap;
  /**
   * Data rows, in the register's order, as Excel's `values` give them (dates as serials) or as file text:
   * all of them, or only those `some` names.
   */
  readonly rows: readonly (readonly CellInput[])[];
  readonly some?: SomeRows;
  /** How text cells are read (the register's number separators, when it says). */
  readonly read?: ReadRowOptions;
  /** The language cells are written in (status and step names). */
  readonly lang: Lang;
  /** The state stored in the workbook: snapshot (change tracking), memory (partial syncs, field changes), journal. */
  readonly state?: ProcessState;
  /** History's body rows now, to see how far an interrupted sync got (docs/specification.md §3.10). */
  readonly historyRows?: number;
  /** Add the system columns the register lacks (a file gains them; the add-in refuses to sync without them). */
  readonly addColumns?: boolean;
  /** Rows with a cell the front end could not read (e.g. a formula without a value): they keep every cell. */
  readonly unreadable?: ReadonlyMap<number, ProcsheetError>;
  /**
   * Cells the sync must never write, as `row:column` (formulas a person put in a file): a row whose
   * sync would change one keeps every cell and carries an error naming the column.
   */
  readonly readOnly?: ReadonlySet<string>;
  readonly sync: Omit<SyncOptions, "invalid" | "outside">;
}

/** One sync, planned: what changes in the register, what History gains, and the state to store. */
export interface SyncPlan {
  /** The given rows in the rules' view before the tick (all rows, or `some`'s). */
  readonly ruleRows: readonly RuleRow[];
  readonly result: SyncResult;
  /** Positioned in the register's body (a partial sync's positions already mapped). */
  readonly changes: readonly CellChange[];
  readonly added: readonly AddedColumn[];
  /**
   * In History order: finished from an interrupted sync, status changes people made, field changes people
   * made, this sync's.
   */
  readonly events: readonly ProcessEvent[];
  readonly resumed: number;
  /** The state to store after this sync (the journal aside): snapshot and memory. */
  readonly state: Pick<ProcessState, "snapshot" | "memory">;
  /** Case ID → status after this sync, for the next one's change tracking. */
  readonly snapshot: Record<string, string>;
}

/** Whether a sync may be given only some rows: the workbook remembers enough, and nothing is owed. */
export function canPlanPartly(process: CompiledProcess, state: ProcessState | undefined): boolean {
  return (
    state?.journal?.state !== "writing" &&
    state?.snapshot !== undefined &&
    loadMemory(process.idPrefix, state.memory) !== undefined
  );
}

/**
 * One engine tick over a register's cells, as the add-in and the command line both run it
 * (docs/specification.md §3): the rows read through the codec, the core sync, the cells that change
 * positioned in the register, the events owed by an interrupted sync, the status and field changes seen
 * since the last one, and what to remember for the next. Nothing is written here; each front end writes
 * the plan in its own medium. Given only some rows (`some`), it decides as a sync over all of them would,
 * from what the workbook remembers of the others (§3.12); the caller checks `canPlanPartly` first.
 */
export async function planSync(input: SyncPlanInput): Promise<SyncPlan> {
  const plan = await planOnce(input, input.unreadable ?? new Map());
  const readOnly = input.readOnly;
  if (!readOnly || readOnly.size === 0) return plan;
  const blocked = new Map(input.unreadable ?? []);
  const rowOf = new Map((input.some?.positions ?? []).map((p, i) => [p, i]));
  for (const c of plan.changes) {
    const given = input.some ? rowOf.get(c.row) : c.row;
    if (given !== undefined && readOnly.has(`${c.row}:${c.column}`) && !blocked.has(given))
      blocked.set(given, formulaError(c.header, c.id));
  }
  // A second pass with those rows set aside, so IDs and workloads come out as if they had errors from the start.
  return blocked.size === (input.unreadable?.size ?? 0) ? plan : planOnce(input, blocked);
}

function formulaError(column: string, rowId: string): ProcsheetError {
  return procsheetError("DATA", "data.formulaCell", { column }, { column, rowId: rowId || undefined });
}

async function planOnce(
  input: SyncPlanInput,
  unreadable: ReadonlyMap<number, ProcsheetError>,
): Promise<SyncPlan> {
  const { process, map, rows, some } = input;
  const ruleRows: RuleRow[] = new Array<RuleRow>(rows.length);
  const invalid = new Map<number, ProcsheetError>(unreadable);
  rows.forEach((cells, i) => {
    const r = readRow(process, map, cells, input.read);
    ruleRows[i] = r.row;
    if (r.error && !invalid.has(i)) invalid.set(i, r.error);
  });
  const memory = loadMemory(process.idPrefix, input.state?.memory);
  if (some && (!memory || !canSyncPartly(memory, ruleRows)))
    throw new Error("planSync: a partial sync needs the register's memory (check canPlanPartly)");
  const owed = input.state?.journal
    ? owedEvents(input.state.journal, input.historyRows ?? 0, cellReader(input))
    : [];
  const now = input.sync.now;
  const tracked = statusEventsSince(input.state?.snapshot, ruleRows, now);
  const invalidRows = new Set(invalid.keys());
  const fieldEvents = fieldChanges(process, memory, ruleRows, invalidRows, now);
  const result = await syncRows(process, ruleRows, {
    ...input.sync,
    invalid,
    ...(some && memory ? { outside: outsideOf(memory, ruleRows) } : {}),
  });
  const added = input.addColumns ? addedColumns(process, map, result, input.lang) : [];
  const changes = cellChanges(process, map, input.lang, result, rows, added);
  const snapshot = some
    ? { ...(input.state?.snapshot ?? {}), ...snapshotOf(result.rows) }
    : snapshotOf(result.rows);
  const remembered: RegisterMemory =
    some && memory
      ? rememberPartly(process, memory, ruleRows, result.rows, invalidRows, some.bodyRows)
      : rememberRegister(process, result.rows, invalidRows);
  return {
    ruleRows,
    result,
    changes: some ? changes.map((c) => atPosition(c, some.positions)) : changes,
    added,
    events: [...owed, ...tracked, ...fieldEvents, ...result.events],
    resumed: owed.length,
    state: { snapshot, memory: storeMemory(process.idPrefix, remembered) },
    snapshot,
  };
}

/** A change planned over the given rows, moved to its row's place in the register's body. */
function atPosition(c: CellChange, positions: readonly number[]): CellChange {
  const row = positions[c.row] ?? c.row;
  return { ...c, row, write: { ...c.write, row } };
}

/** A cell of the register by case ID and key, as read (for checking what an interrupted sync wrote). */
function cellReader(input: SyncPlanInput): (id: string, key: string) => RawCell | undefined {
  const idColumn = input.map.byKey.get("id")?.index;
  const rowById = new Map<string, readonly CellInput[]>();
  if (idColumn !== undefined)
    for (const cells of input.rows) {
      const id = cells[idColumn];
      if (typeof id === "string" && id !== "") rowById.set(id, cells);
    }
  return (id, key) => {
    const col = input.map.byKey.get(key);
    const v = col ? rowById.get(id)?.[col.index] : undefined;
    return v === null || v === undefined ? undefined : v;
  };
}
