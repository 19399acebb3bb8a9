import { slaOf } from "../analysis/analyze";
import { onTimeByStep } from "../analysis/sla";
import { buildTimelines } from "../analysis/timeline";
import type { RuleRow } from "../definition/types";
import { procsheetError } from "../error";
import type { CompiledProcess, CompiledStep } from "../process";
import type { ProcsheetError } from "../result";
import {
  answerHere,
  staysInThread,
  type RuleAnswer,
  type RuleEvaluator,
  type RuleHost,
  type RuleQuestion,
} from "../rules/evaluator";
import { bindingsAt } from "../rules/explain";
import { decideOwner } from "../rules/owner";
import type { ClauseTrace } from "../rules/trace";
import { Workload } from "../rules/workload";
import type { ProcessEvent } from "../sync/events";
import { pastVisits, type PastVisit } from "./visits";

/** A register row as the backtest reads it: its case ID, its cells in the rules' view, or why it cannot be read. */
export interface RegisterCase {
  readonly id: string;
  readonly row: RuleRow;
  readonly error?: ProcsheetError;
}

/** What one definition decided at one visit: a person, a role id, a step id or "end"; null where it has no such step. */
export interface Decision {
  readonly value: string | null;
  readonly error?: ProcsheetError;
  /** The "why": each clause tried (when asked for). */
  readonly trace?: readonly ClauseTrace[];
}

/** A visit whose decision differs between the saved definition and the draft. */
export interface DecisionChange {
  readonly caseId: string;
  readonly step: string;
  readonly before: string | null;
  readonly after: string | null;
  readonly why?: { readonly before: readonly ClauseTrace[]; readonly after: readonly ClauseTrace[] };
}

export type Side = "current" | "draft";

export interface BacktestError {
  readonly caseId: string;
  /** The visit's step; null for a problem with the case itself (not in the register, its row unreadable). */
  readonly step: string | null;
  /** Which definition failed; undefined for a problem with the case itself. */
  readonly side?: Side;
  readonly error: ProcsheetError;
}

export interface BacktestResult {
  /** Cases of History evaluated (in the register, their row readable). */
  readonly cases: number;
  readonly visits: number;
  readonly ownerChanges: readonly DecisionChange[];
  readonly nextChanges: readonly DecisionChange[];
  /** Visits per assignee (a person or a role id), under each definition. */
  readonly byAssignee: Readonly<Record<string, { readonly before: number; readonly after: number }>>;
  readonly errors: readonly BacktestError[];
  /** Visits to a step the draft does not have, in History order. */
  readonly missingSteps: readonly { readonly caseId: string; readonly step: string }[];
  /** The on-time rate of each step under the saved SLA days and under the draft's (§4.8). */
  readonly onTime: {
    readonly before: Readonly<Record<string, number | null>>;
    readonly after: Readonly<Record<string, number | null>>;
  };
}

export interface BacktestOptions {
  /** `YYYY-MM-DDTHH:mm:ss`: the time a next rule is evaluated at for a case still in its step. */
  readonly now: string;
  /** Keep the "why" of both decisions of every change (the pane shows it). */
  readonly trace?: boolean;
  /** Called every `checkpointEvery` visits (default 500): the pane yields to the page here, and throws to cancel. */
  readonly checkpoint?: (done: number, total: number) => void | Promise<void>;
  readonly checkpointEvery?: number;
  /**
   * Where rules outside the fast path run, as in a sync (docs/specification.md §3.8): the pane passes its rule
   * worker, so a rule that hangs is stopped there (the visit's error) instead of freezing the pane. Without
   * it, on this thread.
   */
  readonly rules?: RuleHost;
}

function stepIds(a: CompiledProcess, b: CompiledProcess): string[] {
  const ids = a.steps.map((s) => s.def.id);
  for (const s of b.steps) if (!ids.includes(s.def.id)) ids.push(s.def.id);
  return ids;
}

/** A row as the sync sees it when the case has just entered `step`: To do there, started now, not closed. */
function enteringView(row: RuleRow, step: string, at: string): RuleRow {
  const { closed: _closed, ...rest } = row;
  return { ...rest, step, status: "todo", stepStarted: at };
}

