import type { CompiledProcess } from "../process";
import type { EventType, ProcessEvent } from "../sync/events";
import { parseLocal } from "../time/local-time";

/** Why the analysis left an event out (docs/semantics.md, Analysis). */
export type SetAsideReason = "unknownCase" | "unknownStep" | "beforeCreated" | "duplicate";

/** An event the analysis left out, and why. */
export interface SetAsideEvent {
  readonly caseId: string;
  readonly at: string;
  readonly type: EventType;
  readonly step: string;
  readonly reason: SetAsideReason;
}

function eventKey(e: ProcessEvent): string {
  return JSON.stringify([
    e.caseId,
    e.at,
    e.type,
    e.step,
    e.fromStep ?? "",
    e.status,
    e.owner ?? "",
    e.by ?? "",
    // Reminders of one run share their moment: each kind, level and recipient is its own event.
    e.reminder ?? "",
    e.level ?? "",
    e.recipient ?? "",
  ]);
}

/**
 * The events the figures are measured from, and those set aside (in file order): the later copies of an
 * exact duplicate (a History appended twice), events at a step the process does not have (a typo, a step
 * removed since), and events dated before their case's `created` event (a clock or hand edit). Each would
 * shift the figures silently. Given the register's case IDs (`knownCases`), events of a case it does not
 * have are set aside too (a History pasted from another register, a case ID mistyped). Cases with no
 * `created` event at all are kept: a History that starts after them is normal (docs/semantics.md).
 * @example screenEvents(process, events).setAside // [{ caseId, at, type, step, reason: "duplicate" }]
 */
export function screenEvents(
  process: CompiledProcess,
  events: readonly ProcessEvent[],
  knownCases?: ReadonlySet<string>,
): { kept: ProcessEvent[]; setAside: SetAsideEvent[] } {
  const reasons: (SetAsideReason | undefined)[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    const key = eventKey(e);
    const reason = seen.has(key)
      ? "duplicate"
      : knownCases && !knownCases.has(e.caseId)
        ? "unknownCase"
        : process.stepById.has(e.step)
          ? undefined
          : "unknownStep";
    seen.add(key);
    reasons.push(reason);
  }
  const created = new Map<string, number>();
  events.forEach((e, i) => {
    const t = parseLocal(e.at);
    if (reasons[i] || e.type !== "created" || t === undefined) return;
    created.set(e.caseId, Math.min(created.get(e.caseId) ?? Infinity, t));
  });
  events.forEach((e, i) => {
    const start = created.get(e.caseId);
    const t = parseLocal(e.at);
    if (!reasons[i] && start !== undefined && t !== undefined && t < start) reasons[i] = "beforeCreated";
  });
  const kept: ProcessEvent[] = [];
  const setAside: SetAsideEvent[] = [];
  events.forEach((e, i) => {
    const reason = reasons[i];
    if (reason) setAside.push({ caseId: e.caseId, at: e.at, type: e.type, step: e.step, reason });
    else kept.push(e);
  });
  return { kept, setAside };
}
