import { countWorkingDays, isWorkingDay, workday, type Calendar } from "../../core/calendar";
import type { RuleRow, RuleValue } from "../../core/definition/types";
import type { CompiledProcess } from "../../core/process";
import { SYSTEM_COLUMNS } from "../../core/register/system-columns";
import {
  dayOf,
  formatDate,
  formatDateTime,
  MS_PER_DAY,
  parseLocal,
  type DayNumber,
  type LocalMillis,
} from "../../core/time/local-time";

/** The keys of a row that hold dates, and whether with a time of day. */
function dateKeys(process: CompiledProcess): Map<string, "date" | "datetime"> {
  const out = new Map<string, "date" | "datetime">();
  for (const c of SYSTEM_COLUMNS) if (c.type === "date" || c.type === "datetime") out.set(c.key, c.type);
  for (const f of process.definition.fields ?? [])
    if (f.type === "date" || f.type === "datetime") out.set(f.key, f.type);
  return out;
}

/** The day a definition's sample rows were written to be seen on (its `sampleAsOf`), as a day number. */
export function sampleAsOf(process: CompiledProcess): number | undefined {
  const stated = process.definition.sampleAsOf;
  const t = stated === undefined ? undefined : parseLocal(stated);
  return t === undefined ? undefined : dayOf(t);
}

/** How a sample's moments move to the day a register is made. */
export type SampleDating = (t: LocalMillis) => LocalMillis;

// Twenty years: a calendar with no working day in reach is refused by the definition's checks first.
const REACH = 7300;

/**
 * Moves each day of a sample from `asOf` to `today` in working days of the calendar: a working day k
 * working days before (after) `asOf` goes to the working day k before (after) `today`; `asOf` itself goes
 * to `today`, working or not, so nothing written for "today" lands tomorrow. Then every step started k
 * working days ago is due the same number of working days from today as the author wrote it, and a
 * register made on any day of the week shows as many overdue rows as on `sampleAsOf`.
 */
class WorkingDayMove {
  private readonly asOfWorks: boolean;

  constructor(
    private readonly cal: Calendar,
    private readonly asOf: DayNumber,
    private readonly today: DayNumber,
  ) {
    this.asOfWorks = isWorkingDay(asOf, cal);
  }

  /** A working day or `asOf`: its place counted in working days from `asOf`, taken to `today`. */
  private point(day: DayNumber): DayNumber {
    if (day === this.asOf) return this.today;
    const k =
      day > this.asOf
        ? countWorkingDays(this.asOf, day, this.cal)
        : -(countWorkingDays(day, this.asOf, this.cal) + (this.asOfWorks ? 0 : 1));
    return workday(this.today, k, this.cal);
  }

  private isPoint(day: DayNumber): boolean {
    return day === this.asOf || isWorkingDay(day, this.cal);
  }

  private nearest(day: DayNumber, dir: 1 | -1): DayNumber {
    let d = day + dir;
    for (let i = 0; i < REACH && !this.isPoint(d); i++) d += dir;
    return d;
  }

  /**
   * A moment on its new day, time of day kept. A day off keeps its distance from the working day before it
   * while the new place has as many days off there; where it has fewer (a holiday week moved into an
   * ordinary one) it goes to the start of the next working day, so moments keep their order.
   */
  move(t: LocalMillis): LocalMillis {
    const day = dayOf(t);
    const time = t - day * MS_PER_DAY;
    if (this.isPoint(day)) return this.point(day) * MS_PER_DAY + time;
    const before = this.nearest(day, -1);
    const after = this.point(this.nearest(day, 1));
    const moved = this.point(before) + (day - before);
    return moved < after ? moved * MS_PER_DAY + time : after * MS_PER_DAY;
  }
}

/**
 * How a definition's sample dates move to a register made on `today` (docs/specification.md §1.10): in
 * working days of the process calendar from `sampleAsOf`, so every day of the week shows the sample as it
 * was written to be seen — the same rows overdue, the same stays in step. Without `sampleAsOf`: unmoved.
 * @example sampleDating(process, dayOf(parseLocal("2026-03-02")!))(t) === t // sampleAsOf 2026-03-02
 */
export function sampleDating(process: CompiledProcess, today: DayNumber): SampleDating {
  const asOf = sampleAsOf(process);
  if (asOf === undefined || asOf === today) return (t) => t;
  const m = new WorkingDayMove(process.calendar, asOf, today);
  return (t) => m.move(t);
}

/** A row with every date moved (system dates and date fields alike). */
export function shiftRow(process: CompiledProcess, row: RuleRow, move: SampleDating): RuleRow {
  const types = dateKeys(process);
  const out: Record<string, RuleValue> = { ...row };
  for (const [key, type] of types) {
    const v = row[key];
    const t = typeof v === "string" ? parseLocal(v) : undefined;
    if (t === undefined) continue;
    const moved = move(t);
    if (moved !== t) out[key] = type === "date" ? formatDate(moved) : formatDateTime(moved);
  }
  return out;
}

/** The keys of `process` that hold a date without a time, and those with one. */
export function dateFieldKeys(process: CompiledProcess): ReadonlyMap<string, "date" | "datetime"> {
  return new Map([...dateKeys(process)].filter(([k]) => !SYSTEM_COLUMNS.some((c) => c.key === k)));
}
