import { placeOf } from "../definition/place";
import type { ProcessDefinition } from "../definition/types";
import { describeError } from "../error";
import type { ProcsheetError } from "../result";
import type { Lang } from "../../words/lang";
import type { BacktestResult, Side } from "./backtest";

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

/** The two definitions the backtest compared, so an error can name its rule as a person reads it. */
export interface BacktestDefinitions {
  readonly current: ProcessDefinition;
  readonly draft: ProcessDefinition;
}

/**
 * A rule error as the sync shows it: where it is in words (owner rule 1 of “Review”, its condition), then
 * what went wrong — in the reader's language, without the case ID the entry carries.
 */
function errorText(error: ProcsheetError, lang: Lang, definition: ProcessDefinition | undefined): string {
  const { rowId: _rowId, ...rest } = error;
  const text = describeError(rest, lang);
  // A whole rule list's error (no clause matched) names its step in its own words already.
  const clause = error.path !== undefined && /\.(owner|next)\[\d+\]/.test(error.path);
  const place = clause && definition && error.path ? placeOf(error.path, definition, lang) : undefined;
  return place ? `${place}${lang === "zh-CN" ? "：" : ": "}${text}` : text;
}

/**
 * The backtest as JSON: changes without their "why", errors as one line each in `lang` — prefixed
 * `current:` or `draft:` when one definition's rule failed (the command's argument names), the rule named
 * by its step, number and part, without the case ID the entry already carries.
 */
export function backtestJson(r: BacktestResult, lang: Lang, definitions: BacktestDefinitions): BacktestJson {
  const plain = ({ caseId, step, before, after }: BacktestJsonChange): BacktestJsonChange => ({
    caseId,
    step,
    before,
    after,
  });
  const of = (side: Side | undefined): ProcessDefinition | undefined =>
    side === undefined ? undefined : definitions[side];
  return {
    cases: r.cases,
    visits: r.visits,
    ownerChanges: r.ownerChanges.map(plain),
    nextChanges: r.nextChanges.map(plain),
    byAssignee: r.byAssignee,
    errors: r.errors.map((e) => {
      const text = errorText(e.error, lang, of(e.side));
      return { caseId: e.caseId, step: e.step, message: e.side ? `${e.side}: ${text}` : text };
    }),
  };
}
