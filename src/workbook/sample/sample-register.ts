import { END, type RuleRow } from "../../core/definition/types";
import type { CompiledProcess, CompiledStep } from "../../core/process";
import { isSystemKey } from "../../core/register/system-columns";
import { caseNumber, formatCaseId } from "../../core/sync/case-id";
import type { ProcessEvent } from "../../core/sync/events";
import { dayOf, MS_PER_DAY, parseLocal } from "../../core/time/local-time";
import { pastCases } from "./past-cases";
import { nextStep, PastOwners } from "./rule-walk";
import { sampleDating, shiftRow } from "./sample-dates";
import { sampleRowEvents } from "./sample-history";

/** A new register's sample: its rows (the definition's, dated for today, and closed cases before them) and History. */
export interface SampleRegister {
  readonly rows: readonly RuleRow[];
  readonly events: readonly ProcessEvent[];
}

/** How far back a sample's History reaches: fifteen weeks, so Analyze has over 90 days to show. */
export const SAMPLE_PAST_DAYS = 105;

/** A number from the process id, so each template gets its own past, the same every time. */
function seedOf(id: string): number {
  let h = 2166136261;
  for (const ch of id) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return h;
}

/** Whether the rules take a case with these values from the first step to an end, without looping. */
async function leadsToEnd(process: CompiledProcess, fields: RuleRow, at: number): Promise<boolean> {
  const seen = new Map<string, number>();
  let step = process.steps[0] as CompiledStep;
  for (let n = 0; n <= process.steps.length * 2; n++) {
    seen.set(step.def.id, (seen.get(step.def.id) ?? 0) + 1);
    const goto = await nextStep(process, step, fields, at, "sample");
    if (goto === END) return true;
    const next = goto === undefined ? undefined : process.stepById.get(goto);
    if (!next || (seen.get(next.def.id) ?? 0) >= 2) return false;
    step = next;
  }
  return false;
}

function fieldsOf(row: RuleRow): RuleRow {
  return Object.fromEntries(Object.entries(row).filter(([k]) => !isSystemKey(k)));
}

/**
 * The sample register of a new register made at `now` (docs/specification.md §1.10). For a definition
 * that says when its sample was written (`sampleAsOf`): its sample rows with every date moved from that
 * day to today in working days of the process calendar; before them, closed cases over the last fifteen weeks made from the sample
 * rows' values; and a History for all of it, consistent with the rules, the calendar and each row's step,
 * status and owner — seeded by the process id, so the same day gives the same register. Without
 * `sampleAsOf`, the sample rows as written and no History.
 * @example const { rows, events } = await sampleRegister(process, "2026-03-02T09:00:00");
 */
export async function sampleRegister(process: CompiledProcess, now: string): Promise<SampleRegister> {
  const t = parseLocal(now);
  if (t === undefined)
    throw new RangeError(`sampleRegister: "now" must be YYYY-MM-DDTHH:mm:ss, got "${now}"`);
  if (process.definition.sampleAsOf === undefined)
    return { rows: process.definition.sample ?? [], events: [] };
  const move = sampleDating(process, dayOf(t));
  const sample = (process.definition.sample ?? []).map((r) => shiftRow(process, r, move));
  const owners = new PastOwners(process);
  const events: ProcessEvent[] = [];
  for (const row of sample) events.push(...(await sampleRowEvents(process, owners, row, t)));

  const donors: RuleRow[] = [];
  for (const row of sample) {
    const fields = { ...fieldsOf(row), ...(typeof row.created === "string" ? { created: row.created } : {}) };
    if (await leadsToEnd(process, fields, t)) donors.push(fields);
  }
  const prefix = process.idPrefix;
  let highest = 0;
  for (const row of sample)
    if (typeof row.id === "string") highest = Math.max(highest, caseNumber(prefix, row.id) ?? 0);
  const today = dayOf(t) * MS_PER_DAY;
  const past = await pastCases(process, owners, {
    from: today - SAMPLE_PAST_DAYS * MS_PER_DAY,
    before: today,
    donors,
    firstNumber: highest + 1,
    caseId: (n) => formatCaseId(prefix, n),
    seed: seedOf(process.definition.id),
  });
  for (const p of past) events.push(...p.events);

  // Closed cases follow the numbered sample rows; rows still without an ID (new ones) stay last.
  const split = sample.findIndex((r) => typeof r.id !== "string" || r.id.trim() === "");
  const at = split < 0 ? sample.length : split;
  const rows = [...sample.slice(0, at), ...past.map((p) => p.row), ...sample.slice(at)];
  const timed = events.map((e, i) => ({ e, i, t: parseLocal(e.at) ?? 0 }));
  timed.sort((a, b) => a.t - b.t || a.i - b.i);
  return { rows, events: timed.map((x) => x.e) };
}
