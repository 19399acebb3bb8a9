import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import { headerFor } from "../../core/register/columns";
import { encodeCell } from "../../core/register/row-codec";
import { statusLabel } from "../../core/register/status";
import type { ProcessEvent } from "../../core/sync/events";
import { matchKey, resolveText } from "../../core/text";
import { formatDateTime, parseLocal, toExcelSerial } from "../../core/time/local-time";
import { safeText, toExcelCell, type ExcelCell } from "../excel-cell";
import { eventLabel, reminderLabel } from "./event-words";
import { ALL_HISTORY_KEYS, HISTORY_AT_FORMAT, type HistoryColumns, type HistoryKey } from "./history-columns";

/** How rows are written: in a language people read, or as ids and ISO times (a command-line events file). */
export type HistoryWording = Lang | "keys";

/**
 * A step as History names it: its name in `lang`, unless that name would read back as another step
 * (a name equal to another step's id), then its id; a step the process no longer has keeps its id.
 */
function stepText(process: CompiledProcess, id: string, wording: HistoryWording): string {
  if (wording === "keys" || id === "") return id;
  const step = process.stepById.get(id);
  const name = step ? resolveText(step.def.name, wording) : "";
  return name !== "" && process.stepIdByName.get(matchKey(name)) === id ? name : id;
}

/**
 * One event's cells by History key: texts through the one sanitizer, the time as an Excel date serial
 * with a time format (ISO text for "keys"), the type, status and steps in the workbook's language.
 */
export function historyCells(
  process: CompiledProcess,
  e: ProcessEvent,
  version: number,
  wording: HistoryWording,
): Record<HistoryKey, ExcelCell> {
  const at = parseLocal(e.at);
  const text = (s: string): ExcelCell => ({ value: safeText(s) });
  return {
    caseId: text(e.caseId),
    at:
      at === undefined
        ? text(e.at)
        : wording === "keys"
          ? text(formatDateTime(at))
          : { value: toExcelSerial(at), numberFormat: HISTORY_AT_FORMAT },
    type: text(wording === "keys" ? e.type : eventLabel(e.type, wording)),
    step: text(stepText(process, e.step, wording)),
    fromStep: text(stepText(process, e.fromStep ?? "", wording)),
    status: text(wording === "keys" ? e.status : statusLabel(e.status, wording)),
    owner: text(e.owner ?? ""),
    by: text(e.by ?? ""),
    version: { value: version },
    ...fieldCells(process, e, wording),
    reminder: text(
      e.reminder === undefined ? "" : wording === "keys" ? e.reminder : reminderLabel(e.reminder, wording),
    ),
    level: { value: e.level ?? "" },
    recipient: text(e.recipient ?? ""),
  };
}

/** A field change's field (by its header in the workbook's language) and its values as the register shows them. */
function fieldCells(
  process: CompiledProcess,
  e: ProcessEvent,
  wording: HistoryWording,
): Pick<Record<HistoryKey, ExcelCell>, "field" | "from" | "to"> {
  const empty = { value: "" };
  if (e.field === undefined) return { field: empty, from: empty, to: empty };
  const key = e.field;
  const value = (v: ProcessEvent["from"]): ExcelCell => {
    if (v === undefined) return empty;
    if (wording === "keys") return { value: typeof v === "string" ? safeText(v) : v };
    const cell = toExcelCell(encodeCell(process, key, v, wording));
    return cell;
  };
  return {
    field: { value: safeText(wording === "keys" ? key : headerFor(process, key, wording)) },
    from: value(e.from),
    to: value(e.to),
  };
}

/** The row of a History table with these columns (cells of columns it lacks are dropped; others blank). */
export function historyRowFor(
  columns: HistoryColumns,
  width: number,
  cells: Readonly<Record<HistoryKey, ExcelCell>>,
): ExcelCell[] {
  const row: ExcelCell[] = Array.from({ length: width }, () => ({ value: "" }));
  for (const key of ALL_HISTORY_KEYS) {
    const i = columns.positions.get(key);
    if (i !== undefined && i < width) row[i] = cells[key];
  }
  return row;
}
