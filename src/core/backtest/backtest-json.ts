import { describeError } from "../error";
import type { Lang } from "../../words/lang";
import type { BacktestResult } from "./backtest";

/** `procsheet backtest --json` (docs/specification.md §3.13): exactly these keys, lists in History order. */
export interface BacktestJson {
  readonly cases: number;
  readonly visits: number;
  readonly ownerChanges: readonly BacktestJsonChange[];
  readonly nextChanges: readonly BacktestJsonChange[];
  readonly byAssignee: Readonly<Record<string, { readonly before: number; readonly after: number }>>;
  readonly errors: readonly {
    readonly caseId: string;
    readonly step: string | null;
    readonly message: string;
  }[];
}

export interface BacktestJsonChange {
  readonly caseId: string;
  readonly step: string;
  readonly before: string | null;
  readonly after: string | null;
}

/**
 * The backtest as JSON: changes without their "why", errors as one line each — prefixed `current:` or
 * `draft:` when one definition's rule failed (the command's argument names), without the case ID the
 * entry already carries.
 */
export function backtestJson(r: BacktestResult, lang: Lang = "en"): BacktestJson {
  const plain = ({ caseId, step, before, after }: BacktestJsonChange): BacktestJsonChange => ({
    caseId,
    step,
    before,
    after,
  });
  return {
    cases: r.cases,
    visits: r.visits,
    ownerChanges: r.ownerChanges.map(plain),
    nextChanges: r.nextChanges.map(plain),
    byAssignee: r.byAssignee,
    errors: r.errors.map((e) => {
      const { rowId: _rowId, ...error } = e.error;
      const text = describeError(error, lang);
      return { caseId: e.caseId, step: e.step, message: e.side ? `${e.side}: ${text}` : text };
    }),
  };
}
