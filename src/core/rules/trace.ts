import type { ProcsheetError } from "../result";

/** One clause as tried for one row: the "why" of a routing decision. */
export interface ClauseTrace {
  /** e.g. `steps[3].owner[1]` */
  readonly path: string;
  readonly when?: string;
  /** "shadowed": it would match too, but an earlier clause came first (listed only after the match). */
  readonly outcome: "matched" | "not-matched" | "error" | "shadowed";
  /** What `when` gave (not-matched), or what the clause decided (matched), as JSON-ish text. */
  readonly value?: string;
  /** What a matched next rule decided: a step id or `end` (the pane names it in the reader's language). */
  readonly goto?: string;
  /** What a matched owner rule decided: the person, and the role it went through. */
  readonly owner?: string;
  readonly role?: string;
  /** The owner decided is away until this date (People): a rule named them, or their whole role is away. */
  readonly away?: string;
  /** Every member of the least-busy role is away: the least busy of them all was picked. */
  readonly allAway?: boolean;
  /** The failure of an "error" line, to say in the reader's language. */
  readonly error?: ProcsheetError;
}

export interface RowTrace {
  readonly next?: readonly ClauseTrace[];
  readonly owner?: readonly ClauseTrace[];
}

/** Renders a value for a trace line, short enough for a task pane. */
export function traceValue(v: unknown): string {
  if (v === undefined) return "undefined";
  const s = typeof v === "string" ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
