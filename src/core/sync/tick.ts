import { END, type RuleRow, type RuleValue } from "../definition/types";
import type { CompiledProcess, CompiledStep } from "../process";
import { isOpenStatus, STATUSES, type Status } from "../register/status";
import { procsheetError } from "../error";
import type { ProcsheetError } from "../result";
import {
  answerHere,
  inThread,
  staysInThread,
  type RuleAnswer,
  type RuleEvaluator,
  type RuleHost,
  type RuleQuestion,
} from "../rules/evaluator";
import type { RuleBindings } from "../rules/expression";
import { chain, type MaybePromise } from "../rules/maybe-async";
import type { NextDecision } from "../rules/next";
import { decideOwner, type OwnerDecision } from "../rules/owner";
import type { ClauseTrace } from "../rules/trace";
import { Workload } from "../rules/workload";
import { awayOn, type Person } from "../people/person";
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
  readonly rules?: RuleHost;
  readonly people?: readonly Person[];
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

/** An answer of the wrong kind: only a broken host gives one, a bug to see. */
function unexpected(): never {
  throw new Error("a rule host answered another kind of question");
}

/**
 * One engine tick's walk over the rows (docs/specification.md §3.2–§3.8), in two parts per row: `row(i)`
 * asks the rules and builds the row's draft from what they answer (any order, any number of rows at once:
 * it reads nothing that other rows change), then `settle(draft)`, in sheet order, picks role members
 * against the workload of open cases the rows before it left. Written as methods over a Draft rather than
 * closures: a tick allocates per row only what it produces (the new row, its events).
 */
export class Tick {
  private readonly workload: Workload;
  private readonly bindings: RuleBindings;
  private readonly nowIso: string;
  private readonly duplicates = new Set<string>();
  private readonly dueDates: DueDates;
  /** Where the questions go that may not be answered on this thread. */
  readonly rules: RuleEvaluator;
  /** Per step index: whether its next / owner questions stay on this thread. */
  private readonly local: { next: boolean; owner: boolean }[];

  constructor(
    private readonly process: CompiledProcess,
    private readonly rows: readonly RuleRow[],
    private readonly options: TickOptions,
    nowMillis: number,
  ) {
    this.nowIso = formatDateTime(nowMillis);
    this.workload = new Workload(awayOn(options.people, this.nowIso));
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
    const host = options.rules ?? inThread;
    this.rules = host(process, this.bindings);
    this.local = process.steps.map((step) =>
      host === inThread
        ? { next: true, owner: true }
        : { next: staysInThread(step, "next"), owner: staysInThread(step, "owner") },
    );
  }

  /** The rules' answer to `q`: here when the step's rules are all on the fast path, else from the host. */
  private ask(q: RuleQuestion): MaybePromise<RuleAnswer> {
    const local = this.local[q.step] as { next: boolean; owner: boolean };
    return local[q.kind] ? answerHere(this.process, this.bindings, q) : this.rules.answer(q);
  }

  private question(kind: RuleQuestion["kind"], step: CompiledStep, row: RuleRow, draft: Draft): RuleQuestion {
    const trace = this.options.trace === true;
    return draft.id === undefined
      ? { kind, step: step.index, row, trace }
      : { kind, step: step.index, row, rowId: draft.id, trace };
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

    if (!step) {
      this.start(draft);
      return this.assign(draft);
    }
    if (status === "cancelled") {
      draft.set("closed", this.nowIso);
      draft.event("cancelled", this.nowIso);
      return draft;
    }
    if (status !== "done") {
      // An empty status on a started case reads as "To do"; writing it makes the register say so.
      if (status === undefined) draft.set("status", "todo");
      return this.assign(draft);
    }
    return chain(this.ask(this.question("next", step, before, draft)), (a) =>
      a.kind === "next" ? this.afterNext(draft, step, a.decision, a.trace) : unexpected(),
    );
  }

  /**
   * The row's part in the workload, in sheet order: its open case leaves its owner's count, its role is
   * resolved against the counts the earlier rows left (least-busy), and the case it now is joins its owner.
   */
  settle(draft: Draft): void {
    if (draft.blank) return;
    const before = text(draft.before.owner);
    if (draft.counted) this.workload.add(before, -1);
    const pending = draft.pendingOwner;
    if (pending && !draft.error) {
      draft.pendingOwner = undefined;
      const trace = draft.trace ? (draft.trace as Trace).owner : undefined;
      const decided = decideOwner(this.process, pending.step, pending.match, this.workload, trace);
      if (pending.shadowed) trace?.push(...pending.shadowed);
      this.afterOwner(draft, pending.step, decided);
    }
    if (draft.error) {
      if (draft.counted) this.workload.add(before, 1);
      return;
    }
    if (draft.text("closed") === undefined && isOpenStatus(draft.text("status") as Status | undefined))
      this.workload.add(draft.text("owner"), 1);
  }

  private fail(draft: Draft, error: ProcsheetError): Draft {
    draft.error = error;
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
  private afterNext(
    draft: Draft,
    step: CompiledStep,
    d: NextDecision,
    trace: readonly ClauseTrace[] | undefined,
  ): MaybePromise<Draft> {
    if (draft.trace) (draft.trace as Trace).next = trace ? [...trace] : [];
    if (!d.ok) return this.fail(draft, d.error);
    if (d.goto === END) {
      draft.set("closed", this.nowIso);
      draft.event("closed", this.nowIso);
      return draft;
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
      return draft;
    }
    // Rules see the row as it now stands (its new step and status) when the tick changed them.
    const view =
      draft.stepChanged || draft.get("status") !== draft.before.status
        ? draft.build(undefined).row
        : draft.before;
    return chain(this.ask(this.question("owner", step, view, draft)), (a) => {
      if (a.kind !== "owner") return unexpected();
      if (draft.trace) (draft.trace as Trace).owner = a.trace ? [...a.trace] : [];
      if (!a.match.ok) return this.fail(draft, a.match.error);
      draft.pendingOwner = { step, match: a.match, ...(a.shadowed ? { shadowed: a.shadowed } : {}) };
      return draft;
    });
  }

  private afterOwner(draft: Draft, step: CompiledStep, d: OwnerDecision): void {
    if (!d.ok) {
      this.fail(draft, d.error);
      return;
    }
    if (d.owner !== draft.text("owner") || draft.stepChanged) {
      draft.set("owner", d.owner);
      draft.event("assigned", this.nowIso);
    }
    this.setDue(draft, step);
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
