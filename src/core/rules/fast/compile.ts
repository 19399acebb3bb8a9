import { asNode, asNodes, Fallback, onlyKeys, positionOf, stringField, type AstNode } from "./ast";
import { stampFunction, stampOperator } from "./errors";
import { BUILT_INS, JSONATA_FUNCTION_NAMES, wrapFunctionArgument } from "./functions";
import { symbolOf } from "./signature";
import { constantMillis } from "./to-millis";
import {
  arithmetic,
  compare,
  concat,
  equality,
  includes,
  negate,
  type ArithmeticOp,
  type ComparisonOp,
} from "./operators";
import { ownField, pathEvaluator, type Evaluator, type Stage, type Step, type Vars } from "./path";
import { append, collapse, range } from "./sequence";
import { boolize, toBoolean } from "./values";

/**
 * One AST node compiled, with what the compiler needs to know about it to keep jsonata's bounds
 * and its error order:
 * - `depth`: the most nested `evaluate` calls jsonata can have open while evaluating the node
 *   (its D1011 counter), counting the node itself;
 * - `sync`: jsonata evaluates the node without awaiting anything (literals, variables), so it never
 *   holds depth while siblings in `[...]` run;
 * - `risk`: which errors the node can throw — 0 none, 1 only the sequence bound's D2015 (same text
 *   wherever it comes from), 2 anything.
 */
interface Compiled {
  readonly ev: Evaluator;
  readonly depth: number;
  readonly sync: boolean;
  readonly risk: 0 | 1 | 2;
  readonly literal?: { readonly value: unknown };
  /**
   * Set for a path that is one field name without predicates. Operators with a literal on the other side
   * read such a field inline on a non-array input (one megamorphic closure call less per row) and fall
   * back to `ev` on arrays, which keeps jsonata's sequence handling.
   */
  readonly field?: string;
}

interface Scope {
  readonly limit: number;
  /** Inside a predicate the body runs once per item, so anything whose cost is not tied to the data (a range) is refused. */
  readonly inPredicate: boolean;
  /** What the whole expression may cost, shared by every scope of one compilation (see MAX_NODES). */
  readonly work: Work;
}

/** Nodes compiled so far, and the items the ranges among them build. */
export interface Work {
  nodes: number;
  items: number;
}

/**
 * The most nodes, and the most range items in all, an expression may have to stay on the fast path. Each node
 * runs once per evaluation and touches values of at most MAX_TEXT characters or `limit` items, so these two
 * bound an evaluation's cost whatever the rule (README.md, Bounds); routing rules have a few dozen nodes.
 * A larger expression goes to jsonata, in a worker during a sync.
 */
export const MAX_NODES = 500;
export const MAX_RANGE_ITEMS = 100_000;

type Risk = Compiled["risk"];

function maxRisk(...risks: Risk[]): Risk {
  let r: Risk = 0;
  for (const x of risks) if (x > r) r = x;
  return r;
}

const LITERAL_TYPES: Readonly<Record<string, (v: unknown) => boolean>> = {
  string: (v) => typeof v === "string",
  number: (v) => typeof v === "number" && Number.isFinite(v),
  value: (v) => v === true || v === false || v === null,
};

function literal(node: AstNode, type: string): Compiled {
  onlyKeys(node, ["type", "value", "position"], `${type} literal`);
  const value = node.value;
  const check = LITERAL_TYPES[type];
  if (!check || !check(value)) throw new Fallback(`${type} literal with an unexpected value`);
  return { ev: () => value, depth: 1, sync: true, risk: 0, literal: { value } };
}

function isWrapper(input: unknown): input is unknown[] {
  return Array.isArray(input) && (input as { outerWrapper?: unknown }).outerWrapper === true;
}

function missingNow(): never {
  // jsonata would return its own $now() function here; Procsheet always binds `now` (RuleBindings).
  throw new Error("the fast path needs bindings.now: $now is a binding in Procsheet rules");
}

