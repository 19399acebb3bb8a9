import type { Lang } from "../../words/lang";
import { EVENT_TYPES, REMINDER_KINDS, type EventType, type ReminderKind } from "../../core/sync/events";
import { matchKey } from "../../core/text";

/** What the History sheet calls each event, in the workbook's language (people read History). */
export const EVENT_LABELS: Readonly<Record<EventType, Readonly<Record<Lang, string>>>> = {
  created: { en: "Created", "zh-CN": "创建" },
  advanced: { en: "Moved to next step", "zh-CN": "进入下一步" },
  closed: { en: "Closed", "zh-CN": "已完成" },
  cancelled: { en: "Cancelled", "zh-CN": "已取消" },
  assigned: { en: "Assigned", "zh-CN": "已分配" },
  status: { en: "Status changed", "zh-CN": "状态变更" },
  changed: { en: "Field changed", "zh-CN": "字段变更" },
  reminded: { en: "Reminder", "zh-CN": "提醒" },
};

/** What the History sheet's Reminder column calls each kind of message (docs/specification.md §8.3). */
export const REMINDER_LABELS: Readonly<Record<ReminderKind, Readonly<Record<Lang, string>>>> = {
  assigned: { en: "Assigned", "zh-CN": "已分配" },
  dueSoon: { en: "Due soon", "zh-CN": "即将到期" },
  overdue: { en: "Overdue", "zh-CN": "已逾期" },
  escalation: { en: "Escalation", "zh-CN": "升级" },
};

const REMINDER_BY_SPELLING: ReadonlyMap<string, ReminderKind> = new Map(
  REMINDER_KINDS.flatMap((k): [string, ReminderKind][] => [
    [matchKey(REMINDER_LABELS[k].en), k],
    [matchKey(REMINDER_LABELS[k]["zh-CN"]), k],
    [matchKey(k), k],
  ]),
);

export function reminderLabel(kind: ReminderKind, lang: Lang): string {
  return REMINDER_LABELS[kind][lang];
}

/** A reminder kind from its id or its label in either language. */
export function parseReminderKind(text: string): ReminderKind | undefined {
  return REMINDER_BY_SPELLING.get(matchKey(text));
}

const BY_SPELLING: ReadonlyMap<string, EventType> = new Map([
  ...EVENT_TYPES.flatMap((t): [string, EventType][] => [
    [matchKey(EVENT_LABELS[t].en), t],
    [matchKey(EVENT_LABELS[t]["zh-CN"]), t],
    [matchKey(t), t],
  ]),
  // Written by an earlier version: still read.
  ["已分派", "assigned"],
]);

export function eventLabel(type: EventType, lang: Lang): string {
  return EVENT_LABELS[type][lang];
}

/** An event type from its id or its label in either language (History written by any front end). */
export function parseEventType(text: string): EventType | undefined {
  return BY_SPELLING.get(matchKey(text));
}
