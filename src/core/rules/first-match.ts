import type { RuleRow } from "../definition/types";
import type { CompiledStep } from "../process";
import { procsheetError } from "../error";
import { resolveText } from "../text";
import type { ProcsheetError } from "../result";
import { toBoolean } from "./boolean";
import type { CompiledExpression, RuleBindings } from "./expression";
import { attempt, isThenable, type MaybePromise } from "./maybe-async";
import { evaluationError } from "./rule-error";
import { traceValue, type ClauseTrace } from "./trace";

export interface Clause {
  readonly path: string;
  readonly when?: CompiledExpression;
}

export type Match<C> =
  | { readonly ok: true; readonly clause: C; readonly index: number }
  | { readonly ok: false; readonly error?: ProcsheetError };

/**
 * The first clause whose `when` is absent or truthy (JSONata `$boolean`), trying them in order
 * (docs/specification.md §1). An evaluation error stops the search: the row is in error, not "unmatched".
 */
export function firstMatch<C extends Clause>(
  clauses: readonly C[],
  row: RuleRow,
  bindings: RuleBindings,
  rowId: string | undefined,
  trace: ClauseTrace[] | undefined,
  from = 0,
): MaybePromise<Match<C>> {
  for (let i = from; i < clauses.length; i++) {
    const clause = clauses[i] as C;
    const when = clause.when;
    if (!when) return { ok: true, clause, index: i };
    const result = attempt<Match<C> | undefined>(
      () => when.evaluate(row, bindings),
      (v) => {
        if (toBoolean(v)) return { ok: true, clause, index: i };
        trace?.push({ path: clause.path, when: when.source, outcome: "not-matched", value: traceValue(v) });
        return undefined;
      },
      (e) => {
        const error = evaluationError(`${clause.path}.when`, e, rowId);
        trace?.push({ path: clause.path, when: when.source, outcome: "error", value: error.message, error });
        return { ok: false, error };
      },
    );
    if (result === undefined) continue;
    if (result instanceof Promise)
      return result.then((r) => r ?? firstMatch(clauses, row, bindings, rowId, trace, i + 1));
    return result;
  }
  return { ok: false };
}

/**
 * For the "why" of a decision only: the clauses after the one that matched that would match as well, so
 * two rules giving different answers for the same row are seen (docs/reliability.md R9). First match still
 * decides; a clause whose condition fails here is simply not listed.
 */
export function traceShadowed<C extends Clause>(
  clauses: readonly C[],
  matched: number,
  row: RuleRow,
  bindings: RuleBindings,
  trace: ClauseTrace[] | undefined,
): MaybePromise<void> {
  if (!trace) return undefined;
  let pending: MaybePromise<void> = undefined;
  for (let i = matched + 1; i < clauses.length; i++) {
    const clause = clauses[i] as C;
    const step = (): MaybePromise<void> => {
      const when = clause.when;
      if (!when) {
        trace.push({ path: clause.path, outcome: "shadowed" });
        return undefined;
      }
      return attempt<void>(
        () => when.evaluate(row, bindings),
        (v) => {
          if (toBoolean(v)) trace.push({ path: clause.path, when: when.source, outcome: "shadowed" });
        },
        () => undefined,
      );
    };
    pending = isThenable<void>(pending) ? Promise.resolve(pending).then(step) : step();
  }
  return pending;
}

/**
 * The error of a row no clause of `step`'s owner or next rule matched (docs/specification.md §3.7): the
 * step named in both languages, the rule's path kept for whoever edits the JSON file.
 */
export function noClauseMatched(
  step: CompiledStep,
  rule: "owner" | "next",
  rowId: string | undefined,
): ProcsheetError {
  const names = { step: resolveText(step.def.name, "en") || step.def.id };
  const zh = { step: resolveText(step.def.name, "zh-CN") || step.def.id };
  const key = rule === "owner" ? "rule.noOwner" : "rule.noNext";
  return procsheetError("RULE_NO_MATCH", key, names, { path: `steps[${step.index}].${rule}`, rowId }, zh);
}
