import { collapse, createSequence, isSequence, lookup, pushBounded, sequenceOf } from "./sequence";
import { isArrayOfNumbers, isNumeric, toBoolean } from "./values";

/** Bindings as the compiled tree reads them: `$name` is an own enumerable key (jsonata binds `Object.keys(bindings)`). */
export type Vars = Readonly<Record<string, unknown>>;
export type Evaluator = (input: unknown, vars: Vars) => unknown;

/** A predicate on a path step: a literal index (`a[0]`, `a[-1]`) or an expression evaluated per item. */
export type Stage =
  { readonly kind: "index"; readonly index: number } | { readonly kind: "filter"; readonly test: Evaluator };

export interface Step {
  readonly key: string;
  readonly stages: readonly Stage[];
}

/** jsonata's evaluateFilter. */
function filter(stage: Stage, input: unknown, vars: Vars, limit: number): unknown[] {
  let results: unknown[] = createSequence();
  const items = Array.isArray(input) ? input : sequenceOf(input);
  if (stage.kind === "index") {
    const index = stage.index < 0 ? items.length + stage.index : stage.index;
    const item: unknown = items[index];
    if (typeof item !== "undefined") {
      if (Array.isArray(item)) results = item;
      else pushBounded(results, item, limit);
    }
    return results;
  }
  for (let index = 0; index < items.length; index++) {
    const item: unknown = items[index];
    let res = stage.test(item, vars);
    if (isNumeric(res)) res = [res];
    if (isArrayOfNumbers(res)) {
      for (const n of res as number[]) {
        let ii = Math.floor(n);
        if (ii < 0) ii = items.length + ii;
        if (ii === index) pushBounded(results, item, limit);
      }
    } else if (toBoolean(res)) {
      pushBounded(results, item, limit);
    }
  }
  return results;
}

/** jsonata's evaluateStep for a field-name step. */
function step(s: Step, input: readonly unknown[], last: boolean, vars: Vars, limit: number): unknown[] {
  const result = createSequence();
  for (let i = 0; i < input.length; i++) {
    let res = collapse(lookup(input[i], s.key, limit));
    for (const stage of s.stages) res = filter(stage, res, vars, limit);
    if (typeof res !== "undefined") pushBounded(result, res, limit);
  }
  const only: unknown = result[0];
  if (last && result.length === 1 && Array.isArray(only) && !isSequence(only)) return only;
  const out = createSequence();
  for (let i = 0; i < result.length; i++) {
    const res: unknown = result[i];
    if (!Array.isArray(res) || (res as { cons?: unknown }).cons) {
      pushBounded(out, res, limit);
    } else {
      for (let j = 0; j < res.length; j++) pushBounded(out, res[j], limit);
    }
  }
  return out;
}

/** jsonata's evaluatePath from step `from` on, followed by the collapse its `evaluate` applies. */
function run(
  steps: readonly Step[],
  from: number,
  input: readonly unknown[],
  vars: Vars,
  limit: number,
): unknown {
  let inputSequence = input;
  let resultSequence: unknown[] | undefined;
  for (let i = from; i < steps.length; i++) {
    resultSequence = step(steps[i] as Step, inputSequence, i === steps.length - 1, vars, limit);
    if (resultSequence.length === 0) break;
    inputSequence = resultSequence;
  }
  return collapse(resultSequence);
}

/** fn.lookup on a single non-array value. */
export function ownField(input: unknown, key: string): unknown {
  if (input === null || typeof input !== "object" || !Object.prototype.hasOwnProperty.call(input, key))
    return undefined;
  const o = input as Record<string, unknown>;
  if (o._jsonata_function === true || o._jsonata_lambda === true) return undefined;
  return o[key];
}

/**
 * A path of field names. While every value on the way is a single non-array value, jsonata's
 * sequence machinery reduces to plain property reads (a one-item sequence in, a one-item sequence
 * out, collapsed at the end); the first array, or the first predicate, hands over to the literal port.
 */
export function pathEvaluator(steps: readonly Step[], limit: number): Evaluator {
  const last = steps.length - 1;
  if (steps.length === 1 && (steps[0] as Step).stages.length === 0) {
    const key = (steps[0] as Step).key;
    return (input, vars) => (Array.isArray(input) ? run(steps, 0, input, vars, limit) : ownField(input, key));
  }
  return (input, vars) => {
    if (Array.isArray(input)) return run(steps, 0, input, vars, limit);
    let current = input;
    for (let i = 0; i <= last; i++) {
      const s = steps[i] as Step;
      if (s.stages.length > 0) return run(steps, i, sequenceOf(current), vars, limit);
      const value = ownField(current, s.key);
      if (i === last) return value;
      if (typeof value === "undefined") return undefined;
      if (Array.isArray(value)) return run(steps, i, sequenceOf(current), vars, limit);
      current = value;
    }
    return undefined;
  };
}
