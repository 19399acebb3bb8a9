import "../../words/reminders";
import type { Lang } from "../../words/lang";
import { say } from "../../words/say";
import type { CellInput } from "../../core/register/cell-value";
import { cleanText, matchKey } from "../../core/text";
import { formatDateTime, fromExcelSerial, parseLocal, toExcelSerial } from "../../core/time/local-time";
import { DATE_TIME_FORMAT, safeText, type ExcelCell } from "../excel-cell";

/**
 * The Outbox (docs/notifications.md): one row per message, the contract with whatever delivers them — a
 * Power Automate flow, `procsheet notify`, a person. Its own sheet, "Outbox" / "发件箱", a table per process.
 */
export const OUTBOX_KEYS = [
  "created",
  "channel",
  "to",
  "address",
  "subject",
  "body",
  "caseId",
  "status",
  "attempts",
  "lastError",
  "nextTry",
  "key",
] as const;
export type OutboxKey = (typeof OUTBOX_KEYS)[number];

export const OUTBOX_HEADERS: Readonly<Record<OutboxKey, Readonly<Record<Lang, string>>>> = {
  created: { en: "Created", "zh-CN": "创建时间" },
  channel: { en: "Channel", "zh-CN": "渠道" },
  to: { en: "To", "zh-CN": "收件人" },
  address: { en: "Address", "zh-CN": "地址" },
  subject: { en: "Subject", "zh-CN": "主题" },
  body: { en: "Body", "zh-CN": "正文" },
  caseId: { en: "Case", "zh-CN": "事项" },
  status: { en: "Status", "zh-CN": "状态" },
  attempts: { en: "Attempts", "zh-CN": "尝试次数" },
  lastError: { en: "Last error", "zh-CN": "最近错误" },
  nextTry: { en: "Next try", "zh-CN": "下次尝试" },
  key: { en: "Key", "zh-CN": "键" },
};

export const OUTBOX_SHEET: Readonly<Record<Lang, string>> = { en: "Outbox", "zh-CN": "发件箱" };

/** The Outbox table of a process: `PS_<id>_Outbox` (hyphens as underscores, as the register's). */
export function outboxTableName(processId: string): string {
  return `PS_${processId.replace(/-/g, "_")}_Outbox`;
}

