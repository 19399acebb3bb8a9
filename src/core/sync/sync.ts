import { workday } from "../calendar";
import { END, type RuleRow, type RuleValue } from "../definition/types";
import type { CompiledProcess, CompiledStep } from "../process";
import { isOpenStatus, STATUSES, type Status } from "../register/status";
import { SYSTEM_KEYS, type SystemKey } from "../register/system-columns";
import type { ProcsheetError } from "../result";
import type { RuleBindings } from "../rules/expression";
import { chain, isThenable, type MaybePromise } from "../rules/maybe-async";
import { routeNext } from "../rules/next";
import { routeOwner } from "../rules/owner";
import type { ClauseTrace, RowTrace } from "../rules/trace";
import { Workload } from "../rules/workload";
import { dayOf, formatDate, formatDateTime, parseLocal } from "../time/local-time";
import { caseNumber, formatCaseId } from "./case-id";
import type { EventType, ProcessEvent } from "./events";

export interface SyncOptions {
  /** The tick's time, `YYYY-MM-DDTHH:mm:ss` local (the clock is an argument). */
  readonly now: string;
  /** Route open rows again even where a person typed the owner. */
  readonly reroute?: boolean;
  /** Keep the "why" of every routing decision (dry runs, the rules editor). */
  readonly trace?: boolean;
  /** Rows the front end could not read (bad cells): they keep every cell and carry this error. */
  readonly invalid?: ReadonlyMap<number, ProcsheetError>;
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

/** Why the step changed in this tick, if it did. */
type Moved = RowOutcome & { readonly stepChanged?: "start" | "advance" };

/** What one row became; IDs are handed out afterwards, in sheet order, to rows that succeeded. */
interface RowOutcome {
  readonly after: RuleRow;
  readonly events: readonly Omit<ProcessEvent, "caseId">[];
  readonly error?: ProcsheetError;
  readonly trace?: RowTrace;
}

function dataError(
  message: string,
  column: string,
  rowId: string | undefined,
  params: Record<string, string>,
): ProcsheetError {
  return {
    code: "DATA",
    message,
    column,
    ...(rowId ? { rowId } : {}),
    key: "data.cell",
    params: { column, ...params },
  };
}

function str(v: RuleValue | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = typeof v === "string" ? v.trim() : String(v);
  return s === "" ? undefined : s;
}

function isOpenRow(row: RuleRow): boolean {
  return str(row.closed) === undefined && isOpenStatus(str(row.status) as Status | undefined);
}

function duplicateIds(rows: readonly RuleRow[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const r of rows) {
    const id = str(r.id);
    if (id === undefined) continue;
    if (seen.has(id)) dup.add(id);
    else seen.add(id);
  }
  return dup;
}

class Tick {
  private readonly workload = new Workload();
  private readonly bindings: RuleBindings;
  private readonly nowIso: string;
  private readonly duplicates: Set<string>;

  constructor(
    private readonly process: CompiledProcess,
    private readonly rows: readonly RuleRow[],
    private readonly options: SyncOptions,
    nowMillis: number,
  ) {
    this.nowIso = formatDateTime(nowMillis);
    this.bindings = { now: this.nowIso, today: formatDate(nowMillis), process: process.definition.id };
    this.duplicates = duplicateIds(rows);
    rows.forEach((r, i) => {
      if (!options.invalid?.has(i) && isOpenRow(r)) this.workload.add(str(r.owner), 1);
    });
  }

  row(i: number): MaybePromise<RowOutcome> {
    const before = this.rows[i] as RuleRow;
    const id = str(before.id);
    const invalid = this.options.invalid?.get(i);
    if (invalid) return { after: before, events: [], error: invalid };
    if (id !== undefined && this.duplicates.has(id))
      return {
        after: before,
        events: [],
        error: dataError(`the ID ${id} is used by more than one row`, "id", id, { id }),
      };
    // Rule 4: a closed case is history; nothing about it changes.
    if (str(before.closed) !== undefined) return { after: before, events: [] };

    const status = str(before.status);
    if (status !== undefined && !(STATUSES as readonly string[]).includes(status))
      return {
        after: before,
        events: [],
        error: dataError(`"${status}" is not a status`, "status", id, { value: status }),
      };
    const stepId = str(before.step);
    const step = stepId === undefined ? undefined : this.process.stepById.get(stepId);
    if (stepId !== undefined && !step)
      return {
        after: before,
        events: [],
        error: dataError(`"${stepId}" is not a step of this process`, "step", id, { value: stepId }),
      };

    const trace: { next?: ClauseTrace[]; owner?: ClauseTrace[] } | undefined = this.options.trace
      ? {}
      : undefined;
    const wasCounted = isOpenRow(before);
    this.workload.add(str(before.owner), wasCounted ? -1 : 0);
    const result = chain(this.advance(before, step, status as Status | undefined, id, trace), (moved) =>
      moved.error ? moved : this.assign(before, moved, id, trace),
    );
    return chain(result, (r): RowOutcome => {
      if (r.error) {
        this.workload.add(str(before.owner), wasCounted ? 1 : 0);
        return { after: before, events: [], error: r.error, ...(trace ? { trace } : {}) };
      }
      if (isOpenRow(r.after)) this.workload.add(str(r.after.owner), 1);
      return { ...r, ...(trace ? { trace } : {}) };
    });
  }

  private event(type: EventType, row: RuleRow, fromStep?: string): Omit<ProcessEvent, "caseId"> {
    return {
      at: this.nowIso,
      type,
      step: String(row.step),
      ...(fromStep ? { fromStep } : {}),
      status: row.status as Status,
      ...(str(row.owner) ? { owner: String(row.owner) } : {}),
    };
  }

