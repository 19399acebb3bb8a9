import { isoWeekday, type DayNumber } from "./local-time";

/** Monday of the ISO week holding `day`. */
export function weekStart(day: DayNumber): DayNumber {
  return day - (isoWeekday(day) - 1);
}

/**
 * ISO-8601 week label: the week belongs to the year of its Thursday.
 * @example isoWeekLabel(dayOf(parseLocal("2026-02-12")!)) === "2026-W07"
 */
export function isoWeekLabel(day: DayNumber): string {
  const thursday = weekStart(day) + 3;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const jan1 = Math.floor(Date.UTC(year, 0, 1) / 86_400_000);
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}
