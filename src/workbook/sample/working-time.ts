import { isWorkingDay, type Calendar } from "../../core/calendar";
import { dayOf, MS_PER_DAY, type LocalMillis } from "../../core/time/local-time";

/** Office hours of a sample's made-up past: 09:00 to 18:00 on the process calendar's working days. */
const OPENS = 9 * 60;
const CLOSES = 18 * 60;
export const WORKING_MINUTES_PER_DAY = CLOSES - OPENS;
const MINUTE = 60_000;

function minuteOfDay(t: LocalMillis): number {
  return Math.floor((t - dayOf(t) * MS_PER_DAY) / MINUTE);
}

/** `t` if it falls in office hours on a working day, else the next opening time. */
export function nextWorkingMoment(t: LocalMillis, cal: Calendar): LocalMillis {
  let day = dayOf(t);
  const minute = minuteOfDay(t);
  if (isWorkingDay(day, cal) && minute >= OPENS && minute < CLOSES) return t;
  if (!(isWorkingDay(day, cal) && minute < OPENS)) day++;
  // A calendar with no working day in twenty years would loop; the definition's own checks refuse it first.
  for (let i = 0; i < 7300 && !isWorkingDay(day, cal); i++) day++;
  return day * MS_PER_DAY + OPENS * MINUTE;
}

/** The moment `minutes` of office time after `t` (weekends, holidays and nights skipped). */
export function addWorkingMinutes(t: LocalMillis, minutes: number, cal: Calendar): LocalMillis {
  let at = nextWorkingMoment(t, cal);
  let left = Math.max(0, Math.round(minutes));
  for (;;) {
    const untilClose = CLOSES - minuteOfDay(at);
    if (left < untilClose) return at + left * MINUTE;
    left -= untilClose;
    at = nextWorkingMoment(dayOf(at) * MS_PER_DAY + CLOSES * MINUTE, cal);
  }
}

/** Office minutes between two moments (0 when `to` is not later). */
export function workingMinutesBetween(from: LocalMillis, to: LocalMillis, cal: Calendar): number {
  let at = nextWorkingMoment(from, cal);
  let minutes = 0;
  while (at < to) {
    const close = dayOf(at) * MS_PER_DAY + CLOSES * MINUTE;
    minutes += (Math.min(close, to) - at) / MINUTE;
    at = nextWorkingMoment(close, cal);
  }
  return minutes;
}
