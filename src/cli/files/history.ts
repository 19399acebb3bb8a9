import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Workbook, Worksheet } from "exceljs";
import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import type { CellInput } from "../../core/register/cell-value";
import { looksLikeFormula } from "../../core/register/formula-guard";
import { historySheetName, historyTableName, safeSheetName } from "../../core/register/names";
import { EVENT_COLUMNS, type ProcessEvent } from "../../core/sync/events";
import { matchKey, resolveText } from "../../core/text";
import type { ExcelCell } from "../../workbook/excel-cell";
import {
  FIELD_CHANGE_KEYS,
  historyUpgrade,
  mapHistoryColumns,
  type HistoryColumns,
  type HistoryUpgrade,
} from "../../workbook/history/history-columns";
import type { HistoryEvent } from "../../workbook/history/history-event";
import { appendStart, cellsInTheWay, type CellBelow } from "../../workbook/history/history-room";
import { historyCells, historyRowFor } from "../../workbook/history/history-row";
import { readHistoryRow, type HistoryRowProblem } from "../../workbook/history/read-history";
import type { Context } from "../context";
import { badInput } from "../failure";
import { csvBytes, guardCsv, isBlankRecord, NEW_CSV, parseCsv, unguardCsv } from "./csv";
import { readText, type TextFile } from "./process-file";
import { encodeText } from "./text-file";
import { fileKind } from "./register";
import { addHistorySheet } from "./xlsx-init";
import { boundProcess, readProcsheetParts, type BoundProcess } from "./xlsx-parts";
import { usedRange } from "./xlsx-register";
import {
  cellAddress,
  cellInput,
  isEmptyValue,
  loadWorkbook,
  newWorkbook,
  originalBytes,
  parseRange,
  rangeAddress,
  tablesOf,
  workbookBytes,
  type TableHandle,
} from "./xlsx-workbook";

// A sheet "named like History": Excel reserves the bare name "History" (Track Changes), so it never occurs.
const HISTORY_SHEET_NAME = /history|历史/i;

/** History rows as read from any file: a label for messages ("line 5", "row 5") and the cells. */
interface HistoryBlock {
  readonly headers: readonly CellInput[];
  readonly rows: readonly { readonly where: string; readonly cells: readonly CellInput[] }[];
}

function checkedColumns(ctx: Context, file: string, headers: readonly CellInput[]): HistoryColumns {
  const columns = mapHistoryColumns(headers);
  if (columns.missing.length > 0) throw badInput(ctx.m.historyColumns(file, columns.missing.join(", ")));
  return columns;
}

function problemText(ctx: Context, p: HistoryRowProblem): string {
  switch (p.kind) {
    case "noCase":
      return ctx.m.eventNoCase;
    case "type":
      return ctx.m.eventType(p.value);
    case "at":
      return ctx.m.eventAt(p.value);
    case "step":
      return ctx.m.eventStep;
    case "status":
      return ctx.m.eventStatus(p.value);
  }
}

/** Every row an event, through the one History reader (src/workbook/history); a bad row is bad input naming it. */
function toEvents(ctx: Context, file: string, process: CompiledProcess, block: HistoryBlock): HistoryEvent[] {
  const columns = checkedColumns(ctx, file, block.headers);
  const events: HistoryEvent[] = [];
  for (const { where, cells } of block.rows) {
    const r = readHistoryRow(process, columns, cells);
    if (r.ok === "blank") continue;
    if (r.ok === false) throw badInput(ctx.m.historyBadLine(file, where, problemText(ctx, r.problem)));
    events.push(r.event);
  }
  return events;
}