function variable(node: AstNode): Compiled {
  onlyKeys(node, ["type", "value", "position"], "variable");
  const name = stringField(node, "value", "variable");
  if (name === "") {
    return { ev: (input) => collapse(isWrapper(input) ? input[0] : input), depth: 1, sync: true, risk: 0 };
  }
  if (name === "$") throw new Fallback("$$ (the root) is not in the fast subset");
  if (JSONATA_FUNCTION_NAMES.has(name) && name !== "now") throw new Fallback(`$${name} is a function value`);
  const isOwn = Object.prototype.propertyIsEnumerable;
  const ev: Evaluator =
    name === "now"
      ? (_input, vars) => (isOwn.call(vars, name) ? collapse(vars[name]) : missingNow())
      : (_input, vars) => (isOwn.call(vars, name) ? collapse(vars[name]) : undefined);
  return { ev, depth: 1, sync: true, risk: 0 };
}

function path(node: AstNode, scope: Scope): Compiled {
  onlyKeys(node, ["type", "steps"], "path");
  const stepNodes = asNodes(node.steps, "path");
  if (stepNodes.length === 0) throw new Fallback("empty path");
  let inner = 1;
  let risk: Risk = 1;
  const steps: Step[] = stepNodes.map((s) => {
    if (s.type !== "name") throw new Fallback(`path step of type ${String(s.type)}`);
    onlyKeys(s, ["type", "value", "position", "stages"], "path step");
    const key = stringField(s, "value", "path step");
    const stages: Stage[] = [];
    if (s.stages !== undefined) {
      for (const st of asNodes(s.stages, "predicate")) {
        if (st.type !== "filter") throw new Fallback(`path stage of type ${String(st.type)}`);
        onlyKeys(st, ["type", "expr", "position"], "predicate");
        const expr = asNode(st.expr, "predicate");
        if (expr.type === "number") {
          const lit = literal(expr, "number");
          // evaluateFilter reads a literal index without evaluating it, so it adds no depth.
          stages.push({ kind: "index", index: Math.floor(lit.literal?.value as number) });
        } else {
          const test = compileNode(expr, { ...scope, inPredicate: true });
          inner = Math.max(inner, test.depth);
          risk = 2;
          stages.push({ kind: "filter", test: test.ev });
        }
      }
    }
    return { key, stages };
  });
  const single =
    steps.length === 1 && (steps[0] as Step).stages.length === 0 ? (steps[0] as Step).key : undefined;
  const ev = pathEvaluator(steps, scope.limit);
  return single === undefined
    ? { ev, depth: 1 + inner, sync: false, risk }
    : { ev, depth: 1 + inner, sync: false, risk, field: single };
}

const ARITHMETIC = new Set(["+", "-", "*", "/", "%"]);
const COMPARISON = new Set(["<", "<=", ">", ">="]);

function primitive(c: Compiled): { value: unknown } | undefined {
  const lit = c.literal;
  return lit && (lit.value === null || typeof lit.value !== "object") ? lit : undefined;
}

/** `x = "IT"`: with a primitive on one side, jsonata's deep equality is `===` once `undefined` is ruled out. */
function equalityEvaluator(
  op: "=" | "!=",
  lhs: Compiled,
  rhs: Compiled,
  position: number | undefined,
): Evaluator {
  const l = lhs.ev;
  const r = rhs.ev;
  const constant = primitive(rhs) ?? primitive(lhs);
  if (constant && constant.value !== undefined) {
    const otherNode = primitive(rhs) ? lhs : rhs;
    const other = otherNode.ev;
    const c = constant.value;
    const key = otherNode.field;
    if (key !== undefined) {
      if (op === "=")
        return (input, vars) => (Array.isArray(input) ? other(input, vars) : ownField(input, key)) === c;
      return (input, vars) => {
        const v = Array.isArray(input) ? other(input, vars) : ownField(input, key);
        return typeof v !== "undefined" && v !== c;
      };
    }
    if (op === "=") return (input, vars) => other(input, vars) === c;
    return (input, vars) => {
      const v = other(input, vars);
      return typeof v !== "undefined" && v !== c;
    };
  }
  return (input, vars) => {
    const lv = l(input, vars);
    const rv = r(input, vars);
    try {
      return equality(op, lv, rv);
    } catch (e) {
      stampOperator(e, position, op);
      throw e;
    }
  };
}

