import type { RuleRow } from "../definition/types";
import type { CompiledProcess } from "../process";
import type { ProcsheetError } from "../result";
import { dayOf, formatDate, formatDateTime, MS_PER_DAY, parseLocal } from "../time/local-time";
import type { RuleBindings } from "./expression";
import { answerHere, inThread, staysInThread, type RuleHost, type RuleQuestion } from "./evaluator";
import { decideOwner, type OwnerDecision } from "./owner";
import type { ClauseTrace } from "./trace";
import { Workload } from "./workload";

/** Everything the rules say about one row at one step, with the "why" of each decision. */
export interface RowExplanation {
  readonly step: string;
  readonly owner?: { readonly person: string; readonly role?: string };
  readonly ownerError?: ProcsheetError;
  readonly next?: string;
  readonly nextError?: ProcsheetError;
  readonly ownerTrace: readonly ClauseTrace[];
  readonly nextTrace: readonly ClauseTrace[];
}

export function bindingsAt(process: CompiledProcess, now: string): RuleBindings {
  const t = parseLocal(now);
  if (t === undefined) throw new RangeError(`"now" must be YYYY-MM-DDTHH:mm:ss, got "${now}"`);
  return { now: formatDateTime(t), today: formatDate(dayOf(t) * MS_PER_DAY), process: process.definition.id };
}

/**
 * Evaluates `stepId`'s owner and next rules for `row` as they stand (no workload: a role gives its first
 * least-busy member, i.e. its first member). For the rules editor's live view and for rule tests. `rules`:
 * where rules outside the fast path run (a worker with a hard time limit); by default on this thread.
 * @example await explainRow(process, { amount: 120000 }, "review", "2026-03-02T09:00:00")
 */
export async function explainRow(
  process: CompiledProcess,
  row: RuleRow,
  stepId: string,
  now: string,
  rules?: RuleHost,
): Promise<RowExplanation> {
  const step = process.stepById.get(stepId);
  if (!step) throw new RangeError(`no step "${stepId}"`);
  const view: RuleRow = { ...row, step: stepId };
  const bindings = bindingsAt(process, now);
  const rowId = typeof row.id === "string" ? row.id : undefined;
  const evaluator = (rules ?? inThread)(process, bindings);
  const ask = (kind: RuleQuestion["kind"]) =>
    staysInThread(step, kind) || !rules
      ? answerHere(process, bindings, question(kind, step.index, view, rowId))
      : evaluator.answer(question(kind, step.index, view, rowId));
  try {
    const o = await ask("owner");
    const n = await ask("next");
    const ownerTrace: ClauseTrace[] = o.kind === "owner" ? [...(o.trace ?? [])] : [];
    const owner: OwnerDecision | undefined =
      o.kind !== "owner"
        ? undefined
        : o.match.ok
          ? decideOwner(process, step, o.match, new Workload(), ownerTrace)
          : o.match;
    if (o.kind === "owner") ownerTrace.push(...(o.shadowed ?? []));
    const next = n.kind === "next" ? n.decision : undefined;
    return {
      step: stepId,
      ...(owner?.ok
        ? { owner: owner.role ? { person: owner.owner, role: owner.role } : { person: owner.owner } }
        : owner
          ? { ownerError: owner.error }
          : {}),
      ...(next?.ok ? { next: next.goto } : next ? { nextError: next.error } : {}),
      ownerTrace,
      nextTrace: n.kind === "next" ? [...(n.trace ?? [])] : [],
    };
  } finally {
    evaluator.close?.();
  }
}

function question(
  kind: RuleQuestion["kind"],
  step: number,
  row: RuleRow,
  rowId: string | undefined,
): RuleQuestion {
  return rowId === undefined ? { kind, step, row, trace: true } : { kind, step, row, rowId, trace: true };
}
