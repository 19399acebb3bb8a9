import jsonata from "jsonata";
import "../../words/rule-language";
import { say } from "../../words/say";
import { MAX_TEXT } from "./limits";
import { stringify } from "./fast/values";
import { boundedText, textTooLong } from "./text-bounds";

/**
 * jsonata's built-ins that build text in one native call or an uninterruptible loop, replaced by the same
 * functions with their output bounded (docs/specification.md §3.8): jsonata's clock cannot stop them, and
 * without a bound one row could fill the memory of the pane (`$replace` of 100 million characters took 3.5 s
 * and 1 GB). Each is jsonata 2.2.2's own (functions.js), line for line, plus the bound.
 */

/**
 * The widest `$pad` a rule may ask for. jsonata's own builds the whole string in one native call, which its
 * time bound cannot interrupt: `$pad("x", 1e8)` takes seconds and 2 GB (docs/reliability.md R5). No owner, step
 * or date needs more than this.
 */
export const MAX_PAD = 10_000;

/** The name `&` is evaluated under once it is a function call (see rewriteConcat). */
const CONCAT = "&";

function disabledEval(): never {
  // `$eval` would run text the template author never showed us, past any review (docs/reliability.md X4).
  throw { code: "U1002", message: say("jsonata.U1002", {}, "en") };
}

const codePoints = (s: string): string[] => Array.from(s);

/** jsonata 2.2.2's `$pad` (functions.js), with the width capped. */
function cappedPad(str: unknown, width: unknown, char?: unknown): string | undefined {
  if (typeof str !== "string") return undefined;
  const w = Math.trunc(width as number);
  if (Math.abs(w) > MAX_PAD)
    throw {
      code: "U1003",
      value: w,
      message: say("jsonata.U1003", { value: String(w) }, "en"),
    };
  const fill = typeof char === "string" && char.length > 0 ? char : " ";
  const padLength = Math.abs(w) - codePoints(str).length;
  if (!(padLength > 0)) return str;
  let padding = new Array(padLength + 1).join(fill);
  if (fill.length > 1) padding = codePoints(padding).slice(0, padLength).join("");
  return w > 0 ? str + padding : padding + str;
}

/**
 * `$string`: the fast path's port of fn.string, which counts the JSON it builds. The default keeps the
 * function's `length` at 1, as jsonata's own: higher-order functions pass as many arguments as it says.
 */
function boundedString(arg: unknown, prettify: unknown = false): string | undefined {
  return stringify(arg, prettify === true);
}

/** `a & b` (evaluateStringConcat), once rewriteConcat has made it a call. */
function boundedConcat(lhs: unknown, rhs: unknown): string {
  const l = typeof lhs !== "undefined" ? (stringify(lhs) as string) : "";
  const r = typeof rhs !== "undefined" ? (stringify(rhs) as string) : "";
  return boundedText(l.concat(r));
}

/** `$join`: the length is added up before anything is joined. */
function boundedJoin(strs: unknown, separator?: unknown): string | undefined {
  if (typeof strs === "undefined") return undefined;
  const list = strs as string[];
  const sep = typeof separator === "undefined" ? "" : (separator as string);
  let length = sep.length * Math.max(0, list.length - 1);
  for (const s of list) length += s.length;
  if (length > MAX_TEXT) throw textTooLong();
  return list.join(sep);
}

interface Match {
  readonly match: string;
  readonly start: number;
  readonly end: number;
  readonly groups: readonly (string | undefined)[];
  readonly next: () => unknown;
}

type Matcher = (str: string) => unknown;

function isFunction(v: unknown): boolean {
  if (typeof v === "function") return true;
  const o = v as { _jsonata_function?: unknown; _jsonata_lambda?: unknown } | null;
  return !!o && (o._jsonata_function === true || o._jsonata_lambda === true);
}

/** functions.js `evaluateMatcher`. */
async function evaluateMatcher(matcher: Matcher, str: string): Promise<Match | undefined> {
  const result = (await matcher(str)) as Partial<Match> | undefined;
  if (
    result &&
    !(
      typeof result.start === "number" ||
      // jsonata's own test (`result.end === 'number'`), kept as it is.
      (result.end as unknown) === "number" ||
      Array.isArray(result.groups) ||
      isFunction(result.next)
    )
  )
    throw { code: "T1010" };
  return result as Match | undefined;
}

/** Appends `piece` to `text`, failing as soon as the result would pass MAX_TEXT. */
function grow(text: string, piece: string): string {
  if (text.length + piece.length > MAX_TEXT) throw textTooLong();
  return text + piece;
}

/** The string-replacement form of `$replace`: `$0`, `$1`… stand for the match and its groups. */
function substituteFor(replacement: string): (m: Match) => string {
  return (m) => {
    let substitute = "";
    let position = 0;
    let index = replacement.indexOf("$", position);
    while (index !== -1 && position < replacement.length) {
      substitute = grow(substitute, replacement.substring(position, index));
      position = index + 1;
      const dollarVal = replacement.charAt(position);
      if (dollarVal === "$") {
        substitute = grow(substitute, "$");
        position++;
      } else if (dollarVal === "0") {
        substitute = grow(substitute, m.match);
        position++;
      } else {
        const maxDigits = m.groups.length === 0 ? 1 : Math.floor(Math.log(m.groups.length) * Math.LOG10E) + 1;
        index = parseInt(replacement.substring(position, position + maxDigits), 10);
        if (maxDigits > 1 && index > m.groups.length)
          index = parseInt(replacement.substring(position, position + maxDigits - 1), 10);
        if (!isNaN(index)) {
          if (m.groups.length > 0) {
            const submatch = m.groups[index - 1];
            if (typeof submatch !== "undefined") substitute = grow(substitute, submatch);
          }
          position += index.toString().length;
        } else {
          substitute = grow(substitute, "$");
        }
      }
      index = replacement.indexOf("$", position);
    }
    return grow(substitute, replacement.substring(position));
  };
}