function comparisonEvaluator(
  op: ComparisonOp,
  lhs: Compiled,
  rhs: Compiled,
  position: number | undefined,
): Evaluator {
  const l = lhs.ev;
  const r = rhs.ev;
  const general: Evaluator = (input, vars) => {
    const lv = l(input, vars);
    const rv = r(input, vars);
    try {
      return compare(op, lv, rv);
    } catch (e) {
      stampOperator(e, position, op);
      throw e;
    }
  };
  const c = rhs.literal?.value;
  if (typeof c !== "number" && typeof c !== "string") return general;
  const slow = (lv: unknown): unknown => {
    try {
      return compare(op, lv, c);
    } catch (e) {
      stampOperator(e, position, op);
      throw e;
    }
  };
  const key = lhs.field;
  // With a literal on the right, the only case that needs no type check is a left side of the same
  // type; `typeof x === "number"` is spelled out per case because V8 only fast-paths literal typeof tests.
  if (typeof c === "number") {
    switch (op) {
      case "<":
        return (input, vars) => {
          const lv = key !== undefined && !Array.isArray(input) ? ownField(input, key) : l(input, vars);
          return typeof lv === "number" ? lv < c : slow(lv);
        };
      case "<=":
        return (input, vars) => {
          const lv = key !== undefined && !Array.isArray(input) ? ownField(input, key) : l(input, vars);
          return typeof lv === "number" ? lv <= c : slow(lv);
        };
      case ">":
        return (input, vars) => {
          const lv = key !== undefined && !Array.isArray(input) ? ownField(input, key) : l(input, vars);
          return typeof lv === "number" ? lv > c : slow(lv);
        };
      case ">=":
        return (input, vars) => {
          const lv = key !== undefined && !Array.isArray(input) ? ownField(input, key) : l(input, vars);
          return typeof lv === "number" ? lv >= c : slow(lv);
        };
    }
  }
  switch (op) {
    case "<":
      return (input, vars) => {
        const lv = key !== undefined && !Array.isArray(input) ? ownField(input, key) : l(input, vars);
        return typeof lv === "string" ? lv < c : slow(lv);
      };
    case "<=":
      return (input, vars) => {
        const lv = key !== undefined && !Array.isArray(input) ? ownField(input, key) : l(input, vars);
        return typeof lv === "string" ? lv <= c : slow(lv);
      };
    case ">":
      return (input, vars) => {
        const lv = key !== undefined && !Array.isArray(input) ? ownField(input, key) : l(input, vars);
        return typeof lv === "string" ? lv > c : slow(lv);
      };
    case ">=":
      return (input, vars) => {
        const lv = key !== undefined && !Array.isArray(input) ? ownField(input, key) : l(input, vars);
        return typeof lv === "string" ? lv >= c : slow(lv);
      };
  }
}

function includesEvaluator(
  lhs: Compiled,
  rhs: Compiled,
  rhsNode: AstNode,
  scope: Scope,
  position: number | undefined,
): Evaluator {
  const l = lhs.ev;
  const constants = literalList(rhsNode, scope);
  if (constants) {
    // A list of literals cannot hold NaN, so Set's SameValueZero agrees with jsonata's `===` here.
    const set = new Set<unknown>(constants);
    const key = lhs.field;
    if (key !== undefined) {
      return (input, vars) => {
        const lv = Array.isArray(input) ? l(input, vars) : ownField(input, key);
        return typeof lv !== "undefined" && set.has(lv);
      };
    }
    return (input, vars) => {
      const lv = l(input, vars);
      return typeof lv !== "undefined" && set.has(lv);
    };
  }
  const r = rhs.ev;
  return (input, vars) => {
    const lv = l(input, vars);
    const rv = r(input, vars);
    try {
      return includes(lv, rv);
    } catch (e) {
      stampOperator(e, position, "in");
      throw e;
    }
  };
}

/** The items of `[...]` when all of them are literals and fit the sequence bound (so building the array cannot fail). */
function literalList(node: AstNode, scope: Scope): unknown[] | undefined {
  if (node.type !== "unary" || node.value !== "[") return undefined;
  const items = node.expressions;
  if (!Array.isArray(items) || items.length > scope.limit) return undefined;
  const values: unknown[] = [];
  for (const item of items) {
    const n = asNode(item, "array item");
    const type = typeof n.type === "string" ? n.type : "";
    if (!LITERAL_TYPES[type]) return undefined;
    values.push(literal(n, type).literal?.value);
  }
  return values;
}

