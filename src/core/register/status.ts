import type { Lang } from "../../words/lang";
import { matchKey } from "../text";

/** Canonical status words, as rules see them (docs/specification.md §2). */
export const STATUSES = ["todo", "doing", "waiting", "blocked", "done", "cancelled"] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<Status, Readonly<Record<Lang, string>>>> = {
  todo: { en: "To do", "zh-CN": "待办" },
  doing: { en: "In progress", "zh-CN": "进行中" },
  waiting: { en: "Waiting", "zh-CN": "等待" },
  blocked: { en: "Blocked", "zh-CN": "受阻" },
  done: { en: "Done", "zh-CN": "完成" },
  cancelled: { en: "Cancelled", "zh-CN": "已取消" },
};

// What people actually type: the labels in both languages, the canonical words, and common spellings.
// A Map, not an object literal, so a cell reading "__proto__" finds nothing.
const ALIASES: ReadonlyMap<string, Status> = new Map<string, Status>([
  ...STATUSES.flatMap((s): [string, Status][] => [
    [s, s],
    [matchKey(STATUS_LABELS[s].en), s],
    [matchKey(STATUS_LABELS[s]["zh-CN"]), s],
  ]),
  ["to-do", "todo"],
  ["open", "todo"],
  ["in-progress", "doing"],
  ["started", "doing"],
  ["canceled", "cancelled"],
  ["complete", "done"],
  ["completed", "done"],
  ["已完成", "done"],
  ["取消", "cancelled"],
  ["阻塞", "blocked"],
]);

/**
 * Every spelling `parseStatus` reads as `status`: the labels first, then the canonical word and aliases.
 * Formats and filters in the workbook use it so they agree with the engine about what a cell says.
 */
export function statusSpellings(status: Status): string[] {
  const out = [STATUS_LABELS[status].en, STATUS_LABELS[status]["zh-CN"]];
  for (const [spelling, s] of ALIASES)
    if (s === status && !out.some((x) => matchKey(x) === spelling)) out.push(spelling);
  return out;
}

/** @example parseStatus("进行中") === "doing"; parseStatus("Approved") === undefined */
export function parseStatus(text: string): Status | undefined {
  return ALIASES.get(matchKey(text));
}

export function statusLabel(status: Status, lang: Lang): string {
  return STATUS_LABELS[status][lang];
}

/** Open means the case still needs someone: not done and not cancelled. */
export function isOpenStatus(status: Status | undefined): boolean {
  return status !== "done" && status !== "cancelled";
}
