import type { CellInput } from "../../core/register/cell-value";
import type { CompiledProcess } from "../../core/process";
import { parseStatus } from "../../core/register/status";
import { matchKey } from "../../core/text";
import { formatDateTime, fromExcelSerial, parseLocal } from "../../core/time/local-time";
import { parseEventType } from "./event-words";
import type { HistoryEvent } from "./history-event";
import type { HistoryColumns, HistoryKey } from "./history-columns";

/** Why one History row is not an event; `value` is the cell as found. */
export type HistoryRowProblem =
  | { readonly kind: "noCase" }
  | { readonly kind: "type"; readonly value: string }
  | { readonly kind: "at"; readonly value: string }
  | { readonly kind: "step" }
  | { readonly kind: "status"; readonly value: string };

export type HistoryRowResult =
  | { readonly ok: true; readonly event: HistoryEvent }
  | { readonly ok: false; readonly problem: HistoryRowProblem }
  /** Every cell empty: not an event and not a problem (tables keep blank rows). */
  | { readonly ok: "blank" };

function text(v: CellInput): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

/** A History time: an Excel date serial (what Excel's `values` give) or ISO-like text. */
function at(v: CellInput): string | undefined {
  if (typeof v === "number") {
    const t = fromExcelSerial(v);
    return t === undefined ? undefined : formatDateTime(t);
  }
  const t = parseLocal(text(v));
  return t === undefined ? undefined : formatDateTime(t);
}

/**
 * One History row as an event, whichever front end wrote it: types, statuses and steps by id or by
 * name in either language; times as serials or text (docs/specification.md §3.9).
 */
export function readHistoryRow(
  process: CompiledProcess,
  columns: HistoryColumns,
  row: readonly CellInput[],
): HistoryRowResult {
  const get = (k: HistoryKey): CellInput => {
    const i = columns.positions.get(k);
    return i === undefined ? undefined : row[i];
  };
  if (row.every((c) => text(c) === "")) return { ok: "blank" };
  const stepId = (s: string): string => process.stepIdByName.get(matchKey(s)) ?? s;
  const caseId = text(get("caseId"));
  if (!caseId) return { ok: false, problem: { kind: "noCase" } };
  const type = parseEventType(text(get("type")));
  if (!type) return { ok: false, problem: { kind: "type", value: text(get("type")) } };
  const when = at(get("at"));
  if (when === undefined) return { ok: false, problem: { kind: "at", value: text(get("at")) } };
  const step = text(get("step"));
  if (!step) return { ok: false, problem: { kind: "step" } };
  const status = parseStatus(text(get("status")));
  if (!status) return { ok: false, problem: { kind: "status", value: text(get("status")) } };
  const fromStep = text(get("fromStep"));
  const owner = text(get("owner"));
  const by = text(get("by"));
  const version = Number(get("version"));
  return {
    ok: true,
    event: {
      caseId,
      at: when,
      type,
      step: stepId(step),
      ...(fromStep ? { fromStep: stepId(fromStep) } : {}),
      status,
      ...(owner ? { owner } : {}),
      ...(by ? { by } : {}),
      ...(get("version") !== "" && Number.isInteger(version) && version > 0 ? { version } : {}),
    },
  };
}

/** A History table's readable rows, in table order; rows that are not events are skipped. */
export function historyEvents(
  process: CompiledProcess,
  columns: HistoryColumns,
  rows: readonly (readonly CellInput[])[],
): HistoryEvent[] {
  const out: HistoryEvent[] = [];
  for (const row of rows) {
    const r = readHistoryRow(process, columns, row);
    if (r.ok === true) out.push(r.event);
  }
  return out;
}
