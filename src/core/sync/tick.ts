import { END, type RuleRow, type RuleValue } from "../definition/types";
import type { CompiledProcess, CompiledStep } from "../process";
import { isOpenStatus, STATUSES, type Status } from "../register/status";
import { procsheetError } from "../error";
import type { ProcsheetError } from "../result";
import type { RuleBindings } from "../rules/expression";
import { isThenable, type MaybePromise } from "../rules/maybe-async";
import { routeNext, type NextDecision } from "../rules/next";
import { routeOwner, type OwnerDecision } from "../rules/owner";
import type { ClauseTrace } from "../rules/trace";
import { Workload } from "../rules/workload";
import { formatDate, formatDateTime } from "../time/local-time";
import { caseNumber, formatCaseId } from "./case-id";
import { Draft } from "./draft";
import { DueDates } from "./due-date";

interface TickOptions {
  readonly now: string;
  readonly reroute?: boolean;
  readonly trace?: boolean;
  readonly invalid?: ReadonlyMap<number, ProcsheetError>;
  readonly outside?: OutsideRows;
}

/**
 * What a tick over some rows of a register must know of the rows it is not given, to decide exactly as a
 * tick over all of them would (docs/specification.md §3.12): their open cases per owner (least-busy), the
 * highest case number among them (new IDs), and the IDs they share with the rows given (duplicates).
 */
export interface OutsideRows {
  readonly workload: ReadonlyMap<string, number>;
  readonly highestCaseNumber: number;
  readonly ids: ReadonlySet<string>;
}

const STATUS_SET: ReadonlySet<string> = new Set(STATUSES);

function text(v: RuleValue | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = typeof v === "string" ? v.trim() : String(v);
  return s === "" ? undefined : s;
}

function isBlankRow(row: RuleRow): boolean {
  for (const k in row) if (text(row[k]) !== undefined) return false;
  return true;
}

function isOpenRow(row: RuleRow): boolean {
  return text(row.closed) === undefined && isOpenStatus(text(row.status) as Status | undefined);
}

type Trace = { next?: ClauseTrace[]; owner?: ClauseTrace[] };

/**
 * One engine tick's walk over the rows (process-format.md §3, rules 2–8). Written as methods over a
 * Draft rather than closures: a tick allocates per row only what it produces (the new row, its events).
 */
export class Tick {
  private readonly workload = new Workload();
  private readonly bindings: RuleBindings;
  private readonly nowIso: string;
  private readonly duplicates = new Set<string>();
  private readonly dueDates: DueDates;

