import type { RuleRow } from "../definition/types";
import type { CompiledProcess } from "../process";
import { MS_PER_DAY, parseLocal, type LocalMillis } from "../time/local-time";
import type { OpenCase } from "./flow";
import { isOpenCase, type CaseTimeline, type StepVisit } from "./timeline";

/** What the register's own cells say about one case: its dates and where it is now. */
interface RowDates {
  readonly id: string;
  readonly step: string | undefined;
  readonly cancelled: boolean;
  readonly created?: LocalMillis;
  readonly started?: LocalMillis;
  readonly closed?: LocalMillis;
  /** Not closed and not cancelled: still in its step (a Done row the sync has not moved yet included). */
  readonly open: boolean;
}

function text(v: RuleRow[string] | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = String(v).trim();
  return s === "" ? undefined : s;
}

function dateOf(v: RuleRow[string] | undefined): LocalMillis | undefined {
  const s = text(v);
  return s === undefined ? undefined : parseLocal(s);
}

function rowDates(process: CompiledProcess, row: RuleRow): RowDates | undefined {
  const id = text(row.id);
  if (id === undefined) return undefined;
  const stepId = text(row.step);
  const step = stepId !== undefined && process.stepById.has(stepId) ? stepId : undefined;
  const cancelled = text(row.status) === "cancelled";
  const created = dateOf(row.created);
  const started = dateOf(row.stepStarted);
  const closed = dateOf(row.closed);
  return {
    id,
    step,
    cancelled,
    ...(created !== undefined ? { created } : {}),
    ...(started !== undefined ? { started } : {}),
    ...(closed !== undefined ? { closed } : {}),
    open: closed === undefined && !cancelled,
  };
}

/** Ends the case where the register says it ended: closed, or cancelled, at its `closed` date. */
function closeAt(c: CaseTimeline, at: LocalMillis, cancelled: boolean): boolean {
  const last = c.visits[c.visits.length - 1];
  if (last && last.enteredAt > at) return false;
  if (last && last.exitedAt === undefined) {
    last.exitedAt = at;
    last.exit = cancelled ? "cancelled" : "closed";
  }
  if (cancelled) c.cancelledAt = at;
  else c.closedAt = at;
  return true;
}

/** A case History has never seen, from the register's dates alone: its current stay, and its end. */
function timelineOf(r: RowDates): CaseTimeline | undefined {
  const start = r.created ?? r.started;
  if (start === undefined || r.step === undefined) return undefined;
  // Without a step-start date the stay's beginning is unknown: a lower bound, like a partial History stay.
  const visit: StepVisit =
    r.started !== undefined
      ? { step: r.step, enteredAt: r.started }
      : { step: r.step, enteredAt: start, partial: true };
  const c: CaseTimeline = {
    caseId: r.id,
    createdAt: start,
    startKnown: r.created !== undefined,
    visits: [visit],
  };
  if (r.closed !== undefined && !closeAt(c, r.closed, r.cancelled)) return undefined;
  return c;
}

export interface WithRegister {
  readonly cases: CaseTimeline[];
  /** The register's open cases with their age in their step (from its step-start dates). */
  readonly open: OpenCase[];
  /** Cases measured, in part, from the register's own dates because History lacks them. */
  readonly datesFromRegister: string[];
}

/**
 * Adds what the register's own dates show to the timelines History gives (docs/specification.md §4.7):
 * a case History has never seen is measured from its created, step-started and closed cells; a case whose
 * History starts after it (no `created` event) takes its created date from the register; a case the
 * register closed but History never saw closed is closed at the register's date. Work in progress is the
 * register's: each open row at its step, aged from its step-start date (History's entry into that step,
 * or its created date, when the cell is empty). Rows without an ID are not cases yet.
 */
export function withRegister(
  process: CompiledProcess,
  history: readonly CaseTimeline[],
  rows: readonly RuleRow[],
  now: LocalMillis,
): WithRegister {
  const cases = [...history];
  const index = new Map(cases.map((c, i) => [c.caseId, i]));
  const open: OpenCase[] = [];
  const fromRegister: string[] = [];
  for (const row of rows) {
    const r = rowDates(process, row);
    if (!r) continue;
    const at = index.get(r.id);
    let c = at === undefined ? undefined : cases[at];
    if (c === undefined || at === undefined) {
      const made = timelineOf(r);
      if (made) {
        index.set(r.id, cases.length);
        cases.push(made);
        fromRegister.push(r.id);
        c = made;
      }
    } else {
      let changed = false;
      if (!c.startKnown && r.created !== undefined && r.created <= c.createdAt) {
        c = { ...c, createdAt: r.created, startKnown: true };
        cases[at] = c;
        changed = true;
      }
      if (r.closed !== undefined && isOpenCase(c)) changed = closeAt(c, r.closed, r.cancelled) || changed;
      if (changed) fromRegister.push(r.id);
    }
    if (!r.open || r.step === undefined) continue;
    const last = c?.visits[c.visits.length - 1];
    const entered = r.started ?? (last && last.step === r.step ? last.enteredAt : undefined) ?? r.created;
    open.push({
      caseId: r.id,
      step: r.step,
      ageDays: entered === undefined ? 0 : Math.max(0, (now - entered) / MS_PER_DAY),
    });
  }
  return { cases, open, datesFromRegister: fromRegister };
}
