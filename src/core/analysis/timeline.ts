import type { ProcessEvent } from "../sync/events";
import { parseLocal } from "../time/local-time";

export type ExitKind = "advanced" | "closed" | "cancelled";

/** One stay of a case in a step: entered by `created`/`advanced`, left by `advanced`/`closed`/`cancelled`. */
export interface StepVisit {
  readonly step: string;
  readonly enteredAt: number;
  exitedAt?: number;
  exit?: ExitKind;
}

export interface CaseTimeline {
  readonly caseId: string;
  readonly createdAt: number;
  closedAt?: number;
  cancelledAt?: number;
  readonly visits: StepVisit[];
}

export function isOpenCase(c: CaseTimeline): boolean {
  return c.closedAt === undefined && c.cancelledAt === undefined;
}

/**
 * Case histories from History events (process-format.md §4). Events are ordered by time, file order
 * breaking ties; a case whose `created` event is missing starts at its first event. A `status` event
 * naming another step moves the case there, and one with an open status reopens a closed case
 * (docs/semantics.md: undo and hand edits).
 */
export function buildTimelines(events: readonly ProcessEvent[]): CaseTimeline[] {
  const timed = events
    .map((e, i) => ({ e, i, t: parseLocal(e.at) }))
    .filter((x): x is { e: ProcessEvent; i: number; t: number } => x.t !== undefined)
    .sort((a, b) => a.t - b.t || a.i - b.i);
  const cases = new Map<string, CaseTimeline>();
  for (const { e, t } of timed) {
    let c = cases.get(e.caseId);
    if (!c) {
      c = { caseId: e.caseId, createdAt: t, visits: [{ step: e.step, enteredAt: t }] };
      cases.set(e.caseId, c);
      if (e.type === "created") continue;
    }
    if (!isOpenCase(c)) {
      // A status event that makes a closed case open again (an undone sync, a person reopening it).
      if (e.type !== "status" || e.status === "done" || e.status === "cancelled") continue;
      delete c.closedAt;
      delete c.cancelledAt;
      c.visits.push({ step: e.step, enteredAt: t });
      continue;
    }
    const current = c.visits[c.visits.length - 1];
    const leave = (exit: ExitKind): void => {
      if (current && current.exitedAt === undefined) {
        current.exitedAt = t;
        current.exit = exit;
      }
    };
    switch (e.type) {
      case "advanced":
        leave("advanced");
        c.visits.push({ step: e.step, enteredAt: t });
        break;
      case "closed":
        leave("closed");
        c.closedAt = t;
        break;
      case "cancelled":
        leave("cancelled");
        c.cancelledAt = t;
        break;
      case "status":
        // A person (or an undo) put the case in another step by hand: that is a move too.
        if (current && e.step && e.step !== current.step) {
          leave("advanced");
          c.visits.push({ step: e.step, enteredAt: t });
        }
        break;
      default:
        break;
    }
  }
  return [...cases.values()];
}
