import type { ProcessEvent } from "../sync/events";
import { parseLocal } from "../time/local-time";

/** One step a case entered (its `created` or `advanced` event), and how it left it, if it has. */
export interface PastVisit {
  readonly caseId: string;
  readonly step: string;
  /** When the case entered the step (`YYYY-MM-DDTHH:mm:ss`). */
  readonly at: string;
  /** When it left by moving on or closing; undefined while it is there, or when it was cancelled. */
  readonly leftAt?: string;
  /** The case left the step by a move or a close: a next rule decided where it went. */
  readonly decided: boolean;
  /** The case's last visit in History: the step it is in now. */
  readonly last: boolean;
}

const ENTRY = new Set(["created", "advanced"]);

/**
 * The step visits of History (docs/specification.md §3.13): each `created` and `advanced` event is a
 * visit, ended by the case's next `advanced`, `closed` or `cancelled` event. In time order, file order
 * breaking ties (a case's `created` first, as in analysis); an exact copy of an entry event is one visit.
 */
export function pastVisits(events: readonly ProcessEvent[]): PastVisit[] {
  const timed = events
    .map((e, i) => ({ e, i, t: parseLocal(e.at) }))
    .filter((x): x is { e: ProcessEvent; i: number; t: number } => x.t !== undefined)
    .sort(
      (a, b) => a.t - b.t || (a.e.type === "created" ? 0 : 1) - (b.e.type === "created" ? 0 : 1) || a.i - b.i,
    );
  const out: { caseId: string; step: string; at: string; leftAt?: string; decided: boolean }[] = [];
  const current = new Map<string, number>();
  const seen = new Set<string>();
  for (const { e } of timed) {
    const open = current.get(e.caseId);
    const leave = (decided: boolean): void => {
      if (open === undefined) return;
      const v = out[open];
      if (v && v.leftAt === undefined) {
        v.leftAt = e.at;
        v.decided = decided;
      }
      current.delete(e.caseId);
    };
    if (ENTRY.has(e.type)) {
      const key = `${e.caseId}\u0000${e.at}\u0000${e.type}\u0000${e.step}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (e.type === "advanced") leave(true);
      current.set(e.caseId, out.length);
      out.push({ caseId: e.caseId, step: e.step, at: e.at, decided: false });
    } else if (e.type === "closed") leave(true);
    else if (e.type === "cancelled") leave(false);
  }
  const lastOf = new Map<string, number>();
  out.forEach((v, i) => lastOf.set(v.caseId, i));
  return out.map((v, i) => ({ ...v, last: lastOf.get(v.caseId) === i }));
}
