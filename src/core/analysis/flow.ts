import type { Calendar } from "../calendar";
import { countWorkingDays } from "../calendar";
import { dayOf, formatDate, MS_PER_DAY } from "../time/local-time";
import { isoWeekLabel, weekStart } from "../time/iso-week";
import { isOpenCase, type CaseTimeline } from "./timeline";

/** A closed case's cycle time, for the scatter chart and the summary. */
export interface ClosedCase {
  readonly caseId: string;
  readonly closedDate: string;
  readonly days: number;
  readonly workingDays: number;
}

/**
 * Cycle time = closed − created, in calendar days and in working days (docs/specification.md §4); for a case
 * whose `created` event the History lacks, from its first event (a lower bound; the analysis says so).
 */
export function closedCases(cases: readonly CaseTimeline[], cal: Calendar): ClosedCase[] {
  return cases
    .filter((c): c is CaseTimeline & { closedAt: number } => c.closedAt !== undefined)
    .map((c) => ({
      caseId: c.caseId,
      closedDate: formatDate(c.closedAt),
      days: (c.closedAt - c.createdAt) / MS_PER_DAY,
      workingDays: countWorkingDays(dayOf(c.createdAt), dayOf(c.closedAt), cal),
    }));
}

/** Days spent per completed stay, by step id (cancelled stays count: the time was spent; partial ones are unknown). */
export function stepDurations(cases: readonly CaseTimeline[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const c of cases)
    for (const v of c.visits) {
      if (v.exitedAt === undefined || v.partial) continue;
      const list = out.get(v.step) ?? [];
      list.push((v.exitedAt - v.enteredAt) / MS_PER_DAY);
      out.set(v.step, list);
    }
  return out;
}

/** Closed cases per ISO week, every week from the first event's week to `now`'s week, zeros included. */
export function weeklyThroughput(cases: readonly CaseTimeline[], now: number): Map<string, number> {
  const out = new Map<string, number>();
  if (cases.length === 0) return out;
  let first = Infinity;
  for (const c of cases) first = Math.min(first, c.createdAt);
  const last = weekStart(dayOf(now));
  for (let w = weekStart(dayOf(first)); w <= last; w += 7) out.set(isoWeekLabel(w), 0);
  for (const c of cases) {
    if (c.closedAt === undefined) continue;
    const label = isoWeekLabel(dayOf(c.closedAt));
    out.set(label, (out.get(label) ?? 0) + 1);
  }
  return out;
}

export interface OpenCase {
  readonly caseId: string;
  readonly step: string;
  readonly ageDays: number;
}

/** Open cases with the step they sit in and how long they have sat there. */
export function openCases(cases: readonly CaseTimeline[], now: number): OpenCase[] {
  const out: OpenCase[] = [];
  for (const c of cases) {
    if (!isOpenCase(c)) continue;
    const v = c.visits[c.visits.length - 1];
    if (v) out.push({ caseId: c.caseId, step: v.step, ageDays: (now - v.enteredAt) / MS_PER_DAY });
  }
  return out;
}

/** Cases in each step at the end of each day, for the cumulative flow chart. */
export function cumulativeFlow(
  cases: readonly CaseTimeline[],
  steps: readonly string[],
  from: number,
  to: number,
): { date: string; counts: number[] }[] {
  const index = new Map(steps.map((s, i) => [s, i]));
  const rows: { date: string; counts: number[] }[] = [];
  for (let d = dayOf(from); d <= dayOf(to); d++) {
    const endOfDay = (d + 1) * MS_PER_DAY;
    const counts = new Array<number>(steps.length + 1).fill(0);
    for (const c of cases) {
      if (c.createdAt >= endOfDay) continue;
      if (c.closedAt !== undefined && c.closedAt < endOfDay) {
        counts[steps.length] = (counts[steps.length] ?? 0) + 1;
        continue;
      }
      if (c.cancelledAt !== undefined && c.cancelledAt < endOfDay) continue;
      let at: string | undefined;
      for (const v of c.visits) if (v.enteredAt < endOfDay) at = v.step;
      const i = at === undefined ? undefined : index.get(at);
      if (i !== undefined) counts[i] = (counts[i] ?? 0) + 1;
    }
    rows.push({ date: formatDate(d * MS_PER_DAY), counts });
  }
  return rows;
}