/** A row as the sync sees it when `step` is done: the next rule reads it so. */
function finishingView(row: RuleRow, step: string): RuleRow {
  const { closed: _closed, ...rest } = row;
  return { ...rest, step, status: "done" };
}

/** Where one definition's rules are asked: on this thread, or — outside the fast path — through the host. */
interface Asker {
  readonly process: CompiledProcess;
  readonly evaluator?: RuleEvaluator;
}

function ask(side: Asker, q: RuleQuestion, at: string): Promise<RuleAnswer> {
  const bindings = bindingsAt(side.process, at);
  const step = side.process.steps[q.step] as CompiledStep;
  // As in a sync: fast-path rules stay here; the rest go to the host (a worker that can stop a rule).
  if (!side.evaluator || staysInThread(step, q.kind))
    return Promise.resolve(answerHere(side.process, bindings, q));
  return Promise.resolve(side.evaluator.answer({ ...q, bindings }));
}

/** The owner the matching clause gives: a person, or a role id (not the member a role would pick). */
async function ownerOf(side: Asker, visit: PastVisit, row: RuleRow, trace: boolean): Promise<Decision> {
  const step = side.process.stepById.get(visit.step);
  if (!step) return { value: null };
  const q: RuleQuestion = {
    kind: "owner",
    step: step.index,
    row: enteringView(row, visit.step, visit.at),
    rowId: visit.caseId,
    trace,
  };
  const a = await ask(side, q, visit.at);
  if (a.kind !== "owner") return { value: null };
  const clauses: ClauseTrace[] | undefined = trace ? [...(a.trace ?? [])] : undefined;
  const why = clauses ? { trace: clauses } : {};
  if (!a.match.ok) return { value: null, error: a.match.error, ...why };
  const d = decideOwner(side.process, step, a.match, new Workload(), clauses);
  // As the sync's why: the clauses that would match too follow the one that did.
  clauses?.push(...(a.shadowed ?? []));
  return d.ok ? { value: d.role ?? d.owner, ...why } : { value: null, error: d.error, ...why };
}

/** Where the next rule sends the case from the visit's step: a step id or "end". */
async function nextOf(
  side: Asker,
  visit: PastVisit,
  row: RuleRow,
  at: string,
  trace: boolean,
): Promise<Decision> {
  const step = side.process.stepById.get(visit.step);
  if (!step) return { value: null };
  const q: RuleQuestion = {
    kind: "next",
    step: step.index,
    row: finishingView(row, visit.step),
    rowId: visit.caseId,
    trace,
  };
  const a = await ask(side, q, at);
  if (a.kind !== "next") return { value: null };
  const why = trace ? { trace: [...(a.trace ?? [])] } : {};
  return a.decision.ok
    ? { value: a.decision.goto, ...why }
    : { value: null, error: a.decision.error, ...why };
}

function change(visit: PastVisit, before: Decision, after: Decision, trace: boolean): DecisionChange {
  return {
    caseId: visit.caseId,
    step: visit.step,
    before: before.value,
    after: after.value,
    ...(trace ? { why: { before: before.trace ?? [], after: after.trace ?? [] } } : {}),
  };
}

/**
 * "If the draft had been the rule, who would have got which case, and where would it have gone?"
 * (docs/specification.md §3.13). For each case of History, each step it entered (its `created` and
 * `advanced` events) is a visit; at each visit both definitions' owner rules are evaluated on the case's row
 * in the register as the sync evaluates them on entering the step, and — where the case left the step by
 * moving on or closing, or is Done there now — both next rules as the sync evaluates them on leaving it.
 * The owner compared is what the matching clause gives (a person or a role id). A case in History but not
 * in the register, or whose row cannot be read, is an error and is not counted. Lists are in History order.
 * @example await backtest(saved, draft, events, register, { now: "2026-03-02T09:00:00" })
 */
