import type { Status } from "../register/status";

export const EVENT_TYPES = [
  "created",
  "advanced",
  "closed",
  "cancelled",
  "assigned",
  "status",
  "changed",
  "reminded",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * One entry of a process's history (docs/specification.md §3). In a workbook it is a row of the History
 * table; on the command line a CSV line with these columns, in this order.
 */
export interface ProcessEvent {
  readonly caseId: string;
  /** `YYYY-MM-DDTHH:mm:ss`, local time */
  readonly at: string;
  readonly type: EventType;
  /** The step the case is in after the event (its id). */
  readonly step: string;
  readonly fromStep?: string;
  readonly status: Status;
  readonly owner?: string;
  readonly by?: string;
  /** On `changed`: the field a person edited (its key), and its value before and after (docs/specification.md §5.5). */
  readonly field?: string;
  readonly from?: string | number | boolean;
  readonly to?: string | number | boolean;
  /** On `reminded` (docs/specification.md §8): the kind of message, its escalation level, and to whom. */
  readonly reminder?: ReminderKind;
  readonly level?: number;
  readonly recipient?: string;
}

/** The messages reminders produce, in the order they are listed (docs/specification.md §8.3). */
export const REMINDER_KINDS = ["assigned", "dueSoon", "overdue", "escalation"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const EVENT_COLUMNS = ["caseId", "at", "type", "step", "fromStep", "status", "owner", "by"] as const;
