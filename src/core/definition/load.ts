import {
  assembleProcess,
  type CompiledNextClause,
  type CompiledOwnerClause,
  type CompiledProcess,
  type CompiledStep,
} from "../process";
import { fail, ok, type ProcsheetError, type Result } from "../result";
import { compileExpression, type CompiledExpression } from "../rules/expression";
import { DEFAULT_LIMITS, type RuleLimits } from "../rules/limits";
import { rowNamesOf } from "../rules/row-names";
import { schemaProblems } from "./schema-problems";
import { definitionProblem } from "./problem";
import { semanticProblems } from "./semantic-checks";
import type { ProcessDefinition } from "./types";

/** Definitions larger than this are refused before parsing (reliability.md X5). */
export const MAX_DEFINITION_BYTES = 5 * 1024 * 1024;

export interface LoadOptions {
  readonly limits?: RuleLimits;
}

/** Parses JSON text, or passes an already-parsed value through. */
function parse(input: unknown): Result<unknown, ProcsheetError[]> {
  if (typeof input !== "string") return ok(input);
  if (input.length > MAX_DEFINITION_BYTES)
    return fail([definitionProblem("(root)", "definition.tooLarge", { mb: MAX_DEFINITION_BYTES / 1048576 })]);
  try {
    return ok(JSON.parse(input.replace(/^\uFEFF/, "")));
  } catch (e) {
    return fail([
      definitionProblem("(root)", "definition.notJson", {
        detail: e instanceof Error ? e.message : String(e),
      }),
    ]);
  }
}

function compileSteps(
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
 * Loads a process definition: JSON, schema, semantic checks, then every JSONata expression compiled.
 * Every problem is reported, each as `path: message`; nothing throws for bad input.
 * @example const r = loadProcess(fs.readFileSync("templates/procurement.process.json", "utf8"));
 */
export function loadProcess(
  input: unknown,
  options: LoadOptions = {},
): Result<CompiledProcess, ProcsheetError[]> {
  const parsed = parse(input);
  if (!parsed.ok) return parsed;
  const schema = schemaProblems(parsed.value);
  if (schema.length > 0) return fail(schema);
  const def = parsed.value as ProcessDefinition;
  const problems = semanticProblems(def);
  const steps = compileSteps(def, options.limits ?? DEFAULT_LIMITS, problems);
  if (problems.length > 0) return fail(problems);
  return ok(assembleProcess(def, steps));
}

/** `steps[2].owner[0].when: JSONata syntax error at 14: …` — the form the CLI and the pane print. */
export function formatProblem(p: ProcsheetError): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}
