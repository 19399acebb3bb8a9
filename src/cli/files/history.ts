import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Workbook, Worksheet } from "exceljs";
import type { CompiledProcess } from "../../core/process";
import type { CellInput } from "../../core/register/cell-value";
import { historySheetName, historyTableName, safeSheetName } from "../../core/register/names";
import { parseStatus } from "../../core/register/status";
import { EVENT_COLUMNS, EVENT_TYPES, type EventType, type ProcessEvent } from "../../core/sync/events";
import { matchKey, resolveText } from "../../core/text";
import { formatDateTime, fromExcelSerial, parseLocal } from "../../core/time/local-time";
import type { Context } from "../context";
import { badInput } from "../failure";
import { writeFileAtomic } from "./atomic-write";
import { csvBytes, guardCsv, isBlankRecord, NEW_CSV, parseCsv, unguardCsv } from "./csv";
import { readText } from "./process-file";
import { encodeText } from "./text-file";
import { fileKind, isBlankRow } from "./register";
import { usedRange } from "./xlsx-register";
import {
  cellInput,
  isEmptyValue,
  loadWorkbook,
  NUMBER_FORMATS,
  newWorkbook,
  parseRange,
  rangeAddress,
  saveWorkbook,
  tablesOf,
  writeCell,
  type TableHandle,
} from "./xlsx-workbook";

type EventColumn = (typeof EVENT_COLUMNS)[number];
const REQUIRED: readonly EventColumn[] = ["caseId", "at", "type", "step", "status"];
// A sheet "named like History": Excel reserves the bare name "History" (Track Changes), so it never occurs.
const HISTORY_SHEET_NAME = /history|历史/i;

/** History rows as read from any file: a label for messages ("line 5", "row 5") and the cells. */
interface HistoryBlock {
  readonly headers: readonly string[];
  readonly rows: readonly { readonly where: string; readonly cells: readonly CellInput[] }[];
}

function columnPositions(ctx: Context, file: string, headers: readonly string[]): Map<EventColumn, number> {
  const byName = new Map(headers.map((h, i): [string, number] => [matchKey(h), i]));
  const positions = new Map<EventColumn, number>();
  for (const c of EVENT_COLUMNS) {
    const i = byName.get(matchKey(c));
    if (i !== undefined) positions.set(c, i);
  }
  const missing = REQUIRED.filter((c) => !positions.has(c));
  if (missing.length > 0) throw badInput(ctx.m.historyColumns(file, missing.join(", ")));
  return positions;
}

function text(v: CellInput | undefined): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

function parseAt(v: CellInput | undefined): string | undefined {
  if (typeof v === "number") {
    const t = fromExcelSerial(v);
    return t === undefined ? undefined : formatDateTime(t);
  }
  const t = parseLocal(text(v));
  return t === undefined ? undefined : formatDateTime(t);
}

function toEvents(ctx: Context, file: string, process: CompiledProcess, block: HistoryBlock): ProcessEvent[] {
  const pos = columnPositions(ctx, file, block.headers);
  const stepId = (s: string): string => process.stepIdByName.get(matchKey(s)) ?? s;
  const events: ProcessEvent[] = [];
  for (const { where, cells } of block.rows) {
    if (isBlankRow(cells)) continue;
    const get = (c: EventColumn): CellInput | undefined => {
      const i = pos.get(c);
      return i === undefined ? undefined : cells[i];
    };
    const bad = (detail: string): Error => badInput(ctx.m.historyBadLine(file, where, detail));
    const caseId = text(get("caseId"));
    if (!caseId) throw bad(ctx.m.eventNoCase);
    const type = text(get("type"));
    if (!(EVENT_TYPES as readonly string[]).includes(type)) throw bad(ctx.m.eventType(type));
    const at = parseAt(get("at"));
    if (at === undefined) throw bad(ctx.m.eventAt(text(get("at"))));
    const step = text(get("step"));
    if (!step) throw bad(ctx.m.eventStep);
    const status = parseStatus(text(get("status")));
    if (!status) throw bad(ctx.m.eventStatus(text(get("status"))));
    const fromStep = text(get("fromStep"));
    const owner = text(get("owner"));
    const by = text(get("by"));
    events.push({
      caseId,
      at,
      type: type as EventType,
      step: stepId(step),
      ...(fromStep ? { fromStep: stepId(fromStep) } : {}),
      status,
      ...(owner ? { owner } : {}),
      ...(by ? { by } : {}),
    });
  }
  return events;
}

