import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import type { CellInput } from "../../core/register/cell-value";
import { historySheetName, historyTableName, safeSheetName } from "../../core/register/names";
import { EVENT_COLUMNS, type ProcessEvent } from "../../core/sync/events";
import { matchKey, resolveText } from "../../core/text";
import {
  FIELD_CHANGE_KEYS,
  historyHeaders,
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
import { loadBook, type BookSheet, type BookTable, type XlsxBook } from "./xlsx-book";
import { bookBytes, bookParts } from "./xlsx-book-write";
import type { FileValue } from "./xlsx-cell-xml";
import { addHistorySheetToBook, fileText, historyFileValue, newHistorySheet } from "./xlsx-history-sheet";
import { newBookBytes, newBookParts } from "./xlsx-new-book";
import { boundProcess, readProcsheetParts, type BoundProcess } from "./xlsx-parts";
import { cellInputOf, DAYS_1904, FormulaCell, isEmptySheetValue } from "./xlsx-sheet-cells";
import { cellAddress } from "./xlsx-address";

// A sheet "named like History": Excel reserves the bare name "History" (Track Changes), so it never occurs.
export const HISTORY_SHEET_NAME = /history|历史/i;

/** History rows as read from any file: a label for messages ("line 5", "row 5") and the cells. */
interface HistoryBlock {
  readonly headers: readonly CellInput[];
  /** `where` is made only for a row that is wrong: a History of 200,000 rows needs no 200,000 labels. */
  readonly rows: readonly { readonly where: () => string; readonly cells: readonly CellInput[] }[];
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
    if (r.ok === false) throw badInput(ctx.m.historyBadLine(file, where(), problemText(ctx, r.problem)));
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
      where: () => ctx.m.lineLabel(doc.lines[headerAt + 1 + i] ?? 0),
      cells: r.map((c) => (c.trim() === "" ? null : unguardCsv(c))),
    })),
  };
}

/** Where History sits in a workbook (1-based rows and columns). */
interface HistoryPlace {
  readonly sheet: BookSheet;
  readonly table: BookTable | undefined;
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
  book: XlsxBook,
  process: CompiledProcess,
  bound: BoundProcess | undefined,
): HistoryPlace | undefined {
  const wanted = [bound?.binding.historyTableName, historyTableName(process.definition.id)]
    .filter((n): n is string => n !== undefined)
    .map(matchKey);
  for (const name of wanted)
    for (const sheet of book.sheets)
      for (const table of sheet.tables) {
        const range = table.ref;
        if (matchKey(table.name) === name)
          return {
            sheet,
            table,
            headerRow: range.top,
            left: range.left,
            right: range.right,
            bottom: range.bottom,
          };
      }
  const sheet = book.sheets.find((s) => HISTORY_SHEET_NAME.test(s.name));
  if (!sheet) return undefined;
  const used = sheet.cells.usedRange();
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
  const at = (r: number, c: number): CellInput => cellInputOf(place.sheet.cells.get(r, c));
  const headers: CellInput[] = [];
  for (let c = place.left; c <= place.right; c++) headers.push(at(place.headerRow, c));
  const rows: { where: () => string; cells: CellInput[] }[] = [];
  for (let r = place.headerRow + 1; r <= place.bottom; r++) {
    const cells: CellInput[] = [];
    for (let c = place.left; c <= place.right; c++) cells.push(at(r, c));
    rows.push({ where: () => ctx.m.rowLabel(place.sheet.name, r), cells });
  }
  return { headers, rows };
}

