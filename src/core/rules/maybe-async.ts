/**
 * Rules evaluate through jsonata (always a promise) or the fast path (a plain value). Code above them
 * stays synchronous until a promise actually appears, so a million fast-path rows never touch the
 * microtask queue.
 */
export type MaybePromise<T> = T | Promise<T>;

export function isThenable<T>(v: unknown): v is PromiseLike<T> {
  return typeof v === "object" && v !== null && typeof (v as { then?: unknown }).then === "function";
}

/** `f(x)` now if `x` is a value, later if it is a promise. */
export function chain<T, U>(x: MaybePromise<T>, f: (v: T) => MaybePromise<U>): MaybePromise<U> {
  return isThenable<T>(x) ? Promise.resolve(x).then(f) : f(x);
}

/** Runs `evaluate` and hands its value or its failure to the continuations, sync or async alike. */
export function attempt<U>(
  evaluate: () => unknown,
  onValue: (v: unknown) => MaybePromise<U>,
  onError: (e: unknown) => MaybePromise<U>,
): MaybePromise<U> {
  let v: unknown;
  try {
    v = evaluate();
  } catch (e) {
    return onError(e);
  }
  return isThenable(v) ? Promise.resolve(v).then(onValue, onError) : onValue(v);
}