export const OUTBOX_CHANNELS = ["email", "teams", "wecom", "dingtalk", "slack", "json"] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];
export const OUTBOX_STATUSES = ["pending", "sent", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** One message of the Outbox. Times are `YYYY-MM-DDTHH:mm:ss`, local. */
export interface OutboxRow {
  readonly created: string;
  readonly channel: OutboxChannel;
  readonly to: string;
  readonly address: string;
  readonly subject: string;
  readonly body: string;
  readonly caseId: string;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly lastError?: string;
  readonly nextTry?: string;
  /** `caseId|step|visitStart|kind|level|to`: the same message always has the same key. */
  readonly key: string;
}

export function outboxHeaders(lang: Lang): string[] {
  return OUTBOX_KEYS.map((k) => OUTBOX_HEADERS[k][lang]);
}

export function outboxStatusLabel(status: OutboxStatus, lang: Lang): string {
  return say(`outbox.status.${status}`, {}, lang);
}

const STATUS_BY_SPELLING: ReadonlyMap<string, OutboxStatus> = new Map(
  OUTBOX_STATUSES.flatMap((s): [string, OutboxStatus][] => [
    [s, s],
    [matchKey(outboxStatusLabel(s, "en")), s],
    [matchKey(outboxStatusLabel(s, "zh-CN")), s],
  ]),
);

const BY_HEADER: ReadonlyMap<string, OutboxKey> = new Map(
  OUTBOX_KEYS.flatMap((k): [string, OutboxKey][] => [
    [matchKey(k), k],
    [matchKey(OUTBOX_HEADERS[k].en), k],
    [matchKey(OUTBOX_HEADERS[k]["zh-CN"]), k],
  ]),
);

/** How an Outbox table's header maps to keys (any order, either language), and the language it is in. */
export interface OutboxColumns {
  readonly positions: ReadonlyMap<OutboxKey, number>;
  readonly lang: Lang;
  readonly width: number;
}

export function mapOutboxColumns(headers: readonly CellInput[]): OutboxColumns {
  const positions = new Map<OutboxKey, number>();
  let zh = 0;
  let en = 0;
  headers.forEach((h, i) => {
    const text = h === null || h === undefined ? "" : cleanText(String(h));
    const key = BY_HEADER.get(matchKey(text));
    if (!key || positions.has(key)) return;
    positions.set(key, i);
    if (matchKey(text) === matchKey(OUTBOX_HEADERS[key]["zh-CN"])) zh++;
    else if (matchKey(text) === matchKey(OUTBOX_HEADERS[key].en)) en++;
  });
  return { positions, lang: zh > en ? "zh-CN" : "en", width: headers.length };
}

function text(v: CellInput): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

function time(v: CellInput): string | undefined {
  const t = typeof v === "number" ? fromExcelSerial(v) : parseLocal(text(v));
  return t === undefined ? undefined : formatDateTime(t);
}

/**
 * An Outbox row read back (Excel's values or file text), or undefined for a row that is no message: blank,
 * or without a key (a person's note). A status nobody wrote reads as pending; a channel none of ours, email.
 */
export function decodeOutboxRow(columns: OutboxColumns, cells: readonly CellInput[]): OutboxRow | undefined {
  const get = (k: OutboxKey): CellInput => {
    const i = columns.positions.get(k);
    return i === undefined ? undefined : cells[i];
  };
  const key = text(get("key"));
  if (key === "") return undefined;
  const channel = OUTBOX_CHANNELS.find((c) => c === matchKey(text(get("channel")))) ?? "email";
  const attempts = Number(text(get("attempts")) || 0);
  const lastError = text(get("lastError"));
  const nextTry = time(get("nextTry"));
  return {
    created: time(get("created")) ?? "",
    channel,
    to: text(get("to")),
    address: text(get("address")),
    subject: text(get("subject")),
    body: get("body") === null || get("body") === undefined ? "" : String(get("body")),
    caseId: text(get("caseId")),
    status: STATUS_BY_SPELLING.get(matchKey(text(get("status")))) ?? "pending",
    attempts: Number.isInteger(attempts) && attempts > 0 ? attempts : 0,
    ...(lastError !== "" ? { lastError } : {}),
    ...(nextTry !== undefined ? { nextTry } : {}),
    key,
  };
}

/** An Outbox row's cells by key, as Excel receives them: texts guarded, times as date-times, status in `lang`. */
export function encodeOutboxRow(row: OutboxRow, lang: Lang): Record<OutboxKey, ExcelCell> {
  const t = (s: string | undefined): ExcelCell => ({ value: safeText(s ?? "") });
  const at = (s: string | undefined): ExcelCell => {
    const ms = s === undefined ? undefined : parseLocal(s);
    return ms === undefined ? { value: "" } : { value: toExcelSerial(ms), numberFormat: DATE_TIME_FORMAT };
  };
  return {
    created: at(row.created),
    channel: t(row.channel),
    to: t(row.to),
    address: t(row.address),
    subject: t(row.subject),
    body: t(row.body),
    caseId: t(row.caseId),
    status: t(outboxStatusLabel(row.status, lang)),
    attempts: { value: row.attempts },
    lastError: t(row.lastError),
    nextTry: at(row.nextTry),
    key: t(row.key),
  };
}

/** The cells of a row in a table with these columns (columns it lacks are dropped, others left blank). */
export function outboxCellsFor(
  columns: OutboxColumns,
  cells: Readonly<Record<OutboxKey, ExcelCell>>,
): ExcelCell[] {
  const out: ExcelCell[] = Array.from({ length: columns.width }, () => ({ value: "" }));
  for (const k of OUTBOX_KEYS) {
    const i = columns.positions.get(k);
    if (i !== undefined) out[i] = cells[k];
  }
  return out;
}
