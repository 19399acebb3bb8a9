import type { RuleRow } from "../definition/types";
import { roleNamed, type CompiledOwnerClause, type CompiledProcess, type CompiledStep } from "../process";
import { procsheetError } from "../error";
import type { ProcsheetError } from "../result";
import type { RuleBindings } from "./expression";
import { firstMatch, traceShadowed } from "./first-match";
import { attempt, chain, type MaybePromise } from "./maybe-async";
import { evaluationError } from "./rule-error";
import { cleanText, resolveText } from "../text";
import { traceValue, type ClauseTrace } from "./trace";
import type { Workload } from "./workload";

export type OwnerDecision =
  | {
      readonly ok: true;
      /** The person the row goes to. */
      readonly owner: string;
      /** The role the clause named, when it named one. */
      readonly role?: string;
      readonly path: string;
    }
  | { readonly ok: false; readonly error: ProcsheetError };

const MAX_OWNER_LENGTH = 255;

function decide(
  process: CompiledProcess,
  name: string,
  clause: CompiledOwnerClause,
  workload: Workload,
  trace: ClauseTrace[] | undefined,
): OwnerDecision {
  const path = clause.path;
  // A role by its key, or by its name in either language (`首席财务官` is the role cfo, not a person).
  const roleKey = roleNamed(process, name);
  const role = roleKey === undefined ? undefined : process.roles.get(roleKey);
  const owner = role ? workload.pick(role) : name;
  trace?.push({
    path,
    ...(clause.when ? { when: clause.when.source } : {}),
    outcome: "matched",
    value: role ? `${traceValue(name)} → ${traceValue(owner)}` : traceValue(owner),
    owner,
    ...(roleKey && role ? { role: roleKey } : {}),
  });
  return roleKey && role ? { ok: true, owner, role: roleKey, path } : { ok: true, owner, path };
}

function assignFrom(
  process: CompiledProcess,
  clause: CompiledOwnerClause,
  row: RuleRow,
  bindings: RuleBindings,
  workload: Workload,
  rowId: string | undefined,
  trace: ClauseTrace[] | undefined,
): MaybePromise<OwnerDecision> {
  if (clause.assign !== undefined) return decide(process, clause.assign, clause, workload, trace);
  const expr = clause.assignExpr;
  if (!expr)
    return {
      ok: false,
      error: procsheetError("RULE_RESULT", "rule.noAssign", {}, { path: clause.path, rowId }),
    };
  return attempt<OwnerDecision>(
    () => expr.evaluate(row, bindings),
    (v) => {
      const name = typeof v === "string" ? cleanText(v) : "";
      if (name === "" || name.length > MAX_OWNER_LENGTH) {
        const error = procsheetError(
          "RULE_RESULT",
          "rule.badOwner",
          { value: traceValue(v), max: MAX_OWNER_LENGTH },
          { path: `${clause.path}.assignExpr`, rowId },
        );
        trace?.push({ path: clause.path, outcome: "error", value: error.message, error });
        return { ok: false, error };
      }
      return decide(process, name, clause, workload, trace);
    },
    (e) => {
      const error = evaluationError(`${clause.path}.assignExpr`, e, rowId);
      trace?.push({ path: clause.path, outcome: "error", value: error.message, error });
      return { ok: false, error };
    },
  );
}

/**
 * Routes a row to its owner under `step`'s owner rule: first matching clause, `assign` or `assignExpr`,
 * roles resolved against the live workload. No clause matching is the row's error, not a crash.
 */
export function routeOwner(
  process: CompiledProcess,
  step: CompiledStep,
  row: RuleRow,
  bindings: RuleBindings,
  workload: Workload,
  rowId: string | undefined,
  trace: ClauseTrace[] | undefined,
): MaybePromise<OwnerDecision> {
  return chain(firstMatch(step.owner, row, bindings, rowId, trace), (m): MaybePromise<OwnerDecision> => {
    if (m.ok) {
      const decided = assignFrom(process, m.clause, row, bindings, workload, rowId, trace);
      if (!trace) return decided;
      return chain(decided, (decision) =>
        chain(traceShadowed(step.owner, m.index, row, bindings, trace), () => decision),
      );
    }
    if (m.error) return { ok: false, error: m.error };
    const path = `steps[${step.index}].owner`;
    const names = { step: resolveText(step.def.name, "en") || step.def.id };
    const zh = { step: resolveText(step.def.name, "zh-CN") || step.def.id };
    return { ok: false, error: procsheetError("RULE_NO_MATCH", "rule.noOwner", names, { path, rowId }, zh) };
  });
}
