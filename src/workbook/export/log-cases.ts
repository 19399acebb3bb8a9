import type { RuleRow } from "../../core/definition/types";
import type { Status } from "../../core/register/status";
import type { EventType, ProcessEvent } from "../../core/sync/events";
import { parseLocal } from "../../core/time/local-time";

/** XES lifecycle transitions (the standard model of the Lifecycle extension) Procsheet's events map to. */
export type Transition =
  "start" | "complete" | "assign" | "reassign" | "suspend" | "resume" | "pi_abort" | "unknown";

/** One History event as a process-mining event: the step it concerns and the lifecycle transition it is. */
export interface LogEvent {
  /** `YYYY-MM-DDTHH:mm:ss`, the workbook's wall-clock time. */
  readonly at: string;
  /** The step (id) the event is about: the one left for a move, else the one the case is in. */
  readonly step: string;
  readonly transition: Transition;
  readonly resource?: string;
  readonly type: EventType;
  readonly status: Status;
  readonly by?: string;
  readonly field?: string;
  readonly from?: string | number | boolean;
  readonly to?: string | number | boolean;
}

/** One stay of a case in a step: an activity instance with its start and complete. */
export interface LogVisit {
  readonly step: string;
  readonly start: string;
  complete?: string;
  /** The owner when the stay ended (or now, while it goes on). */
  resource?: string;
  /** The History event that ended it. */
  end?: EventType;
}

export interface LogCase {
  readonly caseId: string;
  /** The case's register row in the rules' view, when the register has it. */
  readonly row?: RuleRow;
  readonly events: readonly LogEvent[];
  readonly visits: readonly LogVisit[];
}

const created = (e: ProcessEvent): number => (e.type === "created" ? 0 : 1);

/**
 * History as process-mining cases (docs/specification.md §4.11): per case, in time order (its `created`
 * first, then file order), every event with its lifecycle transition, and the step visits they make up.
 * A visit starts with `created`, or with the `assigned` that follows a move (the new owner takes it) — or,
 * where none came before it, the step's first `status`; it completes with `advanced` (the old owner hands it on) or `closed`; a cancellation aborts the case
 * (`pi_abort`). Waiting or Blocked suspends, a later status resumes; other assignments are `assign` /
 * `reassign`; a hand move (a status naming another step) starts a visit there; anything else is `unknown`.
 * Cases come in the order of their first event.
 */
export function logCases(events: readonly ProcessEvent[], register: readonly RuleRow[] = []): LogCase[] {
  const rows = new Map<string, RuleRow>();
  for (const r of register) if (typeof r.id === "string" && !rows.has(r.id)) rows.set(r.id, r);
  const timed = events
    .map((e, i) => ({ e, i, t: parseLocal(e.at) }))
    .filter((x): x is { e: ProcessEvent; i: number; t: number } => x.t !== undefined)
    .sort((a, b) => a.t - b.t || created(a.e) - created(b.e) || a.i - b.i);
  const byCase = new Map<string, ProcessEvent[]>();
  for (const { e } of timed) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
  return [...byCase].map(([caseId, list]) => {
    const row = rows.get(caseId);
    return { caseId, ...(row ? { row } : {}), ...walk(list) };
  });
}

function walk(list: readonly ProcessEvent[]): { events: LogEvent[]; visits: LogVisit[] } {
  const events: LogEvent[] = [];
  const visits: LogVisit[] = [];
  let visit: LogVisit | undefined;
  let started = false;
  let suspended = false;
  const open = (step: string, at: string, owner: string | undefined): void => {
    visit = { step, start: at, ...(owner ? { resource: owner } : {}) };
    visits.push(visit);
    suspended = false;
  };
  const close = (e: ProcessEvent): void => {
    if (visit && visit.complete === undefined) {
      visit.complete = e.at;
      visit.end = e.type;
      if (e.owner && e.type !== "status") visit.resource = e.owner;
    }
    visit = undefined;
  };
  for (const e of list) {
    let step = e.step;
    let transition: Transition;
    switch (e.type) {
      case "created":
        open(e.step, e.at, e.owner);
        started = true;
        transition = "start";
        break;
      case "advanced":
        step = e.fromStep ?? visit?.step ?? e.step;
        close(e);
        open(e.step, e.at, undefined);
        started = false;
        transition = "complete";
        break;
      case "assigned":
        transition = !started ? "start" : visit?.resource ? "reassign" : "assign";
        started = true;
        if (!visit) open(e.step, e.at, e.owner);
        else if (e.owner) visit.resource = e.owner;
        break;
      case "closed":
        close(e);
        transition = "complete";
        break;
      case "cancelled":
        close(e);
        transition = "pi_abort";
        break;
      case "status":
        if (!visit || e.step !== visit.step) {
          // A hand move, or a closed case reopened: a stay starts in the step the event names.
          if (visit) close(e);
          open(e.step, e.at, e.owner);
          started = true;
          transition = "start";
        } else if (!started) {
          // The first word from the step entered since a move (no assignment came: the row had no owner)
          // starts the stay, so every visit keeps its start in the log.
          started = true;
          transition = "start";
          suspended = e.status === "waiting" || e.status === "blocked";
        } else if (e.status === "waiting" || e.status === "blocked") {
          transition = "suspend";
          suspended = true;
        } else {
          transition = suspended ? "resume" : "unknown";
          suspended = false;
        }
        break;
      default:
        transition = "unknown";
    }
    events.push({
      at: e.at,
      step,
      transition,
      ...(e.owner ? { resource: e.owner } : {}),
      type: e.type,
      status: e.status,
      ...(e.by ? { by: e.by } : {}),
      ...(e.field !== undefined ? { field: e.field } : {}),
      ...(e.from !== undefined ? { from: e.from } : {}),
      ...(e.to !== undefined ? { to: e.to } : {}),
    });
  }
  return { events, visits };
}