function binary(node: AstNode, scope: Scope): Compiled {
  onlyKeys(node, ["type", "value", "position", "lhs", "rhs"], "binary operator");
  const op = stringField(node, "value", "binary operator");
  const position = positionOf(node);
  if (op === "..") throw new Fallback("a range outside an array constructor");
  const known =
    op === "and" ||
    op === "or" ||
    op === "=" ||
    op === "!=" ||
    op === "&" ||
    op === "in" ||
    ARITHMETIC.has(op) ||
    COMPARISON.has(op);
  if (!known) throw new Fallback(`operator ${op}`);
  const rhsNode = asNode(node.rhs, op);
  const lhs = compileNode(asNode(node.lhs, op), scope);
  const rhs = compileNode(rhsNode, scope);
  const depth = 1 + Math.max(lhs.depth, rhs.depth);
  const l = lhs.ev;
  const r = rhs.ev;
  if (op === "and" || op === "or") {
    // jsonata evaluates the right side inside the operator's try, so its errors take this position and token.
    const ev: Evaluator =
      op === "and"
        ? (input, vars) => {
            const lv = l(input, vars);
            try {
              return boolize(lv) && boolize(r(input, vars));
            } catch (e) {
              stampOperator(e, position, op);
              throw e;
            }
          }
        : (input, vars) => {
            const lv = l(input, vars);
            try {
              return boolize(lv) || boolize(r(input, vars));
            } catch (e) {
              stampOperator(e, position, op);
              throw e;
            }
          };
    return { ev, depth, sync: false, risk: 2 };
  }
  if (op === "=" || op === "!=")
    return {
      ev: equalityEvaluator(op, lhs, rhs, position),
      depth,
      sync: false,
      risk: maxRisk(lhs.risk, rhs.risk),
    };
  if (op === "in")
    return {
      ev: includesEvaluator(lhs, rhs, rhsNode, scope, position),
      depth,
      sync: false,
      risk: maxRisk(lhs.risk, rhs.risk),
    };
  if (COMPARISON.has(op))
    return { ev: comparisonEvaluator(op as ComparisonOp, lhs, rhs, position), depth, sync: false, risk: 2 };
  const apply: (lv: unknown, rv: unknown) => unknown =
    op === "&" ? concat : (lv, rv) => arithmetic(op as ArithmeticOp, lv, rv);
  const ev: Evaluator = (input, vars) => {
    const lv = l(input, vars);
    const rv = r(input, vars);
    try {
      return apply(lv, rv);
    } catch (e) {
      stampOperator(e, position, op);
      throw e;
    }
  };
  return { ev, depth, sync: false, risk: 2 };
}

function rangeItem(node: AstNode, scope: Scope): Compiled {
  onlyKeys(node, ["type", "value", "position", "lhs", "rhs"], "range");
  // Inside a predicate a range would be rebuilt for every item: a loop jsonata's timeout stops and ours could not.
  if (scope.inPredicate) throw new Fallback("a range inside a predicate");
  const position = positionOf(node);
  const lhs = compileNode(asNode(node.lhs, ".."), scope);
  const rhs = compileNode(asNode(node.rhs, ".."), scope);
  // jsonata fills a range with `item++`, which stops advancing at 2^53: `[x..x]` with x = 1e21 never
  // ends (jsonata hangs until V8 aborts). Only literal bounds can be checked before that happens, and
  // only safe integers are sure to end; a non-integer bound fails with T2003/T2004 before the loop.
  for (const bound of [lhs, rhs]) {
    const v = bound.literal?.value;
    if (typeof v !== "number") throw new Fallback("a range bound that is not a number literal");
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) throw new Fallback("a range bound beyond 2^53");
  }
  // A range above `limit` fails before it is built (D2014/D2015), so only the ranges that are built count.
  const size = (rhs.literal?.value as number) - (lhs.literal?.value as number) + 1;
  if (size > 0 && size <= scope.limit) scope.work.items += size;
  if (scope.work.items > MAX_RANGE_ITEMS)
    throw new Fallback(`ranges of more than ${MAX_RANGE_ITEMS} items in all`);
  const l = lhs.ev;
  const r = rhs.ev;
  const limit = scope.limit;
  const ev: Evaluator = (input, vars) => {
    const lv = l(input, vars);
    const rv = r(input, vars);
    try {
      return collapse(range(lv, rv, limit));
    } catch (e) {
      stampOperator(e, position, "..");
      throw e;
    }
  };
  return { ev, depth: 1 + Math.max(lhs.depth, rhs.depth), sync: false, risk: 2 };
}

