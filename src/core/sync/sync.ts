import type { RuleRow } from "../definition/types";
import type { CompiledProcess } from "../process";
import type { SystemKey } from "../register/system-columns";
import type { ProcsheetError } from "../result";
import type { RuleHost } from "../rules/evaluator";
import { isThenable } from "../rules/maybe-async";
import type { RowTrace } from "../rules/trace";
import { parseLocal } from "../time/local-time";
import type { ProcessEvent } from "./events";
import type { Draft } from "./draft";
import { Tick, type OutsideRows } from "./tick";
import type { Person } from "../people/person";

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
  /**
   * Where rules run that are not on the fast path (jsonata: regular expressions, text functions). Without
   * it they run here, bounded by jsonata's own clock only; a front end passes a worker with a hard time limit
   * (src/rule-worker), so no rule can hold its thread (docs/specification.md §3.8).
   */
  readonly rules?: RuleHost;
  /**
   * People (the People table): least-busy skips members away today, and the why says when an owner is away
   * (docs/specification.md §3.5). Absent: nobody is away, at no cost.
   */
  readonly people?: readonly Person[];
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
 * Rows `start` to `end` (excluded): each row's rules asked, then each row settled in sheet order. A host that
 * batches (a worker) is asked about every row before any answer is awaited, so a chunk costs it a message
 * or two, not one per row; otherwise each row is awaited before the next, as jsonata's per-call clock needs.
 */
async function walk(tick: Tick, drafts: Draft[], start: number, end: number): Promise<void> {
  let pending: Promise<unknown>[] | undefined;
  for (let i = start; i < end; i++) {
    const r = tick.row(i);
    if (!isThenable<Draft>(r)) drafts[i] = r;
    else if (!tick.rules.batches) drafts[i] = await r;
    else (pending ??= []).push(Promise.resolve(r).then((d) => (drafts[i] = d)));
  }
  if (pending) await Promise.all(pending);
  for (let i = start; i < end; i++) tick.settle(drafts[i] as Draft);
}

/**
 * One tick of the engine over a register (docs/specification.md §3), rows in sheet order.
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
  try {
    for (let start = 0; start < rows.length; start += every) {
      if (options.checkpoint) await options.checkpoint(start, rows.length);
      await walk(tick, drafts, start, Math.min(rows.length, start + every));
    }
  } finally {
    tick.rules.close?.();
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