export async function backtest(
  current: CompiledProcess,
  draft: CompiledProcess,
  events: readonly ProcessEvent[],
  register: readonly RegisterCase[],
  options: BacktestOptions,
): Promise<BacktestResult> {
  const trace = options.trace === true;
  const rows = new Map<string, RegisterCase>();
  for (const r of register) if (!rows.has(r.id)) rows.set(r.id, r);
  const visits = pastVisits(events);
  const every = Math.max(1, options.checkpointEvery ?? 500);
  const ownerChanges: DecisionChange[] = [];
  const nextChanges: DecisionChange[] = [];
  const errors: BacktestError[] = [];
  const missingSteps: { caseId: string; step: string }[] = [];
  const byAssignee = new Map<string, { before: number; after: number }>();
  const counted = new Set<string>();
  const refused = new Set<string>();
  let evaluated = 0;
  const count = (name: string | null, side: "before" | "after"): void => {
    if (name === null) return;
    const n = byAssignee.get(name) ?? { before: 0, after: 0 };
    n[side]++;
    byAssignee.set(name, n);
  };
  const failed = (visit: PastVisit, side: Side, d: Decision): void => {
    if (d.error) errors.push({ caseId: visit.caseId, step: visit.step, side, error: d.error });
  };

  const open = (process: CompiledProcess): Asker => {
    const evaluator = options.rules?.(process, bindingsAt(process, options.now));
    return evaluator ? { process, evaluator } : { process };
  };
  const before = open(current);
  const after = open(draft);
  try {
    await visitAll();
  } finally {
    before.evaluator?.close?.();
    after.evaluator?.close?.();
  }

  async function visitAll(): Promise<void> {
    for (const [i, visit] of visits.entries()) {
      if (options.checkpoint && i % every === 0) await options.checkpoint(i, visits.length);
      if (refused.has(visit.caseId)) continue;
      const found = rows.get(visit.caseId);
      if (!found || found.error) {
        refused.add(visit.caseId);
        const error =
          found?.error ?? procsheetError("DATA", "backtest.notInRegister", {}, { rowId: visit.caseId });
        errors.push({ caseId: visit.caseId, step: null, error });
        continue;
      }
      counted.add(visit.caseId);
      evaluated++;
      if (!draft.stepById.has(visit.step)) missingSteps.push({ caseId: visit.caseId, step: visit.step });

      const ownerBefore = await ownerOf(before, visit, found.row, trace);
      const ownerAfter = await ownerOf(after, visit, found.row, trace);
      failed(visit, "current", ownerBefore);
      failed(visit, "draft", ownerAfter);
      count(ownerBefore.value, "before");
      count(ownerAfter.value, "after");
      if (!ownerBefore.error && !ownerAfter.error && ownerBefore.value !== ownerAfter.value)
        ownerChanges.push(change(visit, ownerBefore, ownerAfter, trace));

      // The sync asks the next rule only when the step is done: the case left it, or is Done there now.
      const doneNow = visit.last && found.row.status === "done" && found.row.step === visit.step;
      if (!visit.decided && !doneNow) continue;
      const at = visit.leftAt ?? options.now;
      const nextBefore = await nextOf(before, visit, found.row, at, trace);
      const nextAfter = await nextOf(after, visit, found.row, at, trace);
      failed(visit, "current", nextBefore);
      failed(visit, "draft", nextAfter);
      if (!nextBefore.error && !nextAfter.error && nextBefore.value !== nextAfter.value)
        nextChanges.push(change(visit, nextBefore, nextAfter, trace));
    }
    if (options.checkpoint) await options.checkpoint(visits.length, visits.length);
  }

  const cases = buildTimelines(events);
  const order = stepIds(current, draft);
  return {
    cases: counted.size,
    visits: evaluated,
    ownerChanges,
    nextChanges,
    byAssignee: Object.fromEntries(byAssignee),
    errors,
    missingSteps,
    onTime: {
      before: onTimeByStep(cases, slaOf(current), current.calendar, order),
      after: onTimeByStep(cases, slaOf(draft), draft.calendar, order),
    },
  };
}