function arrayConstructor(node: AstNode, scope: Scope): Compiled {
  onlyKeys(node, ["type", "value", "position", "expressions"], "array constructor");
  const itemNodes = asNodes(node.expressions, "array constructor");
  const items = itemNodes.map((n) =>
    n.type === "binary" && n.value === ".." ? rangeItem(n, scope) : compileNode(n, scope),
  );
  // jsonata pushes an item whose node value is "[" (a nested constructor, or the string literal "[") instead of appending it.
  const nested = itemNodes.map((n) => n.value === "[");
  // jsonata evaluates the items concurrently (Promise.all): the first error in time wins, and every
  // item that awaits holds its depth while the others run. Keep only shapes whose outcome does not
  // depend on that interleaving, and count depth as if all of them were open at once.
  const anyErrors = items.filter((c) => c.risk === 2).length;
  const boundErrors = items.filter((c) => c.risk === 1).length;
  if (anyErrors > 1 || (anyErrors === 1 && boundErrors > 0))
    throw new Fallback("array constructor whose items can fail in different ways");
  let depth = 0;
  let hasSync = false;
  for (const c of items) {
    if (c.sync) hasSync = true;
    else depth += c.depth;
  }
  depth = 1 + depth + (hasSync ? 1 : 0);
  const evs = items.map((c) => c.ev);
  const count = evs.length;
  const limit = scope.limit;
  const allLiteral = items.every((c) => c.literal !== undefined) && count <= limit;
  const ev: Evaluator = (input, vars) => {
    const values = new Array<unknown>(count);
    for (let i = 0; i < count; i++) values[i] = (evs[i] as Evaluator)(input, vars);
    let result: unknown[] = [];
    for (let i = 0; i < count; i++) {
      const v = values[i];
      if (typeof v === "undefined") continue;
      if (nested[i]) result.push(v);
      else result = append(result, v, limit);
    }
    return result;
  };
  return { ev, depth, sync: false, risk: allLiteral ? 0 : 2 };
}

function unary(node: AstNode, scope: Scope): Compiled {
  const op = node.value;
  if (op === "[") return arrayConstructor(node, scope);
  if (op !== "-") throw new Fallback(`unary ${String(op)}`);
  onlyKeys(node, ["type", "value", "position", "expression"], "unary minus");
  const position = positionOf(node);
  const inner = compileNode(asNode(node.expression, "-"), scope);
  const e = inner.ev;
  return {
    ev: (input, vars) => negate(e(input, vars), position),
    depth: 1 + inner.depth,
    sync: false,
    risk: 2,
  };
}

