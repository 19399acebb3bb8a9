import type { RuleRow } from "../definition/types";
import type { ProcsheetError } from "../result";
import { toBoolean } from "./boolean";
import type { CompiledExpression, RuleBindings } from "./expression";
import { attempt, type MaybePromise } from "./maybe-async";
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
 * (process-format.md §1). An evaluation error stops the search: the row is in error, not "unmatched".
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
        trace?.push({ path: clause.path, when: when.source, outcome: "error", value: error.message });
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
