import type { ProcessEvent } from "../sync/events";
import { parseLocal } from "../time/local-time";

export type ExitKind = "advanced" | "closed" | "cancelled";

/** One stay of a case in a step: entered by `created`/`advanced`, left by `advanced`/`closed`/`cancelled`. */
export interface StepVisit {
  readonly step: string;
  /** When the stay began; for a partial stay, when the History first saw it (a lower bound). */
  readonly enteredAt: number;
  /** The History started during this stay, so its length is unknown. */
  readonly partial?: boolean;
  exitedAt?: number;
  exit?: ExitKind;
}

export interface CaseTimeline {
  readonly caseId: string;
  /** The `created` event's time; without one, the case's first event's. */
  readonly createdAt: number;
  /** False when the History has no `created` event for the case: it starts after the case did. */
  readonly startKnown: boolean;
  closedAt?: number;
  cancelledAt?: number;
  readonly visits: StepVisit[];
}

export function isOpenCase(c: CaseTimeline): boolean {
  return c.closedAt === undefined && c.cancelledAt === undefined;
}

/**
 * Case histories from History events (docs/specification.md §4). Events are ordered by time, `created` then
 * file order breaking ties. A case whose `created` event is missing began before the History: its start,
 * and the stay its first event finds it in, are unknown (`startKnown` false, that stay `partial`); an
 * `advanced` first event starts a stay seen whole. A `status` event
 * naming another step moves the case there, and one with an open status reopens a closed case
 * (docs/semantics.md: undo and hand edits).
 */
const createdFirst = (e: ProcessEvent): number => (e.type === "created" ? 0 : 1);

export function buildTimelines(events: readonly ProcessEvent[]): CaseTimeline[] {
  const timed = events
    .map((e, i) => ({ e, i, t: parseLocal(e.at) }))
    .filter((x): x is { e: ProcessEvent; i: number; t: number } => x.t !== undefined)
    .sort((a, b) => a.t - b.t || createdFirst(a.e) - createdFirst(b.e) || a.i - b.i);
  const cases = new Map<string, CaseTimeline>();
  for (const { e, t } of timed) {
    let c = cases.get(e.caseId);
    if (!c) {
      if (e.type === "created") {
        cases.set(e.caseId, {
          caseId: e.caseId,
          createdAt: t,
          startKnown: true,
          visits: [{ step: e.step, enteredAt: t }],
        });
        continue;
      }
      const visits = e.type === "advanced" ? [] : [{ step: e.step, enteredAt: t, partial: true }];
      c = { caseId: e.caseId, createdAt: t, startKnown: false, visits };
      cases.set(e.caseId, c);
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
