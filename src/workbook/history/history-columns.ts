import { procsheetError } from "../../core/error";
import type { Lang } from "../../words/lang";
import { EVENT_COLUMNS, type ProcessEvent } from "../../core/sync/events";
import { parseLocal, toExcelSerial } from "../../core/time/local-time";
import type { ProcsheetError } from "../../core/result";
import { safeText } from "../excel-cell";
import { cellList } from "../grid/sheet-grid";

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

export function historyProtectedError(table: string, sheet: string): ProcsheetError {
  return procsheetError("SHEET_SHAPE", "history.protected", { table, sheet });
}

export function historyCellsBelowError(
  table: string,
  sheet: string,
  cells: readonly string[],
): ProcsheetError {
  return procsheetError("SHEET_SHAPE", "history.cellsBelow", { table, sheet, cells: cellList(cells) });
}
