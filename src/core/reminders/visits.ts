import type { ProcessEvent, ReminderKind } from "../sync/events";

/** A reminder already produced for a case, as History recorded it. */
export interface PastReminder {
  readonly at: string;
  readonly step: string;
  readonly kind: ReminderKind;
  readonly level?: number;
  readonly to?: string;
}

/** What History says of one case: the step its last visit is in and when it began, and its reminders. */
export interface CaseHistory {
  /** The step of the latest visit History shows, and its start (`YYYY-MM-DDTHH:mm:ss`). */
  step: string;
  start: string;
  readonly reminders: PastReminder[];
}

/**
 * Each case's latest step visit and its reminders, in one pass over History in file order
 * (docs/specification.md §8.2): a visit starts with `created` or `advanced`, or with a `status` event that
 * puts the case in another step by hand; a reminder belongs to the visit of its step it was made in.
 */
export function caseHistories(history: readonly ProcessEvent[]): Map<string, CaseHistory> {
  const cases = new Map<string, CaseHistory>();
  for (const e of history) {
    let c = cases.get(e.caseId);
    const enters =
      e.type === "created" ||
      e.type === "advanced" ||
      (e.type === "status" && c !== undefined && c.step !== e.step);
    if (!c) {
      c = { step: e.step, start: enters ? e.at : "", reminders: [] };
      cases.set(e.caseId, c);
    } else if (enters) {
      c.step = e.step;
      c.start = e.at;
    }
    if (e.type === "reminded" && e.reminder !== undefined)
      c.reminders.push({
        at: e.at,
        step: e.step,
        kind: e.reminder,
        ...(e.level !== undefined ? { level: e.level } : {}),
        ...(e.recipient !== undefined ? { to: e.recipient } : {}),
      });
  }
  return cases;
}
