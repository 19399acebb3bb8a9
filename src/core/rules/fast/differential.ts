import jsonata from "jsonata";
import type { DifferentialCase } from "./generate";
import { compileFast } from "./index";

/**
 * Runs one case through jsonata and through the fast path and says whether they agree: the same
 * value (sequences compared as arrays; NaN, ±Infinity, -0 and undefined told apart), or the same
 * error — code, position, token, message and offending value; for errors that are not jsonata's
 * (TypeErrors) the same class.
 */

/** A stable text for a value: jsonata sequences become plain arrays, and what JSON cannot say is spelled out. */
export function canonical(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number") {
    if (Object.is(value, -0)) return "-0";
    return Number.isFinite(value) ? JSON.stringify(value) : String(value);
  }
  if (typeof value === "function") return "<function>";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v: unknown) => canonical(v)).join(",")}]`;
  const o = value as Record<string, unknown>;
  return `{${Object.keys(o)
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(",")}}`;
}

function describeError(e: unknown): string {
  if (typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string") {
    const f = e as { code: string; position?: unknown; token?: unknown; message?: unknown; value?: unknown };
    return `error ${f.code} at ${String(f.position)} token ${String(f.token)} value ${canonical(f.value)}: ${String(f.message)}`;
  }
  return `error ${e instanceof Error ? e.constructor.name : typeof e}`;
}

export type Outcome =
  | { readonly kind: "fallback" }
  | { readonly kind: "invalid"; readonly detail: string }
  | { readonly kind: "agree" }
  | { readonly kind: "mismatch"; readonly jsonata: string; readonly fast: string };

export async function runCase(c: DifferentialCase): Promise<Outcome> {
  let expr: jsonata.Expression;
  try {
    // A generous timeout: the fast path has no clock, and a slow CI machine must not turn a case into D1012.
    expr = jsonata(c.source, { timeout: 10_000, stack: c.limits.stack, sequence: c.limits.sequence });
  } catch (e) {
    return { kind: "invalid", detail: describeError(e) };
  }
  const fast = compileFast(expr.ast(), c.limits);
  if (!fast) return { kind: "fallback" };
  let expected: string;
  try {
    expected = `value ${canonical(await expr.evaluate(c.row, c.bindings as unknown as Record<string, unknown>))}`;
  } catch (e) {
    expected = describeError(e);
  }
  let actual: string;
  try {
    const v = fast(c.row, c.bindings);
    actual = `value ${canonical(v)}`;
  } catch (e) {
    actual = describeError(e);
  }
  return expected === actual ? { kind: "agree" } : { kind: "mismatch", jsonata: expected, fast: actual };
}
