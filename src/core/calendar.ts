import { dayOf, isoWeekday, parseLocal, type DayNumber } from "./time/local-time";

/** The process calendar as written in a definition (docs/specification.md §1). */
export interface CalendarSpec {
  readonly workdays?: readonly number[];
  readonly holidays?: readonly string[];
  readonly extraWorkdays?: readonly string[];
}

export interface Calendar {
  readonly workdays: ReadonlySet<number>;
  readonly holidays: ReadonlySet<DayNumber>;
  readonly extraWorkdays: ReadonlySet<DayNumber>;
}

const MON_TO_FRI = [1, 2, 3, 4, 5];

function days(list: readonly string[] | undefined): Set<DayNumber> {
  const out = new Set<DayNumber>();
  for (const s of list ?? []) {
    const t = parseLocal(s);
    if (t !== undefined) out.add(dayOf(t));
  }
  return out;
}

/** @example compileCalendar({}) — Monday to Friday, no holidays */
export function compileCalendar(spec: CalendarSpec | undefined): Calendar {
  return {
    workdays: new Set(spec?.workdays && spec.workdays.length > 0 ? spec.workdays : MON_TO_FRI),
    holidays: days(spec?.holidays),
    extraWorkdays: days(spec?.extraWorkdays),
  };
}

/** A make-up working day wins over everything; a holiday wins over the weekly pattern. */
export function isWorkingDay(day: DayNumber, cal: Calendar): boolean {
  if (cal.extraWorkdays.has(day)) return true;
  if (cal.holidays.has(day)) return false;
  return cal.workdays.has(isoWeekday(day));
}

/**
 * Excel's WORKDAY: the date `n` working days after `start`, the start date not counted
 * (`n = 0` gives `start` itself; negative `n` counts backwards). Fractions are truncated, as Excel does.
 * @example workday(dayOf(parseLocal("2026-01-02")!), 1, compileCalendar({})) // → Monday 2026-01-05
 */
export function workday(start: DayNumber, n: number, cal: Calendar): DayNumber {
  let left = Math.trunc(n);
  if (left === 0) return start;
  const dir = left > 0 ? 1 : -1;
  left = Math.abs(left);
  let day = start;
  // A calendar with no working days would never finish; 20 years of searching is proof enough.
  const limit = start + dir * (left * 7 + cal.holidays.size + 7300);
  while (left > 0) {
    day += dir;
    if (day === limit) throw new RangeError("The process calendar has no working days in reach.");
    if (isWorkingDay(day, cal)) left -= 1;
  }
  return day;
}

/**
 * Number of working dates d with `from` < d ≤ `to` (docs/specification.md §4); negative when `to` < `from`.
 * @example countWorkingDays(friday, nextMonday, compileCalendar({})) === 1
 */
export function countWorkingDays(from: DayNumber, to: DayNumber, cal: Calendar): number {
  if (to < from) return -countWorkingDays(to, from, cal);
  // Whole weeks at once keeps multi-year spans cheap; the remainder and the exception sets are walked.
  const span = to - from;
  const weeks = Math.floor(span / 7);
  let count = weeks * cal.workdays.size;
  for (let d = from + weeks * 7 + 1; d <= to; d++) if (cal.workdays.has(isoWeekday(d))) count++;
  for (const h of cal.holidays)
    if (h > from && h <= to && cal.workdays.has(isoWeekday(h)) && !cal.extraWorkdays.has(h)) count--;
  for (const x of cal.extraWorkdays) if (x > from && x <= to && !cal.workdays.has(isoWeekday(x))) count++;
  return count;
}
