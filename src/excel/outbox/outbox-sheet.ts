import type { Lang } from "../../words/lang";
import type { CellInput } from "../../core/register/cell-value";
import type { ProcessBinding } from "../../workbook/binding";
import type { ExcelCell } from "../../workbook/excel-cell";
import { uniqueName } from "../../workbook/grid/unique-name";
import { appendStart } from "../../workbook/history/history-room";
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
import { queueAppendHistory } from "../history/history-table";

/** Where new Outbox rows go: the table's columns and its next free body row; absent, a new sheet's name. */
export type OutboxPlace =
  | { readonly kind: "table"; readonly columns: OutboxColumns; readonly start: number }
  | { readonly kind: "new"; readonly sheetName: string };

/**
 * Queues what appending to a process's Outbox needs: whether the table exists (and the sheet names, for a
 * new one), then — one sync later, only where it exists — its header, size and first row.
 */
export function queueOutboxPlace(
  context: Excel.RequestContext,
  binding: Pick<ProcessBinding, "id" | "lang">,
): (context: Excel.RequestContext) => Promise<OutboxPlace> {
  const name = outboxTableName(binding.id);
  const maybe = context.workbook.tables.getItemOrNullObject(name).load("name");
  const sheets = context.workbook.worksheets.load("items/name");
  return async (ctx) => {
    if (maybe.isNullObject) {
      const taken = new Set(sheets.items.map((s) => s.name));
      return { kind: "new", sheetName: uniqueName(OUTBOX_SHEET[binding.lang], taken) };
    }
    const table = ctx.workbook.tables.getItem(name);
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("rowCount");
    const first = table.getDataBodyRange().getRow(0).load("values");
    await ctx.sync();
    return {
      kind: "table",
      columns: mapOutboxColumns(header.values[0] ?? []),
      start: appendStart(body.rowCount, first.values[0]),
    };
  };
}

/**
 * Queues new Outbox rows (docs/notifications.md): below the table, which makes Excel extend it, in the
 * table's own column order and language; or, for a workbook without one, a sheet "Outbox" / "发件箱" with
 * the table `PS_<id>_Outbox` headed as `procsheet notify` heads it.
 */
export function queueAppendOutbox(
  context: Excel.RequestContext,
  binding: Pick<ProcessBinding, "id" | "lang">,
  place: OutboxPlace,
  rows: readonly OutboxRow[],
): void {
  if (rows.length === 0) return;
  if (place.kind === "table") {
    const cells = rows.map((r) => outboxCellsFor(place.columns, encodeOutboxRow(r, place.columns.lang)));
    queueAppendHistory(context.workbook.tables.getItem(outboxTableName(binding.id)), place.start, cells);
    return;
  }
  const lang: Lang = binding.lang;
  const columns = mapOutboxColumns(outboxHeaders(lang));
  const cells: ExcelCell[][] = rows.map((r) => outboxCellsFor(columns, encodeOutboxRow(r, lang)));
  const sheet = context.workbook.worksheets.add(place.sheetName);
  const width = OUTBOX_KEYS.length;
  const body = sheet.getRangeByIndexes(1, 0, cells.length, width);
  // Formats first: a time written into a General cell would show as a bare number until formatted.
  body.numberFormat = cells.map((r) => r.map((c) => c.numberFormat ?? "General"));
  body.values = cells.map((r) => r.map((c) => c.value));
  sheet.getRangeByIndexes(0, 0, 1, width).values = [outboxHeaders(lang)];
  const range = sheet.getRangeByIndexes(0, 0, cells.length + 1, width);
  sheet.tables.add(range, true).name = outboxTableName(binding.id);
  sheet.freezePanes.freezeRows(1);
  sheet.getRangeByIndexes(0, 0, cells.length + 1, OUTBOX_KEYS.indexOf("subject")).format.autofitColumns();
}

/** One Outbox row as the pane lists it: the row, and where it sits in the table's body. */
export interface OutboxEntry {
  readonly row: OutboxRow;
  readonly at: number;
}

/** A process's Outbox, read whole (one sync to find it, one to read it); empty where there is none. */
export async function readOutboxIn(
  context: Excel.RequestContext,
  binding: Pick<ProcessBinding, "id">,
): Promise<{ entries: OutboxEntry[]; columns?: OutboxColumns }> {
  const name = outboxTableName(binding.id);
  const maybe = context.workbook.tables.getItemOrNullObject(name).load("name");
  await context.sync();
  if (maybe.isNullObject) return { entries: [] };
  const range = context.workbook.tables.getItem(name).getRange().load("values");
  await context.sync();
  const [header = [], ...rows] = range.values as CellInput[][];
  const columns = mapOutboxColumns(header);
  const entries: OutboxEntry[] = [];
  rows.forEach((cells, at) => {
    const row = decodeOutboxRow(columns, cells);
    if (row) entries.push({ row, at });
  });
  return { entries, columns };
}
