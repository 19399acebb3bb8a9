import type { Lang } from "../../words/lang";
import { EVENT_TYPES, type EventType } from "../../core/sync/events";
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
};

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
