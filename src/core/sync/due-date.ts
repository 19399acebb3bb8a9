import { workday, type Calendar } from "../calendar";
import { dayOf, formatDate, MS_PER_DAY, parseLocal } from "../time/local-time";

/**
 * WORKDAY(date of stepStarted, slaDays) under the process calendar (docs/specification.md §3.6), memoised:
 * a register holds few distinct start times, and every row moved by one tick starts "now".
 */
export class DueDates {
  // Keyed by start, then SLA: no string is built per row.
  private readonly cache = new Map<string, Map<number, string | null>>();

  constructor(private readonly calendar: Calendar) {}

  /** The due date for a step that started at `stepStarted`, or undefined when that is not a date. */
  due(stepStarted: string, slaDays: number): string | undefined {
    let bySla = this.cache.get(stepStarted);
    if (!bySla) {
      bySla = new Map();
      this.cache.set(stepStarted, bySla);
    }
    let hit = bySla.get(slaDays);
    if (hit === undefined) {
      const t = parseLocal(stepStarted);
      hit = t === undefined ? null : formatDate(workday(dayOf(t), slaDays, this.calendar) * MS_PER_DAY);
      bySla.set(slaDays, hit);
    }
    return hit ?? undefined;
  }
}
