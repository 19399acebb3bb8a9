import type { ProcessDefinition } from "../../core/definition/types";
import { compileCalendar, countWorkingDays } from "../../core/calendar";
import { dayOf, parseLocal } from "../../core/time/local-time";

/** My work's figures: cases past their due date, and cases whose due date is near. */
export interface DueCounts {
  readonly dueSoon: number;
  readonly overdue: number;
}

/**
 * Overdue: the due date is before today. Due soon: today is the due date or within the step's
 * `dueSoonDays` working days before it — the rule reminders follow (docs/specification.md §8.3), the
 * step's reminders over the process's; without `dueSoonDays`, the due date itself.
 * @example dueCounts([{ step: "review", due: "2026-03-03" }], def, "2026-03-02") // { dueSoon: 1, overdue: 0 } with dueSoonDays 1
 */
export function dueCounts(
  items: readonly { readonly step: string; readonly due?: string }[],
  definition: ProcessDefinition,
  now: string,
): DueCounts {
  const t = parseLocal(now);
  if (t === undefined) return { dueSoon: 0, overdue: 0 };
  const today = dayOf(t);
  const calendar = compileCalendar(definition.calendar);
  let dueSoon = 0;
  let overdue = 0;
  for (const item of items) {
    const at = item.due === undefined ? undefined : parseLocal(item.due);
    if (at === undefined) continue;
    const due = dayOf(at);
    if (due < today) {
      overdue++;
      continue;
    }
    const step = definition.steps.find((s) => s.id === item.step);
    const soon = { ...definition.reminders, ...step?.reminders }.dueSoonDays ?? 0;
    if (countWorkingDays(today, due, calendar) <= soon) dueSoon++;
  }
  return { dueSoon, overdue };
}
