/**
 * Bounds on one rule evaluation (docs/specification.md §3.8). jsonata ≥ 2.2 enforces the first three itself:
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

/**
 * The longest text a rule may build (`&`, `$string`, `$join`, `$replace`, on both evaluators): U1004 beyond.
 * Thirty times an Excel cell (32,767 characters), and small enough that building one costs well under a
 * millisecond; a string doubled 28 times, or a 100-million-character `$replace`, stops at once.
 */
export const MAX_TEXT = 100_000;

/**
 * A rule evaluation that runs off the main thread (src/rule-worker) and shows no sign of life for this long
 * is stopped: its worker is ended and replaced, and the row gets RULE_LIMIT. Twice jsonata's own time bound,
 * so only work jsonata's clock cannot interrupt (a regular expression, one native string call) reaches it.
 */
export const HARD_LIMIT_MS = 2000;

/**
 * What one sync may spend waiting on evaluations that were then stopped. Once it is spent, rows whose rules
 * need the worker are not tried again in that sync: they carry RULE_LIMIT and keep their cells.
 */
export const STOPPED_BUDGET_MS = 10_000;

/** JSONata codes that mean "a bound was hit" rather than "the rule is wrong". */
export const LIMIT_CODES: ReadonlySet<string> = new Set([
  "D1011",
  "D1012",
  "D2014",
  "D2015",
  "U1001",
  "U1003",
  "U1004",
]);
