import jsonata from "jsonata";
import type { RuleRow } from "../definition/types";
import { fail, ok, type ProcsheetError, type Result } from "../result";
import { DEFAULT_LIMITS, type RuleLimits } from "./limits";
import { compileFast } from "./fast";
import { boundJsonata } from "./jsonata-bounds";
import { lintExpression } from "./lint";
import { bindRowNames, thousandsError, thousandsMistake } from "./people-words";
import { syntaxError } from "./rule-error";
import type { RowNames } from "./row-names";

/** What every rule can read besides the row (docs/specification.md §2). Values, not functions: the clock is an argument. */
export interface RuleBindings {
  /** `YYYY-MM-DDTHH:mm:ss` */
  readonly now: string;
  /** `YYYY-MM-DD` */
  readonly today: string;
  /** The process id. */
  readonly process: string;
}

export { MAX_PAD } from "./jsonata-bounds";

/** A JSONata expression compiled once; `evaluate` may return a promise (jsonata) or a value (fast path). */
export interface CompiledExpression {
  readonly source: string;
  /**
   * True when the fast path took it: its cost is bounded by the row's size (rules/fast/README.md, Bounds), so
   * it may run on the thread that asked. Anything else can run a regular expression or a native call no
   * clock interrupts, and a sync sends it to a worker (src/rule-worker).
   */
  readonly inThread: boolean;
  evaluate(row: RuleRow, bindings: RuleBindings): unknown;
}

/** A second evaluator for the subset of JSONata that routing rules use (see rules/fast). */
export type FastCompiler = (
  ast: jsonata.ExprNode,
  limits: RuleLimits,
) => ((row: RuleRow, bindings: RuleBindings) => unknown) | undefined;

// The fast path is the default: expressions inside its subset run as closures, the rest through jsonata.
let fastCompiler: FastCompiler | undefined = compileFast;

/** Installs the fast path; expressions compiled afterwards use it where their AST allows. */
export function useFastCompiler(compiler: FastCompiler | undefined): void {
  fastCompiler = compiler;
  cache.clear();
}

const CACHE_LIMIT = 5000;
const cache = new Map<string, CompiledExpression>();

function compileUncached(
  source: string,
  path: string,
  limits: RuleLimits,
  names: RowNames | undefined,
): Result<CompiledExpression, ProcsheetError> {
  let expr: jsonata.Expression;
  try {
    expr = jsonata(source, { timeout: limits.timeoutMs, stack: limits.stack, sequence: limits.sequence });
  } catch (e) {
    const thousands = thousandsMistake(source);
    return fail(thousands ? thousandsError(path, thousands) : syntaxError(path, e));
  }
  // Headers become keys in the tree jsonata evaluates and the fast path compiles: one meaning for both.
  const unclear = names ? bindRowNames(expr.ast(), names, path) : undefined;
  if (unclear) return fail(unclear);
  const fast = fastCompiler?.(expr.ast(), limits);
  if (fast) return ok({ source, inThread: true, evaluate: fast });
  boundJsonata(expr);
  return ok({
    source,
    inThread: false,
    evaluate: (row, bindings) => expr.evaluate(row, bindings as unknown as Record<string, unknown>),
  });
}

/**
 * Compiles `source` once (cached by text, limits and the row's names); a syntax error comes back as a
 * value naming `path`. With `names`, the rule may name columns by their headers (people-words.ts).
 * @example compileExpression('amount > 5000', 'steps[1].next[0].when')
 */
export function compileExpression(
  source: string,
  path: string,
  limits: RuleLimits = DEFAULT_LIMITS,
  names?: RowNames,
): Result<CompiledExpression, ProcsheetError> {
  const key = `${limits.timeoutMs}/${limits.stack}/${limits.sequence}\u0000${names?.signature ?? ""}\u0000${source}`;
  const hit = cache.get(key);
  if (hit) return ok(hit);
  const compiled = compileUncached(source, path, limits, names);
  if (!compiled.ok) return compiled;
  const lint = lintExpression(jsonata(source).ast(), path);
  if (lint.length > 0) return fail(lint[0] as ProcsheetError);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, compiled.value);
  return compiled;
}

/** Every syntax error in `source` at once (jsonata's recover mode), for the rule editor. */
export function listSyntaxErrors(source: string, path: string): ProcsheetError[] {
  try {
    const expr = jsonata(source, { recover: true }) as jsonata.Expression & {
      errors(): unknown[] | undefined;
    };
    return (expr.errors() ?? []).map((e) => syntaxError(path, e));
  } catch (e) {
    return [syntaxError(path, e)];
  }
}
