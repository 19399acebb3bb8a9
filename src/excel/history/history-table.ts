import type { Lang } from "../../core/i18n/lang";
import { EVENT_COLUMNS, type ProcessEvent } from "../../core/sync/events";
import { parseLocal, toExcelSerial } from "../../core/time/local-time";
import { safeText } from "../cell-write";

/** History columns in a workbook: the event keys, plus the definition version the event ran under. */
export const HISTORY_KEYS = [...EVENT_COLUMNS, "version"] as const;
export type HistoryKey = (typeof HISTORY_KEYS)[number];

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
};

export const HISTORY_AT_FORMAT = "yyyy-mm-dd hh:mm:ss";

/** A History row; every text goes through the one sanitizer. */
export function historyRow(e: ProcessEvent, version: number): (string | number)[] {
  const at = parseLocal(e.at);
  return [
    safeText(e.caseId),
    at === undefined ? safeText(e.at) : toExcelSerial(at),
    e.type,
    safeText(e.step),
    safeText(e.fromStep ?? ""),
    e.status,
    safeText(e.owner ?? ""),
    safeText(e.by ?? ""),
    version,
  ];
}

/** Where the next History row goes: an empty table still has one blank body row, which is filled first. */
export function appendStart(bodyRowCount: number, firstRow: readonly unknown[] | undefined): number {
  const blank =
    bodyRowCount === 1 && (firstRow ?? []).every((v) => v === "" || v === null || v === undefined);
  return blank ? 0 : bodyRowCount;
}

/**
 * Queues History rows written directly below the table, which makes Excel extend it. The co-authoring
 * guidance prefers this to `TableRowCollection.add`, which conflicts between co-authors
 * (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins).
 */
export function queueAppendHistory(
  table: Excel.Table,
  start: number,
  rows: readonly (string | number)[][],
): void {
  if (rows.length === 0) return;
  const width = rows[0]?.length ?? HISTORY_KEYS.length;
  const target = table
    .getDataBodyRange()
    .getCell(start, 0)
    .getResizedRange(rows.length - 1, width - 1);
  target.values = rows.map((r) => [...r]);
  const atColumn = HISTORY_KEYS.indexOf("at");
  target.getColumn(atColumn).numberFormat = rows.map(() => [HISTORY_AT_FORMAT]);
}
