/**
 * Bounds on one rule evaluation (process-format.md §3.8). jsonata ≥ 2.2 enforces them itself:
 * D1011 (depth), D1012 (time per evaluate call), D2015 (sequence length).
 */
export interface RuleLimits {
  /** Milliseconds per evaluation. */
  readonly timeoutMs: number;
  /** Maximum evaluation depth. */
  readonly stack: number;
  /** Maximum length of any intermediate sequence. */
  readonly sequence: number;
}

// 1 s per evaluation: a garbage-collection pause on a large register can stall one evaluate call for
// hundreds of milliseconds (measured at 1M rows, see bench/rules-path.mjs), which must not fail a row.
export const DEFAULT_LIMITS: RuleLimits = { timeoutMs: 1000, stack: 300, sequence: 100_000 };

/** JSONata codes that mean "a bound was hit" rather than "the rule is wrong". */
export const LIMIT_CODES: ReadonlySet<string> = new Set([
  "D1011",
  "D1012",
  "D2014",
  "D2015",
  "U1001",
  "U1003",
]);