  /** Rules 2–4: start a case, move a finished step on (one step per tick), close or cancel. */
  private advance(
    before: RuleRow,
    step: CompiledStep | undefined,
    status: Status | undefined,
    id: string | undefined,
    trace: { next?: ClauseTrace[] } | undefined,
  ): MaybePromise<Moved> {
    const now = this.nowIso;
    if (!step) {
      const first = this.process.steps[0] as CompiledStep;
      const after = {
        ...before,
        step: first.def.id,
        status: "todo",
        created: str(before.created) ?? now,
        stepStarted: now,
      };
      return { after, events: [this.event("created", after)], stepChanged: "start" };
    }
    if (status === "cancelled") {
      const after = { ...before, closed: now };
      return { after, events: [this.event("cancelled", after)] };
    }
    if (status !== "done") {
      // An empty status on a started case reads as "To do"; writing it makes the register say so.
      return status === undefined
        ? { after: { ...before, status: "todo" }, events: [] }
        : { after: before, events: [] };
    }
    const nextTrace = trace ? (trace.next = []) : undefined;
    return chain(routeNext(this.process, step, before, this.bindings, id, nextTrace), (d) => {
      if (!d.ok) return { after: before, events: [], error: d.error };
      if (d.goto === END) {
        const after = { ...before, closed: now };
        return { after, events: [this.event("closed", after)] };
      }
      const after = { ...before, step: d.goto, status: "todo", stepStarted: now };
      return { after, events: [this.event("advanced", after, step.def.id)], stepChanged: "advance" };
    });
  }

  /** Rules 5–6: route the owner where it is empty or the step changed, then the due date. */
  private assign(
    before: RuleRow,
    moved: Moved,
    id: string | undefined,
    trace: { owner?: ClauseTrace[] } | undefined,
  ): MaybePromise<RowOutcome> {
    const row = moved.after;
    if (!isOpenRow(row)) return moved;
    const step = this.process.stepById.get(String(row.step)) as CompiledStep;
    const stepChanged = moved.stepChanged !== undefined;
    const typedOwner = str(row.owner);
    // A typed owner stays (rule 5) — also on a new case; a step change hands the case on, so it is routed afresh.
    if (typedOwner !== undefined && moved.stepChanged !== "advance" && !this.options.reroute)
      return this.withDue(moved, step, stepChanged);
    const ownerTrace = trace ? (trace.owner = []) : undefined;
    return chain(
      routeOwner(this.process, step, row, this.bindings, this.workload, id, ownerTrace),
      (d): RowOutcome => {
        if (!d.ok) return { after: before, events: [], error: d.error };
        if (d.owner === typedOwner && !stepChanged) return this.withDue(moved, step, stepChanged);
        const after = { ...row, owner: d.owner };
        return this.withDue(
          { after, events: [...moved.events, this.event("assigned", after)] },
          step,
          stepChanged,
        );
      },
    );
  }

  private withDue(outcome: RowOutcome, step: CompiledStep, stepChanged: boolean): RowOutcome {
    const row = outcome.after;
    const sla = step.def.slaDays;
    if (sla === undefined) {
      if (!stepChanged || str(row.due) === undefined) return outcome;
      const { due: _old, ...rest } = row;
      return { ...outcome, after: rest };
    }
    if (str(row.due) !== undefined && !stepChanged) return outcome;
    const started = typeof row.stepStarted === "string" ? parseLocal(row.stepStarted) : undefined;
    if (started === undefined) return outcome;
    const due = formatDate(workday(dayOf(started), sla, this.process.calendar) * 86_400_000);
    return row.due === due ? outcome : { ...outcome, after: { ...row, due } };
  }

  /** Rule 1: rows without an ID get the next numbers after the highest existing one, in sheet order. */
  numberNewCases(outcomes: readonly RowOutcome[]): string[] {
    const prefix = this.process.idPrefix;
    let highest = 0;
    for (const r of this.rows) {
      const n = caseNumber(prefix, str(r.id) ?? "");
      if (n !== undefined && n > highest) highest = n;
    }
    return outcomes.map((o, i) => str(this.rows[i]?.id) ?? (o.error ? "" : formatCaseId(prefix, ++highest)));
  }
}

function changedKeys(before: RuleRow, after: RuleRow): SystemKey[] {
  if (before === after) return [];
  return SYSTEM_KEYS.filter((k) => before[k] !== after[k]);
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
  const outcomes: RowOutcome[] = new Array<RowOutcome>(rows.length);
  const every = Math.max(1, options.checkpointEvery ?? 2000);
  for (let i = 0; i < rows.length; i++) {
    if (options.checkpoint && i % every === 0) await options.checkpoint(i, rows.length);
    const r = tick.row(i);
    outcomes[i] = isThenable<RowOutcome>(r) ? await r : r;
  }
  const ids = tick.numberNewCases(outcomes);
  const out: RuleRow[] = new Array<RuleRow>(rows.length);
  const changes: RowChange[] = [];
  const events: ProcessEvent[] = [];
  const errors: RowError[] = [];
  for (let i = 0; i < rows.length; i++) {
    const o = outcomes[i] as RowOutcome;
    const before = rows[i] as RuleRow;
    const id = ids[i] as string;
    if (o.error) {
      errors.push({ ...o.error, index: i, ...(id ? { rowId: id } : {}) });
      out[i] = before;
      continue;
    }
    const after = str(before.id) === id ? o.after : { ...o.after, id };
    out[i] = after;
    const keys = changedKeys(before, after);
    if (keys.length > 0) changes.push({ index: i, id, before, after, keys });
    for (const e of o.events) events.push({ caseId: id, ...e });
  }
  return {
    rows: out,
    changes,
    events,
    errors,
    ...(options.trace ? { traces: outcomes.map((o) => o.trace) } : {}),
  };
}
