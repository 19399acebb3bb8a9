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
import { owedEvents } from "./state/resume";
import { snapshotOf, statusEventsSince } from "./state/tracking";

/** A register as a front end read it, and what the workbook remembers of it. */
export interface SyncPlanInput {
  readonly process: CompiledProcess;
  readonly map: ColumnMap;
  /** Data rows, in the register's order, as Excel's `values` give them (dates as serials) or as file text. */
  readonly rows: readonly (readonly CellInput[])[];
  /** How text cells are read (the register's number separators, when it says). */
  readonly read?: ReadRowOptions;
  /** The language cells are written in (status and step names). */
  readonly lang: Lang;
  /** The state stored in the workbook: the status snapshot (change tracking) and the last journal (resume). */
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
  readonly sync: Omit<SyncOptions, "invalid">;
}

/** One sync, planned: what changes in the register, what History gains, and the state to store. */
export interface SyncPlan {
  readonly ruleRows: readonly RuleRow[];
  readonly result: SyncResult;
  readonly changes: readonly CellChange[];
  readonly added: readonly AddedColumn[];
  /** In History order: finished from an interrupted sync, status changes people made, this sync's. */
  readonly events: readonly ProcessEvent[];
  readonly resumed: number;
  /** Case ID → status after this sync, for the next one's change tracking. */
  readonly snapshot: Record<string, string>;
}

/**
 * One engine tick over a register's cells, as the add-in and the command line both run it
 * (docs/specification.md §3): the rows read through the codec, the core sync, the cells that change
 * positioned in the register, the events owed by an interrupted sync and the status changes seen since
 * the last one. Nothing is written here; each front end writes the plan in its own medium.
 */
export async function planSync(input: SyncPlanInput): Promise<SyncPlan> {
  const plan = await planOnce(input, input.unreadable ?? new Map());
  const readOnly = input.readOnly;
  if (!readOnly || readOnly.size === 0) return plan;
  const blocked = new Map(input.unreadable ?? []);
  for (const c of plan.changes)
    if (readOnly.has(`${c.row}:${c.column}`) && !blocked.has(c.row))
      blocked.set(c.row, formulaError(c.header, c.id));
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
  const { process, map, rows } = input;
  const ruleRows: RuleRow[] = new Array<RuleRow>(rows.length);
  const invalid = new Map<number, ProcsheetError>(unreadable);
  rows.forEach((cells, i) => {
    const r = readRow(process, map, cells, input.read);
    ruleRows[i] = r.row;
    if (r.error && !invalid.has(i)) invalid.set(i, r.error);
  });
  const owed = input.state?.journal
    ? owedEvents(input.state.journal, input.historyRows ?? 0, cellReader(input))
    : [];
  const tracked = statusEventsSince(input.state?.snapshot, ruleRows, input.sync.now);
  const result = await syncRows(process, ruleRows, { ...input.sync, invalid });
  const added = input.addColumns ? addedColumns(process, map, result, input.lang) : [];
  return {
    ruleRows,
    result,
    changes: cellChanges(process, map, input.lang, result, rows, added),
    added,
    events: [...owed, ...tracked, ...result.events],
    resumed: owed.length,
    snapshot: snapshotOf(result.rows),
  };
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
