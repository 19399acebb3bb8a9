import type { RuleRow } from "../definition/types";
import type { CompiledProcess } from "../process";
import type { ProcsheetError } from "../result";
import { dayOf, formatDate, formatDateTime, MS_PER_DAY, parseLocal } from "../time/local-time";
import type { RuleBindings } from "./expression";
import { routeNext } from "./next";
import { routeOwner } from "./owner";
import type { ClauseTrace } from "./trace";
import { Workload } from "./workload";

/** Everything the rules say about one row at one step, with the "why" of each decision. */
export interface RowExplanation {
  readonly step: string;
  readonly owner?: { readonly person: string; readonly role?: string };
  readonly ownerError?: ProcsheetError;
  readonly next?: string;
  readonly nextError?: ProcsheetError;
  readonly ownerTrace: readonly ClauseTrace[];
  readonly nextTrace: readonly ClauseTrace[];
}

export function bindingsAt(process: CompiledProcess, now: string): RuleBindings {
  const t = parseLocal(now);
  if (t === undefined) throw new RangeError(`"now" must be YYYY-MM-DDTHH:mm:ss, got "${now}"`);
  return { now: formatDateTime(t), today: formatDate(dayOf(t) * MS_PER_DAY), process: process.definition.id };
}

/**
 * Evaluates `stepId`'s owner and next rules for `row` as they stand (no workload: a role gives its first
 * least-busy member, i.e. its first member). For the rules editor's live view and for rule tests.
 * @example await explainRow(process, { amount: 120000 }, "review", "2026-03-02T09:00:00")
 */
export async function explainRow(
  process: CompiledProcess,
  row: RuleRow,
  stepId: string,
  now: string,
): Promise<RowExplanation> {
  const step = process.stepById.get(stepId);
  if (!step) throw new RangeError(`no step "${stepId}"`);
  const view: RuleRow = { ...row, step: stepId };
  const bindings = bindingsAt(process, now);
  const ownerTrace: ClauseTrace[] = [];
  const nextTrace: ClauseTrace[] = [];
  const rowId = typeof row.id === "string" ? row.id : undefined;
  const owner = await routeOwner(process, step, view, bindings, new Workload(), rowId, ownerTrace);
  const next = await routeNext(process, step, view, bindings, rowId, nextTrace);
  return {
    step: stepId,
    ...(owner.ok
      ? { owner: owner.role ? { person: owner.owner, role: owner.role } : { person: owner.owner } }
      : { ownerError: owner.error }),
    ...(next.ok ? { next: next.goto } : { nextError: next.error }),
    ownerTrace,
    nextTrace,
  };
}
