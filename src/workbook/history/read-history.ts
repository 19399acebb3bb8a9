import type { CellInput } from "../../core/register/cell-value";
import type { CompiledProcess } from "../../core/process";
import { parseStatus } from "../../core/register/status";
import { readCell } from "../../core/register/row-codec";
import { matchKey, textVariants } from "../../core/text";
import { formatDateTime, fromExcelSerial, parseLocal } from "../../core/time/local-time";
import { parseEventType, parseReminderKind } from "./event-words";
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

type ProcessEventValue = string | number | boolean;

/** A field named in History by its key or its header in either language. */
function fieldKey(process: CompiledProcess, name: string): string | undefined {
  if (name === "") return undefined;
  const k = matchKey(name);
  if (k === "owner") return "owner";
  for (const f of process.definition.fields ?? [])
    if (matchKey(f.key) === k || textVariants(f.header).some((h) => matchKey(h) === k)) return f.key;
  return name;
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
  const field = fieldKey(process, text(get("field")));
  const valueOf = (k: "from" | "to"): ProcessEventValue | undefined => {
    const v = get(k);
    if (v === null || v === undefined || v === "") return undefined;
    // Dates were written as dates: read back in the rules' view (ISO text), like the register's cells.
    return (
      (field !== undefined ? readCell(process, field, v) : undefined) ??
      (typeof v === "string" ? v.trim() : v)
    );
  };
  const from = valueOf("from");
  const to = valueOf("to");
  const reminder = type === "reminded" ? parseReminderKind(text(get("reminder"))) : undefined;
  const level = Number(get("level"));
  const recipient = text(get("recipient"));
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
      ...(field !== undefined ? { field } : {}),
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
      ...(reminder !== undefined ? { reminder } : {}),
      ...(reminder !== undefined && text(get("level")) !== "" && Number.isInteger(level) && level > 0
        ? { level }
        : {}),
      ...(reminder !== undefined && recipient ? { recipient } : {}),
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
