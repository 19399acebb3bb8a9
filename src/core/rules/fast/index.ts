import type jsonata from "jsonata";
import type { RuleRow } from "../../definition/types";
import type { FastCompiler, RuleBindings } from "../expression";
import type { RuleLimits } from "../limits";
import { asNode, Fallback } from "./ast";
import { compileNode, type Vars } from "./compile";
import { isFastFailure, populateMessage } from "./errors";
import { sequenceOf } from "./sequence";

/**
 * Our own ceiling on nesting, whatever `limits.stack` allows: the compiled tree recurses a few
 * JavaScript frames per level, and jsonata's own parser gives up long before this anyway.
 */
const MAX_DEPTH = 1000;

const NO_BINDINGS: Vars = Object.freeze({});

type Outcome =
  | { readonly ok: true; readonly evaluate: (row: RuleRow, bindings: RuleBindings) => unknown }
  | { readonly ok: false; readonly reason: string };

function build(ast: jsonata.ExprNode, limits: RuleLimits): Outcome {
  // jsonata treats 0 as "no bound" for both; without a bound there is nothing the fast path must mirror
  // exactly, but such limits never reach the engine (DEFAULT_LIMITS), so they simply go to jsonata.
  if (!(limits.stack >= 1) || !(limits.sequence >= 1))
    return { ok: false, reason: "limits without a stack or sequence bound" };
  let root;
  try {
    root = compileNode(asNode(ast, "expression"), {
      limit: limits.sequence,
      inPredicate: false,
      work: { nodes: 0, items: 0 },
    });
  } catch (e) {
    if (e instanceof Fallback) return { ok: false, reason: e.reason };
    throw e;
  }
  // jsonata raises D1011 when more than `stack` evaluations are open; `depth` is an upper bound on
  // that count, so below the bound jsonata can never raise it and above it jsonata decides.
  if (root.depth > limits.stack || root.depth > MAX_DEPTH)
    return { ok: false, reason: `nested ${root.depth} deep (stack bound ${limits.stack})` };
  const ev = root.ev;
  const evaluate = (row: RuleRow, bindings: RuleBindings): unknown => {
    let input: unknown = row;
    // jsonata.evaluate wraps an array input in a one-item sequence marked `outerWrapper`.
    if (Array.isArray(input) && (input as { sequence?: unknown }).sequence !== true) {
      const wrapper = sequenceOf(input);
      wrapper.outerWrapper = true;
      input = wrapper;
    }
    try {
      // jsonata binds nothing when called without bindings; the type says they are always there, but a plain-JS caller may not know.
      return ev(input, (bindings ?? NO_BINDINGS) as unknown as Vars);
    } catch (e) {
      if (isFastFailure(e)) populateMessage(e);
      throw e;
    }
  };
  return { ok: true, evaluate };
}

/**
 * Compiles the routing-rule subset of JSONata into a tree of closures that returns jsonata's value
 * synchronously, or throws jsonata's error; `undefined` for anything outside the subset, which the
 * engine then evaluates with jsonata itself. See README.md in this folder for the subset and bounds.
 */
export const compileFast: FastCompiler = (ast, limits) => {
  const outcome = build(ast, limits);
  return outcome.ok ? outcome.evaluate : undefined;
};

/** Why `compileFast` declines an expression (`undefined` when it accepts it); for tests and the rule editor's diagnostics. */
export function explainFallback(ast: jsonata.ExprNode, limits: RuleLimits): string | undefined {
  const outcome = build(ast, limits);
  return outcome.ok ? undefined : outcome.reason;
}
