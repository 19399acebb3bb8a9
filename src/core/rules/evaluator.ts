import type { RuleRow } from "../definition/types";
import type { CompiledProcess, CompiledStep } from "../process";
import type { RuleBindings } from "./expression";
import { chain, type MaybePromise } from "./maybe-async";
import { routeNext, type NextDecision } from "./next";
import { matchOwner, type OwnerMatch } from "./owner";
import type { ClauseTrace } from "./trace";

/**
 * What a sync asks the rules about one row: where a finished step goes (`next`), or whom the row goes to at
 * a step (`owner`, before roles are resolved). Plain data, so it can cross to a worker and back.
 */
export interface RuleQuestion {
  readonly kind: "next" | "owner";
  /** The step's index in the process. */
  readonly step: number;
  /** The row as the rules see it. */
  readonly row: RuleRow;
  readonly rowId?: string;
  /** Keep the "why": every clause tried. */
  readonly trace: boolean;
  /**
   * The clock this question is asked at, when it is not the evaluator's: a backtest asks about many past
   * moments (each visit's own `$now`) through one evaluator, so one worker session and one time budget.
   */
  readonly bindings?: RuleBindings;
}

export type RuleAnswer =
  | { readonly kind: "next"; readonly decision: NextDecision; readonly trace?: readonly ClauseTrace[] }
  | {
      readonly kind: "owner";
      readonly match: OwnerMatch;
      /** The clauses tried up to the one that matched. */
      readonly trace?: readonly ClauseTrace[];
      /** The later clauses that would match too (docs/reliability.md R9). */
      readonly shadowed?: readonly ClauseTrace[];
    };

/** Answers a sync's rule questions: on this thread, or in a worker that a hard time limit can stop. */
export interface RuleEvaluator {
  /**
   * True when answers come later and should be asked for many rows before any is awaited (a worker answers
   * a batch per message). False: each row is awaited before the next is asked, as jsonata's clock needs.
   */
  readonly batches: boolean;
  answer(question: RuleQuestion): MaybePromise<RuleAnswer>;
  /** The sync is over (a worker may be kept for the next). */
  close?(): void;
}

/** Where a sync's rules run that may not run on its thread; given the process and the sync's bindings. */
export type RuleHost = (process: CompiledProcess, bindings: RuleBindings) => RuleEvaluator;

/** Answers a question on this thread, with the process's compiled rules (at the question's own clock, if it has one). */
export function answerHere(
  process: CompiledProcess,
  bindings: RuleBindings,
  q: RuleQuestion,
): MaybePromise<RuleAnswer> {
  const step = process.steps[q.step] as CompiledStep;
  const at = q.bindings ?? bindings;
  const trace: ClauseTrace[] | undefined = q.trace ? [] : undefined;
  if (q.kind === "next")
    return chain(routeNext(process, step, q.row, at, q.rowId, trace), (decision): RuleAnswer =>
      trace ? { kind: "next", decision, trace } : { kind: "next", decision },
    );
  const shadowed: ClauseTrace[] | undefined = q.trace ? [] : undefined;
  return chain(matchOwner(process, step, q.row, at, q.rowId, trace, shadowed), (match): RuleAnswer =>
    trace && shadowed ? { kind: "owner", match, trace, shadowed } : { kind: "owner", match },
  );
}

/** Every rule on the sync's own thread: the engine's default, and what a worker itself runs. */
export const inThread: RuleHost = (process, bindings) => ({
  batches: false,
  answer: (q) => answerHere(process, bindings, q),
});

/**
 * Whether a question about `step` may be answered on the sync's thread: every expression it can evaluate is
 * on the fast path, whose cost is bounded (rules/fast/README.md, Bounds). Otherwise it goes to the host.
 */
export function staysInThread(step: CompiledStep, kind: RuleQuestion["kind"]): boolean {
  if (kind === "next") return (step.next ?? []).every((c) => c.when?.inThread ?? true);
  return step.owner.every((c) => (c.when?.inThread ?? true) && (c.assignExpr?.inThread ?? true));
}
