import type { RuleRow } from "../definition/types";
import type { CompiledProcess } from "../process";
import type { SystemKey } from "../register/system-columns";
import type { ProcsheetError } from "../result";
import { isThenable } from "../rules/maybe-async";
import type { RowTrace } from "../rules/trace";
import { parseLocal } from "../time/local-time";
import type { ProcessEvent } from "./events";
import type { Draft } from "./draft";
import { Tick, type OutsideRows } from "./tick";

export interface SyncOptions {
  /** The tick's time, `YYYY-MM-DDTHH:mm:ss` local (the clock is an argument). */
  readonly now: string;
  /** Route open rows again even where a person typed the owner. */
  readonly reroute?: boolean;
  /** Keep the "why" of every routing decision (dry runs, the rules editor). */
  readonly trace?: boolean;
  /** Rows the front end could not read (bad cells): they keep every cell and carry this error. */
  readonly invalid?: ReadonlyMap<number, ProcsheetError>;
  /** When `rows` are only some of the register's rows: what the tick must know of the others. */
  readonly outside?: OutsideRows;
  /**
   * Called every `checkpointEvery` rows (default 2,000). A front end passes a function that yields to
   * its event loop (so a task pane stays responsive) and throws to cancel.
   */
  readonly checkpoint?: (done: number, total: number) => void | Promise<void>;
  readonly checkpointEvery?: number;
}

export interface RowChange {
  /** Position in the input (0-based, sheet order). */
  readonly index: number;
  readonly id: string;
  readonly before: RuleRow;
  readonly after: RuleRow;
  readonly keys: readonly SystemKey[];
}

export interface RowError extends ProcsheetError {
  readonly index: number;
}

export interface SyncResult {
  /** Every row after the tick, input order; an unchanged row is the same object as its input. */
  readonly rows: readonly RuleRow[];
  readonly changes: readonly RowChange[];
  readonly events: readonly ProcessEvent[];
  readonly errors: readonly RowError[];
  /** Per input row when `trace` was asked for; undefined where no rule ran. */
  readonly traces?: readonly (RowTrace | undefined)[];
}

/**
 * One tick of the engine over a register (process-format.md §3), rows in sheet order.
 * Rows whose rules fail keep every cell and carry their error; every other row proceeds.
 * @example const r = await syncRows(process, rows, { now: "2026-03-02T09:00:00" });
 */
export async function syncRows(
  process: CompiledProcess,
  rows: readonly RuleRow[],
  options: SyncOptions,
): Promise<SyncResult> {
  const now = parseLocal(options.now);
  if (now === undefined)
    throw new RangeError(`syncRows: "now" must be YYYY-MM-DDTHH:mm:ss, got "${options.now}"`);
  const tick = new Tick(process, rows, options, now);
  const drafts: Draft[] = new Array<Draft>(rows.length);
  const every = Math.max(1, options.checkpointEvery ?? 2000);
  for (let i = 0; i < rows.length; i++) {
    if (options.checkpoint && i % every === 0) await options.checkpoint(i, rows.length);
    const r = tick.row(i);
    drafts[i] = isThenable<Draft>(r) ? await r : r;
  }
  const ids = tick.numberNewCases(drafts);
  const out: RuleRow[] = new Array<RuleRow>(rows.length);
  const changes: RowChange[] = [];
  const events: ProcessEvent[] = [];
  const errors: RowError[] = [];
  for (let i = 0; i < rows.length; i++) {
    const o = drafts[i] as Draft;
    const before = rows[i] as RuleRow;
    const id = ids[i];
    if (o.blank) {
      out[i] = before;
      continue;
    }
    if (o.error || id === undefined) {
      const error = o.error as ProcsheetError;
      errors.push(id ? { ...error, index: i, rowId: id } : { ...error, index: i });
      out[i] = before;
      continue;
    }
    const { row, keys } = o.build(id);
    out[i] = row;
    if (keys.length > 0) changes.push({ index: i, id, before, after: row, keys });
    if (o.events)
      for (const e of o.events) {
        e.caseId = id;
        events.push(e);
      }
  }
  return {
    rows: out,
    changes,
    events,
    errors,
    ...(options.trace ? { traces: drafts.map((o) => o.trace) } : {}),
  };
}
