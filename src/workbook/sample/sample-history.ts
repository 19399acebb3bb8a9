import type { RuleRow, RuleValue } from "../../core/definition/types";
import type { CompiledProcess, CompiledStep } from "../../core/process";
import type { Status } from "../../core/register/status";
import type { ProcessEvent } from "../../core/sync/events";
import { formatDateTime, parseLocal, type LocalMillis } from "../../core/time/local-time";
import { pathTo, type PastOwners } from "./rule-walk";
import { addWorkingMinutes, workingMinutesBetween } from "./working-time";

/** Events of one case, built in time order. */
export class CaseEvents {
  readonly events: ProcessEvent[] = [];
  constructor(readonly caseId: string) {}

  add(
    at: LocalMillis,
    type: ProcessEvent["type"],
    step: string,
    status: Status,
    extra: Partial<ProcessEvent> = {},
  ): void {
    this.events.push({ caseId: this.caseId, at: formatDateTime(at), type, step, status, ...extra });
  }

  /** Entering a step: `created` or `advanced` (with the owner it had), then `assigned` when the rules gave one. */
  enter(
    at: LocalMillis,
    step: string,
    from: string | undefined,
    before: string | undefined,
    owner: string | undefined,
  ): void {
    if (from === undefined) this.add(at, "created", step, "todo");
    else this.add(at, "advanced", step, "todo", { fromStep: from, ...(before ? { owner: before } : {}) });
    if (owner) this.add(at, "assigned", step, "todo", { owner });
  }
}

function timeOf(v: RuleValue | undefined): LocalMillis | undefined {
  return typeof v === "string" ? parseLocal(v) : undefined;
}

/**
 * The History of one sample row (docs/specification.md §1.10): created at its `created` date, through the
 * steps its rules lead to on its values up to its current step (entered at its `stepStarted`), the stays
 * before spread over the time between in proportion to their SLA days; the owner the rules give at each
 * earlier step, the row's own owner at its current step; the status it shows, recorded by its owner a
 * little after the step began; its close or cancellation at its `closed` date.
 */
export async function sampleRowEvents(
  process: CompiledProcess,
  owners: PastOwners,
  row: RuleRow,
  now: LocalMillis,
): Promise<ProcessEvent[]> {
  const id = typeof row.id === "string" ? row.id : undefined;
  const current = typeof row.step === "string" ? process.stepById.get(row.step) : undefined;
  if (!id || !current) return [];
  const cal = process.calendar;
  const started = timeOf(row.stepStarted) ?? timeOf(row.created);
  const created = Math.min(timeOf(row.created) ?? started ?? now, started ?? now);
  const entered = Math.max(started ?? created, created);
  const path = await pathTo(process, row, current.def.id, created, id);
  const weights = path.slice(0, -1).map((s) => Math.max(0.5, process.stepById.get(s)?.def.slaDays ?? 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const span = workingMinutesBetween(created, entered, cal);
  const out = new CaseEvents(id);
  let at = created;
  let owner: string | undefined;
  let done = 0;
  for (const [i, stepId] of path.entries()) {
    const step = process.stepById.get(stepId) as CompiledStep;
    const last = i === path.length - 1;
    if (i === 0) at = created;
    else if (last) at = entered;
    else {
      done += weights[i - 1] ?? 0;
      at = Math.min(addWorkingMinutes(created, (span * done) / total, cal), entered);
    }
    const rowOwner = typeof row.owner === "string" && row.owner.trim() !== "" ? row.owner : undefined;
    const next = last ? rowOwner : await owners.at(step, row, at, id);
    out.enter(at, stepId, i === 0 ? undefined : path[i - 1], owner, next);
    owner = next ?? owner;
  }
  const status = typeof row.status === "string" ? (row.status as Status) : "todo";
  const closed = timeOf(row.closed);
  if (status !== "todo" && status !== "cancelled") {
    const seen = Math.min(addWorkingMinutes(entered, 120, cal), closed ?? now, now);
    if (seen > entered) out.add(seen, "status", current.def.id, status, owner ? { owner, by: owner } : {});
  }
  if (closed !== undefined && closed >= entered) {
    if (status === "cancelled")
      out.add(closed, "cancelled", current.def.id, "cancelled", owner ? { owner } : {});
    else out.add(closed, "closed", current.def.id, "done", owner ? { owner } : {});
  }
  return out.events;
}
