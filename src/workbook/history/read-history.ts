import { EVENT_TYPES, type EventType } from "../../core/sync/events";
import { STATUSES, type Status } from "../../core/register/status";
import { matchKey } from "../../core/text";
import { formatDateTime, fromExcelSerial, parseLocal } from "../../core/time/local-time";
import type { HistoryEvent } from "./history-event";
import type { CellInput } from "../../core/register/cell-value";
import { HISTORY_HEADERS, HISTORY_KEYS, type HistoryKey } from "./history-columns";

const HEADER_TO_KEY: ReadonlyMap<string, HistoryKey> = new Map(
  HISTORY_KEYS.flatMap((k): [string, HistoryKey][] => [
    [matchKey(k), k],
    [matchKey(HISTORY_HEADERS[k].en), k],
    [matchKey(HISTORY_HEADERS[k]["zh-CN"]), k],
  ]),
);

function text(v: CellInput): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

function at(v: CellInput): string | undefined {
  if (typeof v === "number") {
    const t = fromExcelSerial(v);
    return t === undefined ? undefined : formatDateTime(t);
  }
  const t = parseLocal(text(v));
  return t === undefined ? undefined : formatDateTime(t);
}

/**
 * History rows back into events: columns found by key or header in either language; rows that are not
 * events (blank, unknown type, unreadable time) are skipped — History is also edited by hand.
 */
export function eventsFromHistory(
  headers: readonly CellInput[],
  rows: readonly (readonly CellInput[])[],
): HistoryEvent[] {
  const col = new Map<HistoryKey, number>();
  headers.forEach((h, i) => {
    const k = HEADER_TO_KEY.get(matchKey(text(h)));
    if (k && !col.has(k)) col.set(k, i);
  });
  const get = (row: readonly CellInput[], k: HistoryKey): CellInput => {
    const i = col.get(k);
    return i === undefined ? undefined : row[i];
  };
  const out: HistoryEvent[] = [];
  for (const row of rows) {
    const caseId = text(get(row, "caseId"));
    const type = text(get(row, "type")) as EventType;
    const when = at(get(row, "at"));
    const status = text(get(row, "status")) as Status;
    if (
      !caseId ||
      !when ||
      !(EVENT_TYPES as readonly string[]).includes(type) ||
      !(STATUSES as readonly string[]).includes(status)
    )
      continue;
    const fromStep = text(get(row, "fromStep"));
    const owner = text(get(row, "owner"));
    const by = text(get(row, "by"));
    const version = Number(get(row, "version"));
    out.push({
      caseId,
      at: when,
      type,
      step: text(get(row, "step")),
      status,
      ...(fromStep ? { fromStep } : {}),
      ...(owner ? { owner } : {}),
      ...(by ? { by } : {}),
      ...(Number.isInteger(version) && version > 0 ? { version } : {}),
    });
  }
  return out;
}