function functionCall(node: AstNode, scope: Scope): Compiled {
  onlyKeys(node, ["type", "value", "position", "arguments", "procedure", "name"], "function call");
  const procedure = asNode(node.procedure, "function call");
  if (procedure.type !== "variable") throw new Fallback("calling something other than a named function");
  onlyKeys(procedure, ["type", "value", "position"], "function name");
  const name = stringField(procedure, "value", "function name");
  const builtIn = BUILT_INS.get(name);
  if (!builtIn) throw new Fallback(`function $${name}`);
  const args = asNodes(node.arguments, "function call").map((a) => compileNode(a, scope));
  if (args.length > builtIn.maxArgs) throw new Fallback(`$${name} with ${args.length} arguments`);
  const position = positionOf(node);
  const evs = args.map((a) => a.ev);
  const count = evs.length;
  const { signature, impl } = builtIn;
  const call = (values: unknown[], input: unknown): unknown => {
    try {
      const v = signature.validate(values, input);
      return impl(v[0], v[1], v[2]);
    } catch (e) {
      stampFunction(e, position, name);
      throw e;
    }
  };
  let ev: Evaluator = (input, vars) => {
    const values = new Array<unknown>(count);
    for (let i = 0; i < count; i++) values[i] = wrapFunctionArgument((evs[i] as Evaluator)(input, vars));
    return call(values, input);
  };
  // Calls whose arguments already have the types their parameters take skip the signature regex
  // (Signature.positional); anything else goes through the full port.
  const allowed = signature.positional(count);
  const direct = (a: unknown, b: unknown): unknown => {
    try {
      return impl(a, b, undefined);
    } catch (e) {
      stampFunction(e, position, name);
      throw e;
    }
  };
  if (allowed && count === 1) {
    const e0 = evs[0] as Evaluator;
    const s0 = allowed[0] as string;
    ev = (input, vars) => {
      const a = wrapFunctionArgument(e0(input, vars));
      return s0.includes(symbolOf(a)) ? direct(a, undefined) : call([a], input);
    };
  } else if (allowed && count === 2) {
    const e0 = evs[0] as Evaluator;
    const e1 = evs[1] as Evaluator;
    const s0 = allowed[0] as string;
    const s1 = allowed[1] as string;
    ev = (input, vars) => {
      const a = wrapFunctionArgument(e0(input, vars));
      const b = wrapFunctionArgument(e1(input, vars));
      return s0.includes(symbolOf(a)) && s1.includes(symbolOf(b)) ? direct(a, b) : call([a, b], input);
    };
  }
  if (name === "toMillis" && count === 1 && typeof args[0]?.literal?.value === "string") {
    const millis = constantMillis(args[0].literal.value);
    if (millis !== undefined) ev = () => millis;
  }
  // evaluateFunction evaluates the procedure (a variable) and then each argument, one level down.
  const depth = 1 + Math.max(1, ...args.map((a) => a.depth));
  return { ev, depth, sync: false, risk: 2 };
}

function condition(node: AstNode, scope: Scope): Compiled {
  onlyKeys(node, ["type", "position", "condition", "then", "else"], "condition");
  const test = compileNode(asNode(node.condition, "condition"), scope);
  const then = compileNode(asNode(node.then, "condition"), scope);
  const otherwise = node.else === undefined ? undefined : compileNode(asNode(node.else, "condition"), scope);
  const t = test.ev;
  const a = then.ev;
  const b = otherwise?.ev;
  const ev: Evaluator = b
    ? (input, vars) => (toBoolean(t(input, vars)) ? a(input, vars) : b(input, vars))
    : (input, vars) => (toBoolean(t(input, vars)) ? a(input, vars) : undefined);
  const depth = 1 + Math.max(test.depth, then.depth, otherwise?.depth ?? 0);
  // $boolean of the condition throws D1001 on an infinite number, which a path could in principle yield.
  return { ev, depth, sync: false, risk: test.literal ? maxRisk(then.risk, otherwise?.risk ?? 0) : 2 };
}

function block(node: AstNode, scope: Scope): Compiled {
  onlyKeys(node, ["type", "position", "expressions"], "block");
  const parts = asNodes(node.expressions, "block").map((n) => compileNode(n, scope));
  const evs = parts.map((p) => p.ev);
  const count = evs.length;
  let ev: Evaluator;
  if (count === 0) ev = () => undefined;
  else if (count === 1) ev = evs[0] as Evaluator;
  else
    ev = (input, vars) => {
      let result: unknown;
      for (let i = 0; i < count; i++) result = (evs[i] as Evaluator)(input, vars);
      return result;
    };
  const depth = 1 + Math.max(0, ...parts.map((p) => p.depth));
  return { ev, depth, sync: false, risk: maxRisk(...parts.map((p) => p.risk)) };
}

export function compileNode(node: AstNode, scope: Scope): Compiled {
  if (++scope.work.nodes > MAX_NODES) throw new Fallback(`more than ${MAX_NODES} nodes`);
  switch (node.type) {
    case "string":
    case "number":
    case "value":
      return literal(node, node.type);
    case "variable":
      return variable(node);
    case "path":
      return path(node, scope);
    case "binary":
      return binary(node, scope);
    case "unary":
      return unary(node, scope);
    case "function":
      return functionCall(node, scope);
    case "condition":
      return condition(node, scope);
    case "block":
      return block(node, scope);
    default:
      throw new Fallback(`${String(node.type)} expressions are not in the fast subset`);
  }
}

export type { Vars };
