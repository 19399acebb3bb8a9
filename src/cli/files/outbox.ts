import { existsSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import type { CellInput } from "../../core/register/cell-value";
import type { ExcelCell } from "../../workbook/excel-cell";
import {
  decodeOutboxRow,
  encodeOutboxRow,
  mapOutboxColumns,
  OUTBOX_KEYS,
  OUTBOX_SHEET,
  outboxCellsFor,
  outboxHeaders,
  outboxTableName,
  type OutboxColumns,
  type OutboxRow,
} from "../../workbook/outbox/outbox-table";
import type { Context } from "../context";
import { badInput } from "../failure";
import { csvBytes, guardCsv, isBlankRecord, NEW_CSV, parseCsv, unguardCsv } from "./csv";
import { readText } from "./process-file";
import { displayWidth } from "./table-output";
import type { BookSheet, BookTable, XlsxBook } from "./xlsx-book";
import { addTableSheetToBook, historyFileValue } from "./xlsx-history-sheet";
import { cellAddress } from "./xlsx-address";
import { cellInputOf, FormulaCell, isEmptySheetValue } from "./xlsx-sheet-cells";

/** The Outbox as read: its rows (with where each sits) and how to write more. */
export interface Outbox {
  readonly columns: OutboxColumns;
  readonly rows: readonly { readonly row: OutboxRow; readonly at: number }[];
}

/** The Outbox CSV beside a CSV register: `purchases.csv` → `purchases.outbox.csv`. */
export function outboxCsvFile(register: string): string {
  return join(dirname(register), `${basename(register, extname(register))}.outbox.csv`);
}

// ----- in a workbook -----

interface Place {
  readonly sheet: BookSheet;
  readonly table: BookTable;
}

function findOutbox(book: XlsxBook, process: CompiledProcess): Place | undefined {
  const name = outboxTableName(process.definition.id).toLowerCase();
  for (const sheet of book.sheets)
    for (const table of sheet.tables) if (table.name.toLowerCase() === name) return { sheet, table };
  return undefined;
}

function readPlace(place: Place): Outbox & { readonly filled: number } {
  const { sheet, table } = place;
  const { top, left, right, bottom } = table.ref;
  const headers: CellInput[] = [];
  for (let c = left; c <= right; c++) headers.push(cellInputOf(sheet.cells.get(top, c)));
  const columns = mapOutboxColumns(headers);
  const rows: { row: OutboxRow; at: number }[] = [];
  let filled = 0;
  for (let r = top + 1; r <= bottom; r++) {
    const cells: CellInput[] = [];
    for (let c = left; c <= right; c++) cells.push(cellInputOf(sheet.cells.get(r, c)));
    if (cells.some((c) => c !== null && c !== undefined && c !== "")) filled = r - top;
    const row = decodeOutboxRow(columns, cells);
    if (row) rows.push({ row, at: r - top - 1 });
  }
  return { columns, rows, filled };
}

/** The Outbox of a workbook, or an empty one when it has none yet. */
export function workbookOutbox(book: XlsxBook, process: CompiledProcess, lang: Lang): Outbox {
  const place = findOutbox(book, process);
  if (!place) return { columns: mapOutboxColumns(outboxHeaders(lang)), rows: [] };
  const read = readPlace(place);
  if (!read.columns.positions.has("key")) throw badInput([place.sheet.name, OUTBOX_KEYS.join(", ")]);
  return read;
}

function edit(
  book: XlsxBook,
  cell: ExcelCell,
): { value: ReturnType<typeof historyFileValue>; format?: { code: string; when: "always" } } {
  return {
    value: historyFileValue(cell),
    ...(cell.numberFormat ? { format: { code: cell.numberFormat, when: "always" as const } } : {}),
  };
}

/**
 * Records in the workbook's edits: new Outbox rows below the last filled one (the table grows; a workbook
 * without an Outbox gets the sheet), and rows changed in place (`marks`, by their position in the table's
 * body). Cells a person left below the table stop the write before anything changes.
 */
export function writeOutboxToBook(
  ctx: Context,
  file: string,
  book: XlsxBook,
  process: CompiledProcess,
  lang: Lang,
  added: readonly OutboxRow[],
  marks: readonly { readonly row: OutboxRow; readonly at: number }[] = [],
): void {
  let place = findOutbox(book, process);
  if (!place) {
    if (added.length === 0 && marks.length === 0) return;
    const headers = outboxHeaders(lang);
    const widths = OUTBOX_KEYS.map((k, i) =>
      k === "body" ? 60 : k === "subject" ? 48 : Math.max(12, displayWidth(headers[i] ?? k) + 4),
    );
    const sheet = addTableSheetToBook(
      book,
      OUTBOX_SHEET[lang],
      outboxTableName(process.definition.id),
      headers,
      widths.map((width) => ({ width })),
      "rIdProcsheetOutbox",
    );
    place = { sheet, table: sheet.tables[0] as BookTable };
  }
  const { sheet, table } = place;
  const { columns, filled } = readPlace(place);
  const { top, left, bottom } = table.ref;
  const write = (bodyRow: number, row: OutboxRow): void => {
    outboxCellsFor(columns, encodeOutboxRow(row, columns.lang)).forEach((cell, j) =>
      book.edits.setCell(sheet, top + 1 + bodyRow, left + j, edit(book, cell)),
    );
  };
  for (const m of marks) write(m.at, m.row);
  if (added.length === 0) return;
  for (let r = bottom + 1; r <= top + filled + added.length; r++)
    for (let c = left; c < left + columns.width; c++) {
      const v = sheet.cells.get(r, c);
      if (!isEmptySheetValue(v) || v instanceof FormulaCell)
        throw badInput(ctx.m.notify.outboxBlocked(file, sheet.name, cellAddress(r, c)));
    }
  added.forEach((row, i) => write(filled + i, row));
  const newBottom = Math.max(bottom, top + filled + added.length);
  if (newBottom > bottom) book.edits.setTable(table, { ref: { ...table.ref, bottom: newBottom }, added: [] });
}

// ----- beside a CSV register -----

/** The Outbox CSV, or an empty one headed in `lang` when the file does not exist yet. */
export function csvOutbox(
  ctx: Context,
  file: string,
  lang: Lang,
): Outbox & { readonly headers: string[]; readonly records: string[][] } {
  if (!existsSync(resolve(ctx.cwd, file))) {
    const headers = outboxHeaders(lang);
    return { columns: mapOutboxColumns(headers), rows: [], headers, records: [] };
  }
  const doc = parseCsv(ctx, file, readText(ctx, file));
  const at = doc.records.findIndex((r) => !isBlankRecord(r));
  const headers = (doc.records[at] ?? []).map((h) => unguardCsv(h).trim());
  const columns = mapOutboxColumns(headers);
  const records = doc.records.slice(at + 1).map((r) => r.map(unguardCsv));
  const rows: { row: OutboxRow; at: number }[] = [];
  records.forEach((cells, i) => {
    const row = decodeOutboxRow(
      columns,
      cells.map((c) => (c.trim() === "" ? null : c)),
    );
    if (row) rows.push({ row, at: i });
  });
  return { columns, rows, headers, records };
}

/** The Outbox CSV's new bytes: its rows with `marks` applied and `added` after them (UTF-8 with a BOM). */
export function outboxCsvBytes(
  ctx: Context,
  file: string,
  outbox: ReturnType<typeof csvOutbox>,
  added: readonly OutboxRow[],
  marks: readonly { readonly row: OutboxRow; readonly at: number }[] = [],
): Buffer {
  const text = (row: OutboxRow): string[] =>
    outboxCellsFor(outbox.columns, encodeOutboxRow(row, "en")).map((c, i) => {
      const key = [...outbox.columns.positions].find(([, p]) => p === i)?.[0];
      if (key === "created" || key === "nextTry")
        return key === "created" ? row.created : (row.nextTry ?? "");
      if (key === "status") return row.status;
      return guardCsv(String(historyFileValue(c) ?? ""));
    });
  const records = outbox.records.map((r) => r.map(guardCsv));
  for (const m of marks) records[m.at] = text(m.row);
  return csvBytes(ctx, file, [outbox.headers.map(guardCsv), ...records, ...added.map(text)], NEW_CSV);
}
