import {
  assembleProcess,
  type CompiledNextClause,
  type CompiledOwnerClause,
  type CompiledProcess,
  type CompiledStep,
} from "../process";
import type { ProcsheetError } from "../result";
import { compileExpression, type CompiledExpression } from "../rules/expression";
import { DEFAULT_LIMITS, type RuleLimits } from "../rules/limits";
import { rowNamesOf } from "../rules/row-names";
import type { ProcessDefinition } from "./types";

/** Every step's rules compiled; a rule that does not compile adds its problem to `problems`. */
export function compileSteps(
  def: ProcessDefinition,
  limits: RuleLimits,
  problems: ProcsheetError[],
): CompiledStep[] {
  // Rules may name columns by their headers in either language (docs/specification.md §1.11).
  const names = rowNamesOf(def);
  const compile = (source: string | undefined, path: string): CompiledExpression | undefined => {
    if (source === undefined) return undefined;
    const r = compileExpression(source, path, limits, names);
    if (!r.ok) problems.push(r.error);
    return r.ok ? r.value : undefined;
  };
  return def.steps.map((step, index): CompiledStep => {
    const base = `steps[${index}]`;
    const owner: CompiledOwnerClause[] =
      typeof step.owner === "string"
        ? [{ path: `${base}.owner`, assign: step.owner }]
        : step.owner.map((c, i): CompiledOwnerClause => {
            const path = `${base}.owner[${i}]`;
            const when = compile(c.when, `${path}.when`);
            if ("assign" in c) return { path, assign: c.assign, ...(when ? { when } : {}) };
            const assignExpr = compile(c.assignExpr, `${path}.assignExpr`);
            return { path, ...(when ? { when } : {}), ...(assignExpr ? { assignExpr } : {}) };
          });
    const next = step.next?.map((c, i): CompiledNextClause => {
      const path = `${base}.next[${i}]`;
      const when = compile(c.when, `${path}.when`);
      return { path, goto: c.goto, ...(when ? { when } : {}) };
    });
    return { def: step, index, owner, ...(next ? { next } : {}) };
  });
}

/**
 * A definition that already passed loadProcess elsewhere, compiled again without the schema and semantic
 * checks: what a rule worker does with the definition a sync sends it (it must not carry the schema
 * validator). Throws if a rule does not compile, which a checked definition never does.
 */
export function compileCheckedDefinition(
  definition: ProcessDefinition,
  limits: RuleLimits = DEFAULT_LIMITS,
): CompiledProcess {
  const problems: ProcsheetError[] = [];
  const steps = compileSteps(definition, limits, problems);
  if (problems.length > 0) throw new Error(`compileCheckedDefinition: ${problems[0]?.message ?? ""}`);
  return assembleProcess(definition, steps);
}