function csvBlock(ctx: Context, file: string): HistoryBlock {
  const doc = parseCsv(ctx, file, readText(ctx, file));
  const headerAt = doc.records.findIndex((r) => !isBlankRecord(r));
  if (headerAt < 0) throw badInput(ctx.m.historyColumns(file, REQUIRED.join(", ")));
  return {
    headers: (doc.records[headerAt] ?? []).map((h) => unguardCsv(h).trim()),
    rows: doc.records.slice(headerAt + 1).map((r, i) => ({
      where: ctx.m.lineLabel(doc.lines[headerAt + 1 + i] ?? 0),
      cells: r.map((c) => (c.trim() === "" ? null : unguardCsv(c))),
    })),
  };
}

interface HistoryPlace {
  readonly sheet: Worksheet;
  readonly table: TableHandle | undefined;
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
}

/** The History table made by `init` (historyTableName), else a sheet named like "History". */
function findHistory(wb: Workbook, process: CompiledProcess): HistoryPlace | undefined {
  const wanted = historyTableName(process.definition.id).toLowerCase();
  for (const sheet of wb.worksheets)
    for (const table of tablesOf(sheet)) {
      const range = parseRange(table.model.tableRef);
      if (range && table.model.name.toLowerCase() === wanted)
        return {
          sheet,
          table,
          headerRow: range.top,
          left: range.left,
          right: range.right,
          bottom: range.bottom,
        };
    }
  const sheet = wb.worksheets.find((s) => HISTORY_SHEET_NAME.test(s.name));
  if (!sheet) return undefined;
  const used = usedRange(sheet);
  return used
    ? {
        sheet,
        table: undefined,
        headerRow: used.top,
        left: used.left,
        right: used.right,
        bottom: used.bottom,
      }
    : { sheet, table: undefined, headerRow: 1, left: 1, right: 0, bottom: 0 };
}

function placeBlock(ctx: Context, place: HistoryPlace): HistoryBlock {
  const at = (r: number, c: number): CellInput => cellInput(place.sheet.findCell(r, c)?.value ?? null);
  const headers: string[] = [];
  for (let c = place.left; c <= place.right; c++) headers.push(text(at(place.headerRow, c)));
  const rows: { where: string; cells: CellInput[] }[] = [];
  for (let r = place.headerRow + 1; r <= place.bottom; r++) {
    const cells: CellInput[] = [];
    for (let c = place.left; c <= place.right; c++) cells.push(at(r, c));
    rows.push({ where: ctx.m.rowLabel(place.sheet.name, r), cells });
  }
  return { headers, rows };
}

/** Events from a History file (.csv, or .xlsx with a History table or sheet), in file order. */
export async function readHistory(
  ctx: Context,
  file: string,
  process: CompiledProcess,
): Promise<ProcessEvent[]> {
  const kind = fileKind(ctx, file);
  if (kind === "csv") return toEvents(ctx, file, process, csvBlock(ctx, file));
  const wb = await loadWorkbook(ctx, file);
  const place = findHistory(wb, process);
  if (!place) throw badInput(ctx.m.historyNotFound(file));
  return toEvents(ctx, file, process, placeBlock(ctx, place));
}

function eventValue(e: ProcessEvent, c: EventColumn): string {
  return e[c] ?? "";
}

/**
 * Appends events to a CSV History, creating it with the header row when it is missing or empty (as a CSV
 * for people: UTF-8 with a BOM unless `noBom`). The bytes already there are kept as they are; the new
 * rows follow in the file's own encoding, delimiter and line end.
 */
function appendCsv(ctx: Context, file: string, events: readonly ProcessEvent[], noBom: boolean): void {
  const path = resolve(ctx.cwd, file);
  const existing = existsSync(path) ? readText(ctx, file) : undefined;
  if (!existing || existing.text.trim() === "") {
    const rows = events.map((e) => EVENT_COLUMNS.map((c) => guardCsv(eventValue(e, c))));
    writeFileAtomic(
      ctx,
      path,
      csvBytes(ctx, file, [[...EVENT_COLUMNS], ...rows], { ...NEW_CSV, bom: !noBom }),
    );
    return;
  }
  if (events.length === 0) return;
  const doc = parseCsv(ctx, file, existing);
  const header = doc.records.find((r) => !isBlankRecord(r)) ?? [];
  const pos = columnPositions(
    ctx,
    file,
    header.map((h) => unguardCsv(h).trim()),
  );
  const rows = events.map((e) => {
    const row = header.map(() => "");
    for (const [c, i] of pos) row[i] = guardCsv(eventValue(e, c));
    return row;
  });
  const sep = /[\r\n]$/.test(existing.text) ? "" : doc.eol;
  const sepBytes = encodeText(sep, doc.encoding, false) ?? Buffer.alloc(0);
  const rowBytes = csvBytes(ctx, file, rows, { ...doc, bom: false });
  writeFileAtomic(ctx, path, Buffer.concat([existing.bytes, sepBytes, rowBytes]));
}

