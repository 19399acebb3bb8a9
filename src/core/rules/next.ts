import { END, type RuleRow } from "../definition/types";
import type { CompiledProcess, CompiledStep } from "../process";
import type { ProcsheetError } from "../result";
import type { RuleBindings } from "./expression";
import { firstMatch, noClauseMatched, traceShadowed } from "./first-match";
import { chain, type MaybePromise } from "./maybe-async";
import type { ClauseTrace } from "./trace";

export type NextDecision =
  | { readonly ok: true; /** a step id or `end` */ readonly goto: string; readonly path?: string }
  | { readonly ok: false; readonly error: ProcsheetError };

/**
 * Where a finished step goes: the first matching `next` clause, or — with no `next` — the following
 * step, and `end` after the last (docs/specification.md §1.7 NextRule).
 */
export function routeNext(
  process: CompiledProcess,
  step: CompiledStep,
  row: RuleRow,
  bindings: RuleBindings,
  rowId: string | undefined,
  trace: ClauseTrace[] | undefined,
): MaybePromise<NextDecision> {
  if (!step.next) {
    const following = process.steps[step.index + 1];
    return { ok: true, goto: following ? following.def.id : END };
  }
  return chain(firstMatch(step.next, row, bindings, rowId, trace), (m): MaybePromise<NextDecision> => {
    if (m.ok) {
      trace?.push({
        path: m.clause.path,
        ...(m.clause.when ? { when: m.clause.when.source } : {}),
        outcome: "matched",
        value: m.clause.goto,
        goto: m.clause.goto,
      });
      const decision: NextDecision = { ok: true, goto: m.clause.goto, path: m.clause.path };
      if (!trace) return decision;
      return chain(traceShadowed(step.next ?? [], m.index, row, bindings, trace), () => decision);
    }
    if (m.error) return { ok: false, error: m.error };
    return { ok: false, error: noClauseMatched(step, "next", rowId) };
  });
}