  constructor(
    private readonly process: CompiledProcess,
    private readonly rows: readonly RuleRow[],
    private readonly options: TickOptions,
    nowMillis: number,
  ) {
    this.nowIso = formatDateTime(nowMillis);
    this.bindings = { now: this.nowIso, today: formatDate(nowMillis), process: process.definition.id };
    this.dueDates = new DueDates(process.calendar);
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      const id = text(r.id);
      if (id !== undefined) {
        if (seen.has(id) || options.outside?.ids.has(id)) this.duplicates.add(id);
        else seen.add(id);
      }
      if (!options.invalid?.has(i) && isOpenRow(r)) this.workload.add(text(r.owner), 1);
    });
    for (const [owner, n] of options.outside?.workload ?? []) this.workload.add(owner, n);
  }

  row(i: number): MaybePromise<Draft> {
    const before = this.rows[i] as RuleRow;
    const id = text(before.id);
    const draft = new Draft(before, id);
    if (isBlankRow(before)) {
      draft.blank = true;
      return draft;
    }
    const invalid = this.options.invalid?.get(i);
    if (invalid) return this.fail(draft, invalid);
    if (id !== undefined && this.duplicates.has(id))
      return this.fail(
        draft,
        procsheetError("DATA", "data.duplicateId", { id }, { column: "id", rowId: id }),
      );
    // Rule 4: a closed case is history; nothing about it changes.
    if (text(before.closed) !== undefined) return draft;
    const status = text(before.status);
    if (status !== undefined && !STATUS_SET.has(status))
      return this.fail(
        draft,
        procsheetError("DATA", "data.badStatus", { value: status }, { column: "status", rowId: id }),
      );
    const stepId = text(before.step);
    const step = stepId === undefined ? undefined : this.process.stepById.get(stepId);
    if (stepId !== undefined && !step)
      return this.fail(
        draft,
        procsheetError("DATA", "data.unknownStep", { value: stepId }, { column: "step", rowId: id }),
      );

    if (this.options.trace) draft.trace = {};
    draft.counted = isOpenRow(before);
    if (draft.counted) this.workload.add(text(before.owner), -1);

    if (!step) {
      this.start(draft);
      return this.assign(draft);
    }
    if (status === "cancelled") {
      draft.set("closed", this.nowIso);
      draft.event("cancelled", this.nowIso);
      return this.finish(draft);
    }
    if (status !== "done") {
      // An empty status on a started case reads as "To do"; writing it makes the register say so.
      if (status === undefined) draft.set("status", "todo");
      return this.assign(draft);
    }
    const nextTrace = draft.trace ? ((draft.trace as Trace).next = []) : undefined;
    const next = routeNext(this.process, step, before, this.bindings, id, nextTrace);
    return isThenable<NextDecision>(next)
      ? Promise.resolve(next).then((d) => this.afterNext(draft, step, d))
      : this.afterNext(draft, step, next);
  }

  private fail(draft: Draft, error: ProcsheetError): Draft {
    if (draft.counted) this.workload.add(text(draft.before.owner), 1);
    draft.error = error;
    return draft;
  }

  private finish(draft: Draft): Draft {
    if (draft.text("closed") === undefined && isOpenStatus(draft.text("status") as Status | undefined))
      this.workload.add(draft.text("owner"), 1);
    return draft;
  }

  /** Rule 2: a row without a step starts the case. */
  private start(draft: Draft): void {
    const first = this.process.steps[0] as CompiledStep;
    draft.set("step", first.def.id);
    draft.set("status", "todo");
    if (draft.text("created") === undefined) draft.set("created", this.nowIso);
    draft.set("stepStarted", this.nowIso);
    draft.stepChanged = "start";
    draft.event("created", this.nowIso);
  }

  /** Rule 3 (and 4's close at the end): a finished step moves on, one step per tick. */
  private afterNext(draft: Draft, step: CompiledStep, d: NextDecision): MaybePromise<Draft> {
    if (!d.ok) return this.fail(draft, d.error);
    if (d.goto === END) {
      draft.set("closed", this.nowIso);
      draft.event("closed", this.nowIso);
      return this.finish(draft);
    }
    draft.set("step", d.goto);
    draft.set("status", "todo");
    draft.set("stepStarted", this.nowIso);
    draft.stepChanged = "advance";
    draft.event("advanced", this.nowIso, step.def.id);
    return this.assign(draft);
  }

  /** Rule 5: route the owner where it is empty or the step changed. */
  private assign(draft: Draft): MaybePromise<Draft> {
    const step = this.process.stepById.get(String(draft.get("step"))) as CompiledStep;
    // A typed owner stays (rule 5) — also on a new case; a step change hands the case on, so it is routed afresh.
    if (draft.text("owner") !== undefined && draft.stepChanged !== "advance" && !this.options.reroute) {
      this.setDue(draft, step);
      return this.finish(draft);
    }
    const ownerTrace = draft.trace ? ((draft.trace as Trace).owner = []) : undefined;
    // Rules see the row as it now stands (its new step and status) when the tick changed them.
    const view =
      draft.stepChanged || draft.get("status") !== draft.before.status
        ? draft.build(undefined).row
        : draft.before;
    const decided = routeOwner(this.process, step, view, this.bindings, this.workload, draft.id, ownerTrace);
    return isThenable<OwnerDecision>(decided)
      ? Promise.resolve(decided).then((d) => this.afterOwner(draft, step, d))
      : this.afterOwner(draft, step, decided);
  }

  private afterOwner(draft: Draft, step: CompiledStep, d: OwnerDecision): Draft {
    if (!d.ok) return this.fail(draft, d.error);
    if (d.owner !== draft.text("owner") || draft.stepChanged) {
      draft.set("owner", d.owner);
      draft.event("assigned", this.nowIso);
    }
    this.setDue(draft, step);
    return this.finish(draft);
  }

  /** Rule 6: due = WORKDAY(date of stepStarted, slaDays), set when empty or when the step changed. */
  private setDue(draft: Draft, step: CompiledStep): void {
    const sla = step.def.slaDays;
    const changed = draft.stepChanged !== undefined;
    if (sla === undefined) {
      // The old due date belonged to the previous step.
      if (changed && draft.text("due") !== undefined) draft.set("due", undefined);
      return;
    }
    if (!changed && draft.text("due") !== undefined) return;
    const started = draft.get("stepStarted");
    if (typeof started !== "string") return;
    const due = this.dueDates.due(started, sla);
    if (due !== undefined && due !== draft.get("due")) draft.set("due", due);
  }

  /** Rule 1: rows without an ID get the next numbers after the highest existing one, in sheet order. */
  numberNewCases(drafts: readonly Draft[]): (string | undefined)[] {
    const prefix = this.process.idPrefix;
    let highest = this.options.outside?.highestCaseNumber ?? 0;
    for (const d of drafts) {
      const n = d.id === undefined ? undefined : caseNumber(prefix, d.id);
      if (n !== undefined && n > highest) highest = n;
    }
    return drafts.map((d) => d.id ?? (d.error || d.blank ? undefined : formatCaseId(prefix, ++highest)));
  }
}
