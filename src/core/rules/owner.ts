import type { RuleRow } from "../definition/types";
import { roleNamed, type CompiledOwnerClause, type CompiledProcess, type CompiledStep } from "../process";
import { procsheetError } from "../error";
import type { ProcsheetError } from "../result";
import type { RuleBindings } from "./expression";
import { firstMatch, noClauseMatched, traceShadowed } from "./first-match";
import { attempt, chain, type MaybePromise } from "./maybe-async";
import { evaluationError } from "./rule-error";
import { cleanText } from "../text";
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

/** What the owner rule of a step decided for a row before roles are resolved: the clause and the name it gave. */
export type OwnerMatch =
  | { readonly ok: true; /** index in `step.owner` */ readonly clause: number; readonly name: string }
  | { readonly ok: false; readonly error: ProcsheetError };

const MAX_OWNER_LENGTH = 255;

/**
 * The owner a matched clause's name stands for: a role's member (by the live workload) or the name itself,
 * with the trace's "matched" line.
 */
export function decideOwner(
  process: CompiledProcess,
  step: CompiledStep,
  match: { readonly clause: number; readonly name: string },
  workload: Workload,
  trace: ClauseTrace[] | undefined,
): OwnerDecision {
  const clause = step.owner[match.clause] as CompiledOwnerClause;
  const name = match.name;
  const path = clause.path;
  // A role by its key, or by its name in either language (`首席财务官` is the role cfo, not a person).
  const roleKey = roleNamed(process, name);
  const role = roleKey === undefined ? undefined : process.roles.get(roleKey);
  const owner = role ? workload.pick(role) : name;
  if (trace) {
    // The why says when the owner is away (docs/specification.md §3.5): named by a rule, or all the role is.
    const away = workload.awayUntil(owner);
    const allAway = role !== undefined && role.assign !== "first" && workload.allAway(role);
    trace.push({
      path,
      ...(clause.when ? { when: clause.when.source } : {}),
      outcome: "matched",
      value: role ? `${traceValue(name)} → ${traceValue(owner)}` : traceValue(owner),
      owner,
      ...(roleKey && role ? { role: roleKey } : {}),
      ...(away !== undefined ? { away } : {}),
      ...(allAway ? { allAway } : {}),
    });
  }
  return roleKey && role ? { ok: true, owner, role: roleKey, path } : { ok: true, owner, path };
}

function nameFrom(
  clause: CompiledOwnerClause,
  index: number,
  row: RuleRow,
  bindings: RuleBindings,
  rowId: string | undefined,
  trace: ClauseTrace[] | undefined,
): MaybePromise<OwnerMatch> {
  if (clause.assign !== undefined) return { ok: true, clause: index, name: clause.assign };
  const expr = clause.assignExpr;
  if (!expr)
    return {
      ok: false,
      error: procsheetError("RULE_RESULT", "rule.noAssign", {}, { path: clause.path, rowId }),
    };
  return attempt<OwnerMatch>(
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
      return { ok: true, clause: index, name };
    },
    (e) => {
      const error = evaluationError(`${clause.path}.assignExpr`, e, rowId);
      trace?.push({ path: clause.path, outcome: "error", value: error.message, error });
      return { ok: false, error };
    },
  );
}

/**
 * The rule part of routing a row to its owner under `step`'s owner rule: the first matching clause and the
 * name it gives (`assign` or `assignExpr`), everything that needs only the row. With a trace, the clauses
 * tried go to `trace` and the later clauses that would match too to `shadowed`. No clause matching is the
 * row's error, not a crash.
 */
export function matchOwner(
  process: CompiledProcess,
  step: CompiledStep,
  row: RuleRow,
  bindings: RuleBindings,
  rowId: string | undefined,
  trace: ClauseTrace[] | undefined,
  shadowed: ClauseTrace[] | undefined,
): MaybePromise<OwnerMatch> {
  return chain(firstMatch(step.owner, row, bindings, rowId, trace), (m): MaybePromise<OwnerMatch> => {
    if (m.ok) {
      const named = nameFrom(m.clause, m.index, row, bindings, rowId, trace);
      if (!shadowed) return named;
      return chain(named, (n) => chain(traceShadowed(step.owner, m.index, row, bindings, shadowed), () => n));
    }
    if (m.error) return { ok: false, error: m.error };
    return { ok: false, error: noClauseMatched(step, "owner", rowId) };
  });
}

/**
 * Routes a row to its owner under `step`'s owner rule: first matching clause, `assign` or `assignExpr`,
 * roles resolved against `workload`. (A sync asks matchOwner and resolves the role itself, in row order.)
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
  const shadowed: ClauseTrace[] | undefined = trace ? [] : undefined;
  return chain(matchOwner(process, step, row, bindings, rowId, trace, shadowed), (m): OwnerDecision => {
    const decision = m.ok ? decideOwner(process, step, m, workload, trace) : m;
    if (shadowed) trace?.push(...shadowed);
    return decision;
  });
}
