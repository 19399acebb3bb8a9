import { boundedText } from "../text-bounds";
import { failure } from "./errors";
import { deepEqual, isNumeric, stringify } from "./values";

/**
 * jsonata 2.2.2's binary and unary operators on already evaluated operands (jsonata.js
 * evaluateNumericExpression, evaluateEqualityExpression, evaluateComparisonExpression,
 * evaluateIncludesExpression, evaluateStringConcat, evaluateUnary). Errors carry no position here;
 * the compiled node stamps its own, as evaluateBinary does.
 */

export type ArithmeticOp = "+" | "-" | "*" | "/" | "%";
export type ComparisonOp = "<" | "<=" | ">" | ">=";

export function arithmetic(op: ArithmeticOp, lhs: unknown, rhs: unknown): number | undefined {
  if (typeof lhs !== "undefined" && !isNumeric(lhs)) throw failure("T2001", { value: lhs });
  if (typeof rhs !== "undefined" && !isNumeric(rhs)) throw failure("T2002", { value: rhs });
  if (typeof lhs === "undefined" || typeof rhs === "undefined") return undefined;
  switch (op) {
    case "+":
      return lhs + rhs;
    case "-":
      return lhs - rhs;
    case "*":
      return lhs * rhs;
    case "/":
      return lhs / rhs;
    case "%":
      return lhs % rhs;
  }
}

/** `=` and `!=`: both are false when either side is missing. */
export function equality(op: "=" | "!=", lhs: unknown, rhs: unknown): boolean {
  if (typeof lhs === "undefined" || typeof rhs === "undefined") return false;
  return op === "=" ? deepEqual(lhs, rhs) : !deepEqual(lhs, rhs);
}

export function compare(op: ComparisonOp, lhs: unknown, rhs: unknown): boolean | undefined {
  const ltype = typeof lhs;
  const rtype = typeof rhs;
  const lcomparable = ltype === "undefined" || ltype === "string" || ltype === "number";
  const rcomparable = rtype === "undefined" || rtype === "string" || rtype === "number";
  if (!lcomparable || !rcomparable) {
    throw failure("T2010", { value: !(ltype === "string" || ltype === "number") ? lhs : rhs });
  }
  if (ltype === "undefined" || rtype === "undefined") return undefined;
  if (ltype !== rtype) throw failure("T2009", { value: lhs, value2: rhs });
  // Both are strings or both are numbers here.
  const l = lhs as string | number;
  const r = rhs as string | number;
  switch (op) {
    case "<":
      return l < r;
    case "<=":
      return l <= r;
    case ">":
      return l > r;
    case ">=":
      return l >= r;
  }
}

export function includes(lhs: unknown, rhs: unknown): boolean {
  if (typeof lhs === "undefined" || typeof rhs === "undefined") return false;
  const list = Array.isArray(rhs) ? rhs : [rhs];
  for (let i = 0; i < list.length; i++) if (list[i] === lhs) return true;
  return false;
}

export function concat(lhs: unknown, rhs: unknown): string {
  const lstr = typeof lhs !== "undefined" ? (stringify(lhs) as string) : "";
  const rstr = typeof rhs !== "undefined" ? (stringify(rhs) as string) : "";
  return boundedText(lstr.concat(rstr));
}

/** Unary minus: D1002 names the operator's position; the D1001 of an infinite operand does not (as in jsonata). */
export function negate(value: unknown, position: number | undefined): number | undefined {
  if (typeof value === "undefined") return undefined;
  if (isNumeric(value)) return -value;
  throw failure("D1002", { position, token: "-", value });
}