/** `$replace`, with the text it builds (and each substitute) bounded as it grows. */
async function boundedReplace(
  str: unknown,
  pattern: unknown,
  replacement: unknown,
  limit?: unknown,
): Promise<string | undefined> {
  if (typeof str === "undefined") return undefined;
  const s = str as string;
  if (pattern === "") throw { code: "D3010", value: pattern, index: 2 };
  if ((limit as number) < 0) throw { code: "D3011", value: limit, index: 4 };
  const replacer =
    typeof replacement === "string" ? substituteFor(replacement) : (replacement as (m: Match) => unknown);
  const max = typeof limit === "undefined" ? Infinity : (limit as number);
  if (!(max > 0)) return s;
  let result = "";
  let position = 0;
  let count = 0;
  if (typeof pattern === "string") {
    let index = s.indexOf(pattern, position);
    while (index !== -1 && count < max) {
      result = grow(result, s.substring(position, index));
      // jsonata adds the replacement as it is here (`result += replacement`), without `$` substitutions.
      result = grow(result, String(replacement));
      position = index + pattern.length;
      count++;
      index = s.indexOf(pattern, position);
    }
    return grow(result, s.substring(position));
  }
  let m = await evaluateMatcher(pattern as Matcher, s);
  if (typeof m === "undefined") return s;
  while (typeof m !== "undefined" && count < max) {
    result = grow(result, s.substring(position, m.start));
    const replacedWith = await replacer(m);
    if (typeof replacedWith !== "string") throw { code: "D3012", value: replacedWith };
    result = grow(result, replacedWith);
    position = m.start + m.match.length;
    count++;
    m = await evaluateMatcher(m.next as Matcher, s);
  }
  return grow(result, s.substring(position));
}

type Builtin = { readonly implementation: (...args: unknown[]) => unknown };
let fromMillis: Promise<Builtin> | undefined;

/** A width past MAX_TEXT in a picture's markers (`[Y,1000000000]`): jsonata pads to it in one native call. */
function pictureTooWide(picture: string): boolean {
  for (const marker of picture.matchAll(/\[([^\]]*)\]/g)) {
    const widths = (marker[1] ?? "").split(",").slice(1).join(",");
    for (const n of widths.matchAll(/\d+/g)) if (Number(n[0]) > MAX_TEXT) return true;
  }
  return false;
}

/** `$fromMillis`, refusing a picture that asks for a width past MAX_TEXT; jsonata's own otherwise. */
async function boundedFromMillis(
  this: unknown,
  millis: unknown,
  picture: unknown,
  timezone: unknown,
): Promise<unknown> {
  if (typeof picture === "string" && pictureTooWide(picture)) throw textTooLong();
  fromMillis ??= jsonata("$fromMillis").evaluate({}) as Promise<Builtin>;
  return (await fromMillis).implementation.call(this, millis, picture, timezone);
}

/**
 * Turns every `a & b` in a parsed expression into a call of the bounded concatenation, in place: jsonata
 * evaluates `&` inside its evaluator, where no registered function can reach it. The call keeps the
 * operator's position and token (`&`), and its operands are evaluated in the same order, so values and
 * errors are jsonata's own (the conformance suite checks it).
 */
function rewriteConcat(node: unknown, seen: Set<object>): void {
  if (typeof node !== "object" || node === null || seen.has(node)) return;
  seen.add(node);
  for (const value of Object.values(node)) rewriteConcat(value, seen);
  const n = node as Record<string, unknown>;
  if (n.type !== "binary" || n.value !== "&") return;
  const { lhs, rhs, position } = n;
  delete n.lhs;
  delete n.rhs;
  n.type = "function";
  n.value = "(";
  n.arguments = [lhs, rhs];
  n.procedure = { type: "variable", value: CONCAT, position };
}

/**
 * Puts Procsheet's bounds on a compiled jsonata expression: `$eval` disabled; `$pad` capped at MAX_PAD;
 * `&`, `$string`, `$join`, `$replace` and `$fromMillis`'s picture widths bounded at MAX_TEXT characters
 * (U1004).
 */
export function boundJsonata(expr: jsonata.Expression): void {
  expr.registerFunction("eval", disabledEval);
  expr.registerFunction("pad", cappedPad, "<s-ns?:s>");
  expr.registerFunction("string", boundedString, "<x-b?:s>");
  expr.registerFunction("join", boundedJoin, "<a<s>s?:s>");
  expr.registerFunction("replace", boundedReplace, "<s-(sf)(sf)n?:s>");
  expr.registerFunction("fromMillis", boundedFromMillis, "<n-s?s?:s>");
  expr.registerFunction(CONCAT, boundedConcat);
  rewriteConcat(expr.ast(), new Set());
}
