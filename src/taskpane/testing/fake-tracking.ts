import type { RuleRow } from "../../core/definition/types";
import type { Status } from "../../core/register/status";
import type { ProcessEvent } from "../../core/sync/events";

/** Case ID → status as last seen: the rule src/excel/sync/tracking.ts applies, for the fake workbook. */
export type Snapshot = Readonly<Record<string, string>>;

export function snapshot(rows: readonly RuleRow[]): Snapshot {
  const out: Record<string, string> = {};
  for (const r of rows) if (typeof r.id === "string" && typeof r.status === "string") out[r.id] = r.status;
  return out;
}

/** Status edits since the snapshot, as `status` events. */
export function statusChanges(
  before: Snapshot,
  rows: readonly RuleRow[],
  now: string,
  by?: string,
): ProcessEvent[] {
  const out: ProcessEvent[] = [];
  for (const r of rows) {
    if (typeof r.id !== "string" || typeof r.status !== "string") continue;
    const was = Object.prototype.hasOwnProperty.call(before, r.id) ? before[r.id] : undefined;
    if (was === undefined || was === r.status) continue;
    out.push({
      caseId: r.id,
      at: now,
      type: "status",
      step: typeof r.step === "string" ? r.step : "",
      status: r.status as Status,
      ...(typeof r.owner === "string" ? { owner: r.owner } : {}),
      ...(by ? { by } : {}),
    });
  }
  return out;
}