function writeEventRow(
  sheet: Worksheet,
  row: number,
  columns: Map<EventColumn, number>,
  e: ProcessEvent,
): void {
  for (const [c, col] of columns) {
    const cell = sheet.getRow(row).getCell(col);
    const value = eventValue(e, c);
    const t = c === "at" ? parseLocal(value) : undefined;
    if (t !== undefined) {
      writeCell(cell, { kind: "date", value: t, time: true });
      if (cell.numFmt === NUMBER_FORMATS.datetime)
        cell.style = { ...cell.style, numFmt: NUMBER_FORMATS.timestamp };
    } else writeCell(cell, value === "" ? { kind: "empty" } : { kind: "text", value });
  }
}

/** The sheet `init` makes for the History, `<process name> History`, in the CLI's language. */
export function newHistorySheetName(ctx: Context, process: CompiledProcess): string {
  return safeSheetName(
    historySheetName(resolveText(process.definition.name, ctx.lang) || process.definition.id, ctx.lang),
  );
}

/**
 * Appends events to a workbook in memory: below the last filled row of the History table (which then
 * grows to hold them), or of a sheet named like "History", or on a new sheet named as `init` names it.
 */
export function appendEventsToWorkbook(
  ctx: Context,
  file: string,
  wb: Workbook,
  process: CompiledProcess,
  events: readonly ProcessEvent[],
): void {
  const place = findHistory(wb, process);
  if (!place || place.right < place.left) {
    const name = newHistorySheetName(ctx, process);
    const sheet = place?.sheet ?? wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    const columns = new Map(EVENT_COLUMNS.map((c, i): [EventColumn, number] => [c, i + 1]));
    EVENT_COLUMNS.forEach((c, i) => {
      sheet.getRow(1).getCell(i + 1).value = c;
      sheet.getColumn(i + 1).width = c === "at" ? 20 : 14;
    });
    events.forEach((e, i) => writeEventRow(sheet, 2 + i, columns, e));
    return;
  }
  const block = placeBlock(ctx, place);
  const positions = columnPositions(ctx, file, block.headers);
  const columns = new Map([...positions].map(([c, i]): [EventColumn, number] => [c, place.left + i]));
  let last = block.rows.length - 1;
  while (last >= 0 && isBlankRow(block.rows[last]?.cells ?? [])) last--;
  const start = place.headerRow + 2 + last;
  for (let r = Math.max(start, place.bottom + 1); r < start + events.length; r++)
    for (let c = place.left; c <= place.right; c++)
      if (!isEmptyValue(place.sheet.findCell(r, c)?.value ?? null))
        throw badInput(ctx.m.historyBlocked(file, place.sheet.name, r));
  events.forEach((e, i) => writeEventRow(place.sheet, start + i, columns, e));
  const model = place.table?.model;
  const bottom = Math.max(place.bottom, start + events.length - 1);
  if (model && bottom > place.bottom) {
    model.tableRef = rangeAddress({ top: place.headerRow, left: place.left, bottom, right: place.right });
    if (model.autoFilterRef !== undefined) model.autoFilterRef = model.tableRef;
  }
}

/** `--events FILE`: appends to a CSV or an .xlsx History, creating the file when it is missing. */
export async function appendEventsToFile(
  ctx: Context,
  file: string,
  process: CompiledProcess,
  events: readonly ProcessEvent[],
  noBom = false,
): Promise<void> {
  if (fileKind(ctx, file) === "csv") return appendCsv(ctx, file, events, noBom);
  const path = resolve(ctx.cwd, file);
  const wb = existsSync(path) ? await loadWorkbook(ctx, file) : await newWorkbook();
  appendEventsToWorkbook(ctx, file, wb, process, events);
  await saveWorkbook(ctx, wb, path);
}
