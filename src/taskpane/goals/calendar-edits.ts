import type { CalendarSpec } from "../../core/calendar";
import type { ProcessDefinition } from "../../core/definition/types";
import { formatDate, fromExcelSerial } from "../../core/time/local-time";

/** What a pasted or typed list of dates reads as: the dates (ISO, sorted, once each) and the lines that are not dates. */
export interface DateList {
  readonly dates: readonly string[];
  readonly unread: readonly string[];
}

function isoOf(y: number, m: number, d: number): string | undefined {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d)
    return undefined;
  return formatDate(t);
}

/**
 * One cell as a date: `2026-10-01`, `2026/10/1`, `2026.10.1`, `2026年10月1日`, `10/1/2026` (month first, as
 * Excel in English shows it), or an Excel date serial (a General-formatted date cell pastes as one).
 */
export function readDate(cell: string): string | undefined {
  const s = cell.trim();
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$/u.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return isoOf(Number(m[3]), Number(m[1]), Number(m[2]));
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const t = fromExcelSerial(Math.floor(Number(s)));
    return t === undefined ? undefined : formatDate(t);
  }
  return undefined;
}

/**
 * Dates one per line, as typed or pasted from Excel (a copied column, or rows of several cells where the
 * first date-looking cell counts: "2026-10-01 ⇥ National Day"). Blank lines are skipped.
 * @example parseDateList("2026/10/1\t国庆节\nnot a date") → { dates: ["2026-10-01"], unread: ["not a date"] }
 */
export function parseDateList(text: string): DateList {
  const dates = new Set<string>();
  const unread: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const date = line
      .split("\t")
      .map(readDate)
      .find((d): d is string => d !== undefined);
    if (date) dates.add(date);
    else unread.push(line.trim());
  }
  return { dates: [...dates].sort(), unread };
}

function withCalendar(def: ProcessDefinition, calendar: CalendarSpec): ProcessDefinition {
  const clean: CalendarSpec = {
    ...(calendar.workdays && calendar.workdays.length > 0 && calendar.workdays.join() !== "1,2,3,4,5"
      ? { workdays: calendar.workdays }
      : {}),
    ...(calendar.holidays && calendar.holidays.length > 0 ? { holidays: calendar.holidays } : {}),
    ...(calendar.extraWorkdays && calendar.extraWorkdays.length > 0
      ? { extraWorkdays: calendar.extraWorkdays }
      : {}),
  };
  if (Object.keys(clean).length > 0) return { ...def, calendar: clean };
  const { calendar: _gone, ...rest } = def;
  return rest;
}

/**
 * Turns an ISO weekday (1 = Monday … 7 = Sunday) on or off; Monday to Friday is the default and is not
 * written. The last working day stays: a week without one has no due dates.
 */
export function setWorkday(def: ProcessDefinition, day: number, on: boolean): ProcessDefinition {
  const current = new Set(def.calendar?.workdays ?? [1, 2, 3, 4, 5]);
  if (on) current.add(day);
  else if (current.size > 1) current.delete(day);
  else return def;
  return withCalendar(def, { ...def.calendar, workdays: [...current].sort((a, b) => a - b) });
}

export function setDates(
  def: ProcessDefinition,
  which: "holidays" | "extraWorkdays",
  dates: readonly string[],
): ProcessDefinition {
  return withCalendar(def, { ...def.calendar, [which]: dates });
}
