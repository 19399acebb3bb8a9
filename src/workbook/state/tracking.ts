import type { RuleRow } from "../../core/definition/types";
import type { Status } from "../../core/register/status";
import type { ProcessEvent } from "../../core/sync/events";

/** Case ID → canonical status: what change tracking compares against. */
export type StatusSnapshot = Readonly<Record<string, string>>;

export function snapshotOf(rows: readonly RuleRow[]): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const r of rows) if (typeof r.id === "string" && typeof r.status === "string") out[r.id] = r.status;
  return out;
}

/**
 * Status changes people made since Procsheet last looked (docs/specification.md §5.2: event `status`).
 * Excel's change events can omit details (office-js #5347, #3888), so every sync compares the register
 * with the stored snapshot and records what the events missed; `at` is when the change was noticed.
 */
export function statusEventsSince(
  snapshot: StatusSnapshot | undefined,
  rows: readonly RuleRow[],
  now: string,
  by?: string,
): ProcessEvent[] {
  if (!snapshot) return [];
  const out: ProcessEvent[] = [];
  for (const r of rows) {
    const id = r.id;
    const status = r.status;
    if (typeof id !== "string" || typeof status !== "string") continue;
    const before = Object.prototype.hasOwnProperty.call(snapshot, id) ? snapshot[id] : undefined;
    if (before === undefined || before === status) continue;
    out.push({
      caseId: id,
      at: now,
      type: "status",
      step: typeof r.step === "string" ? r.step : "",
      status: status as Status,
      ...(typeof r.owner === "string" ? { owner: r.owner } : {}),
      ...(by ? { by } : {}),
    });
  }
  return out;
}

/**
 * The snapshot History implies: each case's status after its last event. A workbook's stored snapshot can
 * be out of date where another co-author's add-in routed last (docs/specification.md §5.6); History, kept
 * in cells, is what every co-author shares.
 */
export function snapshotFromHistory(events: readonly ProcessEvent[]): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const e of events) out[e.caseId] = e.status;
  return out;
}
