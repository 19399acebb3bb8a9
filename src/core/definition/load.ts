import { assembleProcess, type CompiledProcess } from "../process";
import { fail, ok, type ProcsheetError, type Result } from "../result";
import { DEFAULT_LIMITS, type RuleLimits } from "../rules/limits";
import { compileSteps } from "./compile-steps";
import { schemaProblems } from "./schema-problems";
import { definitionProblem } from "./problem";
import { semanticProblems } from "./semantic-checks";
import type { ProcessDefinition } from "./types";

/** Definitions larger than this are refused before parsing (docs/reliability.md X5). */
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
