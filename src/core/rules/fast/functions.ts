import { failure } from "./errors";
import { parseSignature, type Signature } from "./signature";
import { toMillis } from "./to-millis";
import { isFunctionValue, stringify, toBoolean } from "./values";

/**
 * The built-ins the fast path runs, with jsonata 2.2.2's signatures (jsonata.js `staticFrame.bind`)
 * and implementations (functions.js) ported unchanged. Every other function sends the whole
 * expression back to jsonata.
 */
export interface BuiltIn {
  readonly signature: Signature;
  /** Most arguments the fast path accepts in the AST; more need code the subset leaves out (e.g. a `$toMillis` picture). */
  readonly maxArgs: number;
  /** The implementation on validated arguments (every signature here has at most three parameters). */
  readonly impl: (a: unknown, b: unknown, c: unknown) => unknown;
}

/** utils.stringToArray: code points, so astral characters count once. */
function codePoints(str: string): string[] {
  const arr: string[] = [];
  for (const ch of str) arr.push(ch);
  return arr;
}

// The signature `<a<n>>` has already proved `arr` undefined or an array of numbers.
function sum(arr: unknown): unknown {
  if (typeof arr === "undefined") return undefined;
  let total = 0;
  for (const n of arr as number[]) total += n;
  return total;
}

function average(arr: unknown): unknown {
  if (typeof arr === "undefined" || (arr as number[]).length === 0) return undefined;
  let total = 0;
  for (const n of arr as number[]) total += n;
  return total / (arr as number[]).length;
}

function extreme(pick: (...values: number[]) => number): (arr: unknown) => unknown {
  return (arr) => {
    if (typeof arr === "undefined" || (arr as number[]).length === 0) return undefined;
    // jsonata spreads through Function.prototype.apply too, so both meet the engine's argument limit alike.
    return pick.apply(Math, arr as number[]);
  };
}

function substring(s: unknown, from: unknown, len: unknown): unknown {
  if (typeof s === "undefined") return undefined;
  let start = from as number;
  const length = len as number | undefined;
  const strArray = codePoints(s as string);
  const strLength = strArray.length;
  if (strLength + start < 0) start = 0;
  if (typeof length !== "undefined") {
    if (length <= 0) return "";
    const end = start >= 0 ? start + length : strLength + start + length;
    return strArray.slice(start, end).join("");
  }
  return strArray.slice(start).join("");
}

const DECIMAL = /^-?[0-9]+(\.[0-9]+)?([Ee][-+]?[0-9]+)?$/;
// Sic: the alternation is not grouped, so the first branch only anchors at the start and the last at the end.
const PREFIXED = /^(0[xX][0-9A-Fa-f]+)|(0[oO][0-7]+)|(0[bB][0-1]+)$/;

function number(arg: unknown): unknown {
  if (typeof arg === "undefined") return undefined;
  if (typeof arg === "number") return arg;
  if (
    typeof arg === "string" &&
    DECIMAL.test(arg) &&
    !Number.isNaN(parseFloat(arg)) &&
    Number.isFinite(Number(arg))
  )
    return parseFloat(arg);
  if (typeof arg === "string" && PREFIXED.test(arg)) return Number(arg);
  if (arg === true) return 1;
  if (arg === false) return 0;
  throw failure("D3030", { value: arg, index: 1 });
}

function contains(str: unknown, token: unknown): unknown {
  if (typeof str === "undefined" || typeof token === "undefined") return undefined;
  if (typeof token === "string") return (str as string).indexOf(token) !== -1;
  // Only data flagged `_jsonata_function` gets here; jsonata would call it as a matcher and fail inside
  // its own machinery with a TypeError. Fail the same way, without pretending to know its message.
  throw new TypeError(
    "$contains: the second argument is a jsonata function marker from the data, which cannot be called",
  );
}

function define(
  signature: string,
  maxArgs: number,
  impl: (a: unknown, b: unknown, c: unknown) => unknown,
): BuiltIn {
  return { signature: parseSignature(signature), maxArgs, impl };
}

