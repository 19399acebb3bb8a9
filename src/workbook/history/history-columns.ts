import type { Lang } from "../../words/lang";
import { EVENT_COLUMNS } from "../../core/sync/events";
import { matchKey } from "../../core/text";

/**
 * History columns in a workbook: the event keys, plus the definition version the event ran under. The
 * add-in and `procsheet init` make the table with these headers in the workbook's language; a table is
 * read by key or by header in either language, in any order, with or without `version`
 * (docs/specification.md §3.9).
 */
export const HISTORY_KEYS = [...EVENT_COLUMNS, "version", "field", "from", "to"] as const;

/** The columns a History table made before field-change events lacks; they are added when first needed. */
export const FIELD_CHANGE_KEYS = ["field", "from", "to"] as const satisfies readonly HistoryKey[];

/**
 * The columns of `reminded` events (docs/specification.md §8.3): added at a History's right when the first
 * reminder is recorded, so a History that never holds one keeps the columns it was made with.
 */
export const REMINDER_KEYS = ["reminder", "level", "recipient"] as const;

/** Every column a History table may hold: a new table's, then those added when first needed. */
export const ALL_HISTORY_KEYS = [...HISTORY_KEYS, ...REMINDER_KEYS] as const;
export type HistoryKey = (typeof ALL_HISTORY_KEYS)[number];

export const HISTORY_HEADERS: Readonly<Record<HistoryKey, Readonly<Record<Lang, string>>>> = {
  caseId: { en: "Case ID", "zh-CN": "编号" },
  at: { en: "At", "zh-CN": "时间" },
  type: { en: "Event", "zh-CN": "事件" },
  step: { en: "Step", "zh-CN": "步骤" },
  fromStep: { en: "From step", "zh-CN": "原步骤" },
  status: { en: "Status", "zh-CN": "状态" },
  owner: { en: "Owner", "zh-CN": "负责人" },
  by: { en: "By", "zh-CN": "操作人" },
  version: { en: "Version", "zh-CN": "版本" },
  field: { en: "Field", "zh-CN": "字段" },
  from: { en: "Old value", "zh-CN": "原值" },
  to: { en: "New value", "zh-CN": "新值" },
  reminder: { en: "Reminder", "zh-CN": "提醒" },
  level: { en: "Level", "zh-CN": "级别" },
  recipient: { en: "Recipient", "zh-CN": "接收人" },
};

/** The columns an event cannot be read without. */
export const REQUIRED_HISTORY_KEYS: readonly HistoryKey[] = ["caseId", "at", "type", "step", "status"];

export const HISTORY_AT_FORMAT = "yyyy-mm-dd hh:mm:ss";

/** The header row of a new History table. */
export function historyHeaders(lang: Lang): string[] {
  return HISTORY_KEYS.map((k) => HISTORY_HEADERS[k][lang]);
}

const HEADER_TO_KEY: ReadonlyMap<string, { key: HistoryKey; lang?: Lang }> = new Map(
  ALL_HISTORY_KEYS.flatMap((k): [string, { key: HistoryKey; lang?: Lang }][] => [
    [matchKey(HISTORY_HEADERS[k].en), { key: k, lang: "en" }],
    [matchKey(HISTORY_HEADERS[k]["zh-CN"]), { key: k, lang: "zh-CN" }],
    // Keys last: a header that is a key is read as that key, whatever a label says.
    [matchKey(k), { key: k }],
  ]),
);

/** How a History table's header maps to event keys, and the language its headers are written in. */
export interface HistoryColumns {
  /** Event key → 0-based position in the header. */
  readonly positions: ReadonlyMap<HistoryKey, number>;
  /** Required keys no header names. */
  readonly missing: readonly HistoryKey[];
  /**
   * The headers' language: new rows are written in it. "keys" for a table headed by the event keys
   * (a command-line events file), whose rows hold ids and ISO times.
   */
  readonly lang: Lang | "keys";
}

export function mapHistoryColumns(headers: readonly unknown[]): HistoryColumns {
  const positions = new Map<HistoryKey, number>();
  const votes = { en: 0, "zh-CN": 0, keys: 0 };
  headers.forEach((h, i) => {
    const text = h === null || h === undefined ? "" : String(h).trim();
    const hit = HEADER_TO_KEY.get(matchKey(text));
    if (!hit || positions.has(hit.key)) return;
    positions.set(hit.key, i);
    // "Status", "Step" and "Owner" read the same as their keys; only a header that is a key and no label counts as keys.
    if (matchKey(text) === matchKey(hit.key) && matchKey(HISTORY_HEADERS[hit.key].en) !== matchKey(hit.key))
      votes.keys++;
    else if (hit.lang) votes[hit.lang]++;
  });
  const lang: HistoryColumns["lang"] =
    votes.keys > votes.en && votes.keys > votes["zh-CN"]
      ? "keys"
      : votes["zh-CN"] > votes.en
        ? "zh-CN"
        : "en";
  return { positions, missing: REQUIRED_HISTORY_KEYS.filter((k) => !positions.has(k)), lang };
}

/** Columns an older History table gains before rows that need them are written (appended at its right). */
export interface HistoryUpgrade {
  readonly add: readonly { readonly key: HistoryKey; readonly header: string }[];
  readonly columns: HistoryColumns;
  readonly width: number;
}

/**
 * What a History table needs to hold these events: the field-change columns when an event is a field
 * change and the table predates them (docs/specification.md §3.9), the reminder columns when an event is a
 * reminder (§8.3); headed in the table's language.
 */
export function historyUpgrade(
  columns: HistoryColumns,
  width: number,
  events: readonly { readonly field?: string; readonly reminder?: string }[],
): HistoryUpgrade {
  const needed: HistoryKey[] = [
    ...(events.some((e) => e.field !== undefined) ? FIELD_CHANGE_KEYS : []),
    ...(events.some((e) => e.reminder !== undefined) ? REMINDER_KEYS : []),
  ];
  const missing = needed.filter((k) => !columns.positions.has(k));
  if (missing.length === 0) return { add: [], columns, width };
  const positions = new Map(columns.positions);
  missing.forEach((k, i) => positions.set(k, width + i));
  return {
    add: missing.map((key) => ({
      key,
      header: columns.lang === "keys" ? key : HISTORY_HEADERS[key][columns.lang],
    })),
    columns: { ...columns, positions },
    width: width + missing.length,
  };
}
