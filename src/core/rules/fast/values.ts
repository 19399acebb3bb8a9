import { MAX_TEXT } from "../limits";
import { boundedText, textTooLong } from "../text-bounds";
import { failure } from "./errors";
import { isSequence } from "./sequence";

/**
 * Value predicates and casts shared by operators and functions, ported from jsonata 2.2.2
 * (utils.js and functions.js). They keep jsonata's quirks on purpose: `isNumeric` throws D1001 on
 * ±Infinity, `$boolean` visits every item of an array (so a later Infinity still throws), and data
 * objects carrying jsonata's internal `_jsonata_function` / `_jsonata_lambda` flags count as functions.
 */

/** utils.isNumeric: a number that is not NaN; ±Infinity is an error, not `false`. */
export function isNumeric(n: unknown): n is number {
  if (typeof n !== "number") return false;
  if (Number.isNaN(n)) return false;
  if (!Number.isFinite(n)) throw failure("D1001", { value: n });
  return true;
}

/** utils.isFunction. */
export function isFunctionValue(arg: unknown): boolean {
  if (typeof arg === "function") return true;
  if (typeof arg !== "object" || arg === null) return false;
  const o = arg as { _jsonata_function?: unknown; _jsonata_lambda?: unknown };
  return o._jsonata_function === true || o._jsonata_lambda === true;
}

/** utils.isArrayOfNumbers (isNumeric on every item, so it can throw D1001). */
export function isArrayOfNumbers(arg: unknown): boolean {
  if (!Array.isArray(arg)) return false;
  let ok = true;
  for (let i = 0; i < arg.length; i++) if (!isNumeric(arg[i])) ok = false;
  return ok;
}

/** fn.boolean: jsonata's effective boolean value; `undefined` in, `undefined` out. */
export function toBoolean(arg: unknown): boolean | undefined {
  if (typeof arg === "boolean") return arg;
  if (typeof arg === "undefined") return undefined;
  if (Array.isArray(arg)) {
    if (arg.length === 1) return toBoolean(arg[0]);
    if (arg.length > 1) {
      let trues = 0;
      for (let i = 0; i < arg.length; i++) if (toBoolean(arg[i])) trues++;
      return trues > 0;
    }
    return false;
  }
  if (typeof arg === "string") return arg.length > 0;
  if (isNumeric(arg)) return arg !== 0;
  if (arg !== null && typeof arg === "object" && !isFunctionValue(arg)) return Object.keys(arg).length > 0;
  return false;
}

/** evaluateBooleanExpression's `boolize`. */
export function boolize(value: unknown): boolean {
  return toBoolean(value) ?? false;
}

/**
 * utils.isDeepEqual. An array meeting a plain object is compared by own property names, as jsonata
 * does; a jsonata sequence always carries an own `push` function there (the engine always sets a
 * sequence bound), so it can never equal data.
 */
export function deepEqual(lhs: unknown, rhs: unknown): boolean {
  if (lhs === rhs) return true;
  if (typeof lhs !== "object" || typeof rhs !== "object" || lhs === null || rhs === null) return false;
  const la = Array.isArray(lhs);
  const ra = Array.isArray(rhs);
  if (la && ra) {
    if (lhs.length !== rhs.length) return false;
    for (let i = 0; i < lhs.length; i++) if (!deepEqual(lhs[i], rhs[i])) return false;
    return true;
  }
  if ((la && isSequence(lhs)) || (ra && isSequence(rhs))) return false;
  const lkeys = Object.getOwnPropertyNames(lhs).sort();
  const rkeys = Object.getOwnPropertyNames(rhs).sort();
  if (lkeys.length !== rkeys.length) return false;
  for (let i = 0; i < lkeys.length; i++) if (lkeys[i] !== rkeys[i]) return false;
  const l = lhs as Record<string, unknown>;
  const r = rhs as Record<string, unknown>;
  for (const key of lkeys) if (!deepEqual(l[key], r[key])) return false;
  return true;
}

function jsonReplacer(_key: string, val: unknown): unknown {
  if (typeof val !== "undefined" && val !== null && isNumeric(val)) {
    return !Number.isInteger(val) ? Number(val.toPrecision(15)) : val;
  }
  return val && isFunctionValue(val) ? "" : val;
}

/**
 * fn.string: text as is, numbers to 15 significant digits, everything else as JSON — at most MAX_TEXT
 * characters (U1004). The JSON is counted while it is built, so a structure whose text would be huge (an
 * array holding one big array many times) stops early instead of filling memory first.
 */
export function stringify(arg: unknown, prettify = false): string | undefined {
  if (typeof arg === "undefined") return undefined;
  if (typeof arg === "string") return arg;
  if (isFunctionValue(arg)) return "";
  if (typeof arg === "number") {
    if (!Number.isFinite(arg)) throw failure("D3001", { value: arg });
    return String(Number.isInteger(arg) ? arg : Number(arg.toPrecision(15)));
  }
  let target = arg;
  if (Array.isArray(target) && (target as { outerWrapper?: unknown }).outerWrapper) target = target[0];
  let left = MAX_TEXT;
  const counted = (key: string, val: unknown): unknown => {
    const v = jsonReplacer(key, val);
    // At least one character per value and its text per string: a lower bound on what the JSON will hold.
    left -= typeof v === "string" ? v.length + 1 : 1;
    if (left < 0) throw textTooLong();
    return v;
  };
  // JSON.stringify(undefined) is undefined; only reachable through the input wrapper, as in jsonata.
  const text = JSON.stringify(target, counted, prettify ? 2 : 0) as string | undefined;
  return text === undefined ? text : boundedText(text);
}