function csvBlock(ctx: Context, file: string): HistoryBlock {
  const doc = parseCsv(ctx, file, readText(ctx, file));
  const headerAt = doc.records.findIndex((r) => !isBlankRecord(r));
  if (headerAt < 0) throw badInput(ctx.m.historyColumns(file, "caseId, at, type, step, status"));
  return {
    headers: (doc.records[headerAt] ?? []).map((h) => unguardCsv(h).trim()),
    rows: doc.records.slice(headerAt + 1).map((r, i) => ({
      where: ctx.m.lineLabel(doc.lines[headerAt + 1 + i] ?? 0),
      cells: r.map((c) => (c.trim() === "" ? null : unguardCsv(c))),
    })),
  };
}

/** Where History sits in a workbook (1-based rows and columns). */
interface HistoryPlace {
  readonly sheet: Worksheet;
  readonly table: TableHandle | undefined;
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * The History table the workbook binds to the process (the add-in's record, else `PS_<id>_History`),
 * else a sheet named like "History".
 */
function findHistory(
  wb: Workbook,
  process: CompiledProcess,
  bound: BoundProcess | undefined,
): HistoryPlace | undefined {
  const wanted = [bound?.binding.historyTableName, historyTableName(process.definition.id)]
    .filter((n): n is string => n !== undefined)
    .map(matchKey);
  for (const name of wanted)
    for (const sheet of wb.worksheets)
      for (const table of tablesOf(sheet)) {
        const range = parseRange(table.model.tableRef);
        if (range && matchKey(table.model.name) === name)
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
  const headers: CellInput[] = [];
  for (let c = place.left; c <= place.right; c++) headers.push(at(place.headerRow, c));
  const rows: { where: string; cells: CellInput[] }[] = [];
  for (let r = place.headerRow + 1; r <= place.bottom; r++) {
    const cells: CellInput[] = [];
    for (let c = place.left; c <= place.right; c++) cells.push(at(r, c));
    rows.push({ where: ctx.m.rowLabel(place.sheet.name, r), cells });
  }
  return { headers, rows };
}

/** The History of a workbook already loaded, or undefined when it has none. */
export function workbookHistory(
  ctx: Context,
  file: string,
  wb: Workbook,
  process: CompiledProcess,
  bound: BoundProcess | undefined,
): { readonly events: HistoryEvent[]; readonly rows: number } | undefined {
  const place = findHistory(wb, process, bound);
  if (!place || place.right < place.left) return undefined;
  const block = placeBlock(ctx, place);
  return { events: toEvents(ctx, file, process, block), rows: filledRows(block) };
}

/** History rows up to the last filled one (an empty table keeps one blank body row). */
function filledRows(block: HistoryBlock): number {
  let last = block.rows.length - 1;
  while (last >= 0 && (block.rows[last]?.cells ?? []).every((c) => c === null || c === "")) last--;
  return appendStart(last + 1, block.rows[0]?.cells);
}

/** Events from a History file (.csv, or .xlsx with a History table or sheet), in file order. */
export async function readHistory(
  ctx: Context,
  file: string,
  process: CompiledProcess,
): Promise<HistoryEvent[]> {
  if (fileKind(ctx, file) === "csv") return toEvents(ctx, file, process, csvBlock(ctx, file));
  const wb = await loadWorkbook(ctx, file);
  const bound = boundProcess(await readProcsheetParts(originalBytes(wb)), process.definition.id);
  const history = workbookHistory(ctx, file, wb, process, bound);
  if (!history) throw badInput(ctx.m.historyNotFound(file));
  return history.events;
}

/** A cell as a file holds it: text without Excel's protective apostrophe (exceljs writes strings as text). */
function fileText(cell: ExcelCell): string | number | boolean {
  const v = cell.value;
  return typeof v === "string" && v.startsWith("'") && looksLikeFormula(v.slice(1)) ? v.slice(1) : v;
}

/** How events go into a History file: the definition version they ran under, and the process. */
export interface HistoryWrite {
  readonly process: CompiledProcess;
  readonly version: number;
  readonly events: readonly ProcessEvent[];
}

/**
 * The bytes of a CSV History with the events appended. A new (or empty) file is a CSV for people — UTF-8
 * with a BOM unless `noBom` — headed by the event keys; in an existing one the bytes already there are
 * kept as they are and the new rows follow by its header, in its language, encoding, delimiter and line end.
 */
export function historyCsvBytes(
  ctx: Context,
  file: string,
  existing: TextFile | undefined,
  w: HistoryWrite,
  noBom: boolean,
): Buffer {
  if (!existing || existing.text.trim() === "") {
    const header = [...EVENT_COLUMNS, ...FIELD_CHANGE_KEYS];
    const columns = mapHistoryColumns(header);
    const rows = w.events.map((e) =>
      historyRowFor(columns, header.length, historyCells(w.process, e, w.version, "keys")).map((c) =>
        guardCsv(String(fileText(c))),
      ),
    );
    return csvBytes(ctx, file, [header, ...rows], { ...NEW_CSV, bom: !noBom });
  }
  if (w.events.length === 0) return existing.bytes;
  const doc = parseCsv(ctx, file, existing);
  const header = (doc.records.find((r) => !isBlankRecord(r)) ?? []).map((h) => unguardCsv(h).trim());
  const upgrade = historyUpgrade(checkedColumns(ctx, file, header), header.length, w.events);
  const rows = w.events.map((e) =>
    historyRowFor(
      upgrade.columns,
      upgrade.width,
      historyCells(w.process, e, w.version, upgrade.columns.lang),
    ).map((c) => {
      const v = fileText(c);
      // A CSV has no number formats: times go in as text a person and Procsheet both read.
      return guardCsv(typeof v === "number" && c.numberFormat ? formatSerialText(v) : String(v));
    }),
  );
  if (upgrade.add.length > 0) {
    // An older History gains the field-change columns: the file is written again, its records as they
    // were (in its own encoding, delimiter and line end), the header longer.
    const at = doc.records.findIndex((r) => !isBlankRecord(r));
    const records = doc.records.map((r, i) =>
      i === at ? [...r, ...upgrade.add.map((a) => guardCsv(a.header))] : r,
    );
    return csvBytes(ctx, file, [...records, ...rows], doc);
  }
  const sep = /[\r\n]$/.test(existing.text) ? "" : doc.eol;
  const sepBytes = encodeText(sep, doc.encoding, false) ?? Buffer.alloc(0);
  return Buffer.concat([existing.bytes, sepBytes, csvBytes(ctx, file, rows, { ...doc, bom: false })]);
}

function formatSerialText(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}

/** The sheet `init` makes for the History, `<process name> History`, in the workbook's language. */
export function newHistorySheetName(process: CompiledProcess, lang: Lang): string {
  return safeSheetName(
    historySheetName(resolveText(process.definition.name, lang) || process.definition.id, lang),
  );
}

/** Whether a workbook holds a History for the process (where its events go by default). */
export function hasHistory(wb: Workbook, process: CompiledProcess, bound: BoundProcess | undefined): boolean {
  const place = findHistory(wb, process, bound);
  return place !== undefined && place.right >= place.left;
}

/**
 * Appends events to a workbook in memory: below the last filled row of its History (which then grows to
 * hold them), by its header, in its language; a workbook without one gets the History sheet `init` makes.
 * Cells a person left below the table stop the write before anything changes.
 */
export function appendEventsToWorkbook(
  ctx: Context,
  file: string,
  wb: Workbook,
  w: HistoryWrite & { readonly bound: BoundProcess | undefined; readonly lang: Lang },
): void {
  let place = findHistory(wb, w.process, w.bound);
  if (!place || place.right < place.left) {
    const sheet = addHistorySheet(
      wb,
      newHistorySheetName(w.process, w.lang),
      historyTableName(w.process.definition.id),
      w.lang,
    );
    const table = tablesOf(sheet)[0];
    const range = table ? parseRange(table.model.tableRef) : undefined;
    if (!range) throw new Error("addHistorySheet made no table");
    place = {
      sheet,
      table,
      headerRow: range.top,
      left: range.left,
      right: range.right,
      bottom: range.bottom,
    };
  }
  const block = placeBlock(ctx, place);
  const upgrade = historyUpgrade(
    checkedColumns(ctx, file, block.headers),
    place.right - place.left + 1,
    w.events,
  );
  const { columns, width } = upgrade;
  upgradeTable(ctx, file, place, upgrade);
  const start = filledRows(block);
  const below: CellBelow[] = [];
  for (let r = place.bottom + 1; r < place.headerRow + 1 + start + w.events.length; r++)
    for (let c = place.left; c <= place.right; c++)
      if (!isEmptyValue(place.sheet.findCell(r, c)?.value ?? null))
        below.push({ row: r - place.bottom - 1, cell: cellAddress(r, c) });
  const hit = cellsInTheWay(
    below,
    { start, bodyRowCount: block.rows.length, checked: Infinity },
    w.events.length,
  );
  if (hit.length > 0) throw badInput(ctx.m.historyBlocked(file, place.sheet.name, hit.join(", ")));
  w.events.forEach((e, i) => {
    const row = place.sheet.getRow(place.headerRow + 1 + start + i);
    historyRowFor(columns, width, historyCells(w.process, e, w.version, columns.lang)).forEach((c, j) => {
      const cell = row.getCell(place.left + j);
      cell.value = c.value === "" ? null : fileText(c);
      if (c.numberFormat) cell.numFmt = c.numberFormat;
    });
  });
  const model = place.table?.model;
  const bottom = Math.max(place.bottom, place.headerRow + start + w.events.length);
  if (model && bottom > place.bottom) {
    model.tableRef = rangeAddress({
      top: place.headerRow,
      left: place.left,
      bottom,
      right: place.left + width - 1,
    });
    if (model.autoFilterRef !== undefined) model.autoFilterRef = model.tableRef;
  }
}

/**
 * Adds the columns an older History lacks at its right (headers, and the table's columns when it is a
 * table); the cells there must be empty.
 */
function upgradeTable(ctx: Context, file: string, place: HistoryPlace, upgrade: HistoryUpgrade): void {
  upgrade.add.forEach((column, i) => {
    const col = place.right + 1 + i;
    for (let r = place.headerRow; r <= place.bottom; r++)
      if (!isEmptyValue(place.sheet.findCell(r, col)?.value ?? null))
        throw badInput(ctx.m.columnBlocked(file, column.header, cellAddress(r, col)));
    place.sheet.getRow(place.headerRow).getCell(col).value = column.header;
  });
  const model = place.table?.model;
  if (model && upgrade.add.length > 0) {
    for (const column of upgrade.add)
      model.columns.push({ name: column.header, filterButton: true, totalsRowFunction: "none" });
    model.tableRef = rangeAddress({
      top: place.headerRow,
      left: place.left,
      bottom: place.bottom,
      right: place.right + upgrade.add.length,
    });
    if (model.autoFilterRef !== undefined) model.autoFilterRef = model.tableRef;
  }
}

/**
 * `--events FILE`: the file's new content with the events appended — CSV text, or the bytes of an .xlsx
 * History (created when missing). Nothing is written here, so a sync can check every output first.
 */
export async function historyFileBytes(
  ctx: Context,
  file: string,
  w: HistoryWrite & { readonly lang: Lang; readonly noBom: boolean },
): Promise<Buffer> {
  const path = resolve(ctx.cwd, file);
  if (fileKind(ctx, file) === "csv")
    return historyCsvBytes(ctx, file, existsSync(path) ? readText(ctx, file) : undefined, w, w.noBom);
  const wb = existsSync(path) ? await loadWorkbook(ctx, file) : await newWorkbook();
  const bound = existsSync(path)
    ? boundProcess(await readProcsheetParts(originalBytes(wb)), w.process.definition.id)
    : undefined;
  appendEventsToWorkbook(ctx, file, wb, { ...w, bound });
  return workbookBytes(wb);
}