/** The History of a workbook already loaded, or undefined when it has none. */
export function workbookHistory(
  ctx: Context,
  file: string,
  book: XlsxBook,
  process: CompiledProcess,
  bound: BoundProcess | undefined,
): { readonly events: HistoryEvent[]; readonly rows: number } | undefined {
  const place = findHistory(book, process, bound);
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
  const book = await loadBook(ctx, file);
  const bound = boundProcess(readProcsheetParts(bookParts(book)), process.definition.id);
  const history = workbookHistory(ctx, file, book, process, bound);
  if (!history) throw badInput(ctx.m.historyNotFound(file));
  return history.events;
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
    const base = [...EVENT_COLUMNS, ...FIELD_CHANGE_KEYS];
    // Reminders bring their own columns (docs/specification.md §8.3).
    const header = [
      ...base,
      ...historyUpgrade(mapHistoryColumns(base), base.length, w.events).add.map((a) => a.key),
    ];
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
export function hasHistory(
  book: XlsxBook,
  process: CompiledProcess,
  bound: BoundProcess | undefined,
): boolean {
  const place = findHistory(book, process, bound);
  return place !== undefined && place.right >= place.left;
}

function fileSerial(value: FileValue, from1904: boolean): FileValue {
  return from1904 && typeof value === "number" ? value - DAYS_1904 : value;
}

/**
 * Appends events to a workbook's edits: below the last filled row of its History (which then grows to
 * hold them), by its header, in its language; a workbook without one gets the History sheet `init` makes.
 * Cells a person left below the table stop the write before anything changes.
 */
export function appendEventsToBook(
  ctx: Context,
  file: string,
  book: XlsxBook,
  w: HistoryWrite & { readonly bound: BoundProcess | undefined; readonly lang: Lang },
): void {
  let place = findHistory(book, w.process, w.bound);
  if (!place || place.right < place.left) {
    const sheet = addHistorySheetToBook(
      book,
      newHistorySheetName(w.process, w.lang),
      historyTableName(w.process.definition.id),
      w.lang,
    );
    const table = sheet.tables[0] as BookTable;
    const range = table.ref;
    place = {
      sheet,
      table,
      headerRow: range.top,
      left: range.left,
      right: range.right,
      bottom: range.bottom,
    };
  }
  const { sheet, headerRow, left, right } = place;
  const block = placeBlock(ctx, place);
  const upgrade = historyUpgrade(checkedColumns(ctx, file, block.headers), right - left + 1, w.events);
  const { columns, width } = upgrade;
  upgradeTable(ctx, file, book, place, upgrade);
  const start = filledRows(block);
  const below: CellBelow[] = [];
  for (let r = place.bottom + 1; r < headerRow + 1 + start + w.events.length; r++)
    for (let c = left; c < left + width; c++)
      // A formula is in the way even when its result is empty: writing over it would break its neighbours'.
      if (!isEmptySheetValue(sheet.cells.get(r, c)) || sheet.cells.get(r, c) instanceof FormulaCell)
        below.push({ row: r - place.bottom - 1, cell: cellAddress(r, c) });
  const hit = cellsInTheWay(
    below,
    { start, bodyRowCount: block.rows.length, checked: Infinity },
    w.events.length,
  );
  if (hit.length > 0) throw badInput(ctx.m.historyBlocked(file, sheet.name, hit.join(", ")));
  book.edits.setAppend(sheet, {
    first: headerRow + 1 + start,
    count: w.events.length,
    left,
    right: left + width - 1,
    row: (i) => {
      const e = w.events[i] as ProcessEvent;
      const cells = historyRowFor(columns, width, historyCells(w.process, e, w.version, columns.lang));
      return new Map(
        cells.map((c, j) => [
          left + j,
          {
            // A time in a 1904 workbook counts from 1904.
            value: fileSerial(historyFileValue(c), c.numberFormat !== undefined && book.date1904),
            ...(c.numberFormat ? { format: { code: c.numberFormat, when: "always" as const } } : {}),
          },
        ]),
      );
    },
  });
  const bottom = Math.max(place.bottom, headerRow + start + w.events.length);
  if (place.table && (bottom > place.bottom || upgrade.add.length > 0))
    book.edits.setTable(place.table, {
      ref: { top: headerRow, left, bottom, right: left + width - 1 },
      added: upgrade.add.map((a) => a.header),
    });
}

/**
 * Adds the columns an older History lacks at its right (docs/specification.md §3.9): headers styled like
 * their neighbour, and the table's columns through the table edit; the cells there must be empty.
 */
function upgradeTable(
  ctx: Context,
  file: string,
  book: XlsxBook,
  place: HistoryPlace,
  upgrade: HistoryUpgrade,
): void {
  upgrade.add.forEach((column, i) => {
    const col = place.right + 1 + i;
    for (let r = place.headerRow; r <= place.bottom; r++) {
      const value = place.sheet.cells.get(r, col);
      if (!isEmptySheetValue(value) || value instanceof FormulaCell)
        throw badInput(ctx.m.columnBlocked(file, column.header, cellAddress(r, col)));
    }
    book.edits.setCell(place.sheet, place.headerRow, col, { value: column.header, styleFrom: col - 1 });
  });
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
  if (!existsSync(path)) {
    const book = newBookParts();
    const header = historyHeaders(w.lang);
    const columns = mapHistoryColumns(header);
    const rows = w.events.map((e) =>
      historyRowFor(columns, header.length, historyCells(w.process, e, w.version, columns.lang)),
    );
    return newBookBytes(
      [
        newHistorySheet(
          newHistorySheetName(w.process, w.lang),
          historyTableName(w.process.definition.id),
          w.lang,
          book,
          { count: rows.length, rows },
        ),
      ],
      book,
    );
  }
  const book = await loadBook(ctx, file);
  const bound = boundProcess(readProcsheetParts(bookParts(book)), w.process.definition.id);
  appendEventsToBook(ctx, file, book, { ...w, bound });
  return bookBytes(book);
}
