import { countWorkingDays, workday, type Calendar } from "../calendar";
import { dayOf, formatDate, formatDateTime, MS_PER_DAY, type LocalMillis } from "../time/local-time";
import { isOpenCase, type CaseTimeline } from "./timeline";

/** A step stay that ended after its due date, or is still open past it (docs/specification.md §4.8). */
export interface Breach {
  readonly caseId: string;
  readonly step: string;
  /** WORKDAY(date entered, slaDays), `YYYY-MM-DD`. */
  readonly due: string;
  /** When the case left the step (`YYYY-MM-DDTHH:mm:ss`); null while it is still there. */
  readonly left: string | null;
  /** Working dates d with due < d ≤ the day it left (or today); 0 for a step left on a day off after due. */
  readonly daysLate: number;
}

/** A stay measured against its SLA: entered, due, and how it ended (if it has). */
interface Measured {
  readonly caseId: string;
  readonly step: string;
  readonly enteredAt: LocalMillis;
  readonly due: number;
  /** The exit that counts for on-time (advanced, a hand move, or closed); undefined while open. */
  readonly exitedAt?: LocalMillis;
}

/**
 * Every stay in a step with an SLA whose entry is known: finished ones (left by advanced, a hand move or
 * closed; a cancellation is neither on time nor late) and, for open cases, the stay they are in now.
 */
function measuredStays(
  cases: readonly CaseTimeline[],
  slaDays: ReadonlyMap<string, number>,
  cal: Calendar,
): Measured[] {
  const out: Measured[] = [];
  for (const c of cases) {
    const open = isOpenCase(c);
    c.visits.forEach((v, i) => {
      const sla = slaDays.get(v.step);
      if (sla === undefined || v.partial || v.exit === "cancelled") return;
      const due = workday(dayOf(v.enteredAt), sla, cal);
      if (v.exitedAt !== undefined)
        out.push({ caseId: c.caseId, step: v.step, enteredAt: v.enteredAt, due, exitedAt: v.exitedAt });
      else if (open && i === c.visits.length - 1)
        out.push({ caseId: c.caseId, step: v.step, enteredAt: v.enteredAt, due });
    });
  }
  return out;
}

/**
 * The on-time rate of each step with an SLA, in `order` (docs/specification.md §4.8): the share of its
 * finished stays left on or before their due date; null for a step no finished stay has measured yet.
 */
export function onTimeByStep(
  cases: readonly CaseTimeline[],
  slaDays: ReadonlyMap<string, number>,
  cal: Calendar,
  order: readonly string[],
): Record<string, number | null> {
  const exits = new Map<string, { all: number; onTime: number }>();
  for (const s of measuredStays(cases, slaDays, cal)) {
    if (s.exitedAt === undefined) continue;
    const n = exits.get(s.step) ?? { all: 0, onTime: 0 };
    n.all++;
    if (dayOf(s.exitedAt) <= s.due) n.onTime++;
    exits.set(s.step, n);
  }
  // Step ids can come from a History file; a null-prototype record keeps a "__proto__" step harmless.
  const out = Object.create(null) as Record<string, number | null>;
  for (const step of order) {
    if (!slaDays.has(step)) continue;
    const n = exits.get(step);
    out[step] = n ? n.onTime / n.all : null;
  }
  return out;
}

/**
 * Stays past their due date (docs/specification.md §4.8): finished late, or still open after due as of
 * `now`; the oldest due date first, then by case and step.
 */
export function slaBreaches(
  cases: readonly CaseTimeline[],
  slaDays: ReadonlyMap<string, number>,
  cal: Calendar,
  now: LocalMillis,
): Breach[] {
  const today = dayOf(now);
  const out: Breach[] = [];
  for (const s of measuredStays(cases, slaDays, cal)) {
    const end = s.exitedAt === undefined ? today : dayOf(s.exitedAt);
    if (end <= s.due) continue;
    out.push({
      caseId: s.caseId,
      step: s.step,
      due: formatDate(s.due * MS_PER_DAY),
      left: s.exitedAt === undefined ? null : formatDateTime(s.exitedAt),
      daysLate: countWorkingDays(s.due, end, cal),
    });
  }
  return out.sort(
    (a, b) =>
      a.due.localeCompare(b.due) ||
      a.caseId.localeCompare(b.caseId) ||
      a.step.localeCompare(b.step) ||
      (a.left ?? "").localeCompare(b.left ?? ""),
  );
}

/** The overall on-time rate: every step's finished stays together; null when none qualifies. */
export function overallOnTime(
  cases: readonly CaseTimeline[],
  slaDays: ReadonlyMap<string, number>,
  cal: Calendar,
): number | null {
  let all = 0;
  let onTime = 0;
  for (const s of measuredStays(cases, slaDays, cal)) {
    if (s.exitedAt === undefined) continue;
    all++;
    if (dayOf(s.exitedAt) <= s.due) onTime++;
  }
  return all === 0 ? null : onTime / all;
}

/**
 * Breaches in the order a person acts on them: those still in their step first (the most overdue
 * first), then the finished ones, the most recent first.
 */
export function breachesForReading(breaches: readonly Breach[]): Breach[] {
  const open = breaches.filter((b) => b.left === null);
  const done = breaches.filter((b) => b.left !== null);
  return [
    ...open.sort((a, b) => a.due.localeCompare(b.due) || a.caseId.localeCompare(b.caseId)),
    ...done.sort((a, b) => (b.left ?? "").localeCompare(a.left ?? "") || a.caseId.localeCompare(b.caseId)),
  ];
}