const ANY = Number.POSITIVE_INFINITY;

export const BUILT_INS: ReadonlyMap<string, BuiltIn> = new Map<string, BuiltIn>([
  ["sum", define("<a<n>:n>", ANY, sum)],
  ["count", define("<a:n>", ANY, (arr) => (typeof arr === "undefined" ? 0 : (arr as unknown[]).length))],
  ["max", define("<a<n>:n>", ANY, extreme(Math.max))],
  ["min", define("<a<n>:n>", ANY, extreme(Math.min))],
  ["average", define("<a<n>:n>", ANY, average)],
  ["string", define("<x-b?:s>", ANY, (arg, prettify) => stringify(arg, prettify === true))],
  ["substring", define("<s-nn?:s>", ANY, substring)],
  [
    "lowercase",
    define("<s-:s>", ANY, (s) => (typeof s === "undefined" ? undefined : (s as string).toLowerCase())),
  ],
  [
    "uppercase",
    define("<s-:s>", ANY, (s) => (typeof s === "undefined" ? undefined : (s as string).toUpperCase())),
  ],
  [
    "length",
    define("<s-:n>", ANY, (s) => (typeof s === "undefined" ? undefined : codePoints(s as string).length)),
  ],
  ["number", define("<(nsb)-:n>", ANY, number)],
  ["exists", define("<x:b>", ANY, (arg) => typeof arg !== "undefined")],
  ["boolean", define("<x-:b>", ANY, (arg) => toBoolean(arg))],
  ["not", define("<x-:b>", ANY, (arg) => (typeof arg === "undefined" ? undefined : !toBoolean(arg)))],
  ["contains", define("<s-(sf):b>", ANY, contains)],
  // A second argument is a picture string, parsed by code the fast path does not port.
  ["toMillis", define("<s-s?:n>", 1, (s) => (typeof s === "undefined" ? undefined : toMillis(s as string)))],
]);

/**
 * Every name jsonata 2.2.2 binds before the user's bindings are consulted: the built-ins, plus `$now`
 * and `$millis` (per-expression functions). A variable with one of these names is a function value,
 * which the fast path does not represent — except `$now`, which Procsheet always shadows with a binding.
 */
export const JSONATA_FUNCTION_NAMES: ReadonlySet<string> = new Set(
  (
    "sum count max min average string substring substringBefore substringAfter lowercase uppercase length trim pad match " +
    "contains replace split join formatNumber formatBase formatInteger parseInteger number floor ceil round abs sqrt power " +
    "random boolean not map zip filter single reduce sift keys lookup append exists spread merge reverse each error assert " +
    "type sort shuffle distinct base64encode base64decode encodeUrlComponent encodeUrl decodeUrlComponent decodeUrl eval " +
    "toMillis fromMillis clone now millis"
  ).split(" "),
);

/**
 * What evaluateFunction does with an argument that is a function value: wrap it in a closure whose
 * arity it reads first (utils.getFunctionArity). In the subset the only function values are data
 * objects carrying jsonata's flags; reading their arity can fail with the TypeError jsonata gets.
 */
export function wrapFunctionArgument(arg: unknown): unknown {
  if (!isFunctionValue(arg) || typeof arg === "function") return arg;
  const f = arg as { arity?: unknown; implementation?: unknown; length?: unknown; arguments?: unknown };
  let arity: unknown;
  if (typeof f.arity === "number") arity = f.arity;
  else if (typeof f.implementation === "function")
    arity = (f.implementation as (...a: unknown[]) => unknown).length;
  else if (typeof f.length === "number") arity = f.length;
  else {
    const declared = f.arguments;
    if (declared === undefined || declared === null)
      throw new TypeError(`Cannot read properties of ${String(declared)} (reading 'length')`);
    arity = (declared as { length?: unknown }).length;
  }
  const closure = (): never => {
    throw new TypeError("a jsonata function marker from the data cannot be called");
  };
  return Object.assign(closure, { arity });
}
