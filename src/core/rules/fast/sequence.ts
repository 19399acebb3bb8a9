import { failure } from "./errors";

/**
 * jsonata's sequences: arrays flagged `sequence: true` that the evaluator flattens into their
 * parent and collapses when they hold 0 or 1 items, unlike arrays from the data or from `[...]`,
 * which are kept as they are. The flag is a plain own property, as in jsonata, so the two
 * evaluators build values of the same shape.
 */
export type Sequence = unknown[] & { sequence: true; outerWrapper?: true };

export function isSequence(value: unknown): value is Sequence {
  return Array.isArray(value) && (value as { sequence?: unknown }).sequence === true;
}

export function createSequence(): Sequence {
  const s = [] as unknown[] as Sequence;
  s.sequence = true;
  return s;
}

export function sequenceOf(item: unknown): Sequence {
  const s = createSequence();
  s.push(item);
  return s;
}

/**
 * jsonata's bounded `push` (createSequence with the `sequence` option): the error names the bound,
 * not the size reached.
 */
export function pushBounded(s: unknown[], item: unknown, limit: number): void {
  if (s.length + 1 > limit) throw failure("D2015", { value: limit });
  s.push(item);
}

/** The tail of jsonata's `evaluate`: an empty sequence is nothing, a singleton sequence its item. */
export function collapse(result: unknown): unknown {
  if (isSequence(result)) {
    if (result.length === 0) return undefined;
    if (result.length === 1) return result[0];
  }
  return result;
}

function isFunctionFlagged(o: object): boolean {
  const f = o as { _jsonata_function?: unknown; _jsonata_lambda?: unknown };
  return f._jsonata_function === true || f._jsonata_lambda === true;
}

/** fn.lookup: a field of an object, or of every object in an array (one level of results flattened). */
export function lookup(input: unknown, key: string, limit: number): unknown {
  if (Array.isArray(input)) {
    const result = createSequence();
    for (let i = 0; i < input.length; i++) {
      const res = lookup(input[i], key, limit);
      if (typeof res === "undefined") continue;
      if (Array.isArray(res)) {
        for (let j = 0; j < res.length; j++) pushBounded(result, res[j], limit);
      } else {
        pushBounded(result, res, limit);
      }
    }
    return result;
  }
  if (
    input !== null &&
    typeof input === "object" &&
    Object.prototype.hasOwnProperty.call(input, key) &&
    !isFunctionFlagged(input)
  ) {
    return (input as Record<string, unknown>)[key];
  }
  return undefined;
}

/** fn.append as the array constructor calls it: `arr` is always an array there; the result is a plain array. */
export function append(arr: unknown[], value: unknown, limit: number): unknown[] {
  if (typeof value === "undefined") return arr;
  const more = Array.isArray(value) ? value : [value];
  const size = arr.length + more.length;
  if (size > limit) throw failure("D2015", { value: size });
  return arr.concat(more);
}

/** jsonata caps any range at 1e7 items, whatever the sequence bound. */
const RANGE_CAP = 1e7;

/** evaluateRangeExpression: `[lhs..rhs]` as a sequence of integers. */
export function range(lhs: unknown, rhs: unknown, limit: number): Sequence | undefined {
  if (typeof lhs !== "undefined" && !Number.isInteger(lhs)) throw failure("T2003", { value: lhs });
  if (typeof rhs !== "undefined" && !Number.isInteger(rhs)) throw failure("T2004", { value: rhs });
  if (typeof lhs !== "number" || typeof rhs !== "number") return undefined;
  if (lhs > rhs) return undefined;
  const size = rhs - lhs + 1;
  if (size > RANGE_CAP) throw failure("D2014", { value: size });
  if (size > limit) throw failure("D2015", { value: size });
  const result = new Array<unknown>(size) as Sequence;
  for (let item = lhs, index = 0; item <= rhs; item++, index++) result[index] = item;
  result.sequence = true;
  return result;
}
