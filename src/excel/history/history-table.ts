import type { CompiledProcess } from "../../core/process";
import type { ProcessEvent } from "../../core/sync/events";
import { safeText, type ExcelCell } from "../../workbook/excel-cell";
import { ExpectedFailure } from "../excel-run";
import { cellA1, rectA1 } from "../../workbook/grid/sheet-grid";
import {
  mapHistoryColumns,
  type HistoryColumns,
  type HistoryUpgrade,
} from "../../workbook/history/history-columns";
import { historyCells, historyRowFor } from "../../workbook/history/history-row";
import {
  appendStart,
  cellsInTheWay,
  historyCellsBelowError,
  historyProtectedError,
  type CellBelow,
} from "../../workbook/history/history-room";

/**
 * How far below History a run looks for a person's cells (20,000 rows of 9 columns stay well under Excel
 * on the web's 5 MB response); a run appending more rows than that treats the rest of the used range as
 * in the way.
 */
const MAX_CHECKED_ROWS = 20_000;

/** The History table as a run found it: where rows go, and what a person left below it. */
export interface HistoryTail {
  readonly rowCount: number;
  /** Body row index of the next appended row. */
  readonly start: number;
  /** The table's header, mapped: rows are written by it, whatever order or language it has. */
  readonly columns: HistoryColumns;
  readonly width: number;
  /**
   * Stops the run before anything is written when the rows cannot be appended: the History sheet is
   * protected (a write there would fail after the register's cells had changed), or `count` rows would
   * overwrite a person's cells below the table.
   */
  assertRoomFor(count: number): void;
}

/**
 * Queues what an append to History needs, for the caller's next sync. Rows are appended by writing
 * below the table (queueAppendHistory), so a value someone typed below it would be overwritten: the
 * sheet's used range (values only) shows whether anything lies below, and only then are those cells
 * read, with one more sync, to name them (docs/reliability.md W7).
 */
export function queueHistoryTail(
  table: Excel.Table,
): (context: Excel.RequestContext) => Promise<HistoryTail> {
  const body = table.getDataBodyRange().load("rowCount");
  const header = table.getHeaderRowRange().load("values");
  const first = table.getDataBodyRange().getRow(0).load("values");
  const whole = table.getRange().load("rowIndex,rowCount,columnIndex,columnCount");
  const sheet = table.worksheet.load("name");
  const used = table.worksheet.getUsedRange(true).load("rowIndex,rowCount");
  const protection = table.worksheet.protection.load("protected");
  const name = table.load("name");
  return async (context) => {
    const start = appendStart(body.rowCount, first.values[0]);
    const below = whole.rowIndex + whole.rowCount;
    const usedEnd = used.rowIndex + used.rowCount;
    let filled: CellBelow[] = [];
    // Rows below the table that were read; beyond them, anything in the used range counts as in the way.
    const checked = Math.min(Math.max(0, usedEnd - below), MAX_CHECKED_ROWS);
    if (checked > 0) {
      const area = sheet
        .getRangeByIndexes(below, whole.columnIndex, checked, whole.columnCount)
        .load("values");
      await context.sync();
      filled = ((area.values as unknown[][] | null) ?? []).flatMap((cells, r) =>
        cells.flatMap((v, c) =>
          v === "" || v === null ? [] : [{ row: r, cell: cellA1(below + r, whole.columnIndex + c) }],
        ),
      );
    }
    const unchecked =
      usedEnd - below > checked
        ? rectA1({
            top: below + checked,
            bottom: usedEnd - 1,
            left: whole.columnIndex,
            right: whole.columnIndex + whole.columnCount - 1,
          })
        : undefined;
    const headers = header.values[0] ?? [];
    return {
      rowCount: body.rowCount,
      start,
      columns: mapHistoryColumns(headers),
      width: headers.length,
      assertRoomFor(count) {
        if (count > 0 && protection.protected)
          throw new ExpectedFailure(historyProtectedError(name.name, sheet.name));
        const hit = cellsInTheWay(filled, { start, bodyRowCount: body.rowCount, checked }, count, unchecked);
        if (hit.length > 0) throw new ExpectedFailure(historyCellsBelowError(name.name, sheet.name, hit));
      },
    };
  };
}

/**
 * Queues History rows written directly below the table, which makes Excel extend it. The co-authoring
 * guidance prefers this to `TableRowCollection.add`, which conflicts between co-authors
 * (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins).
 */
export function queueAppendHistory(
  table: Excel.Table,
  start: number,
  rows: readonly (readonly ExcelCell[])[],
): void {
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((r) => r.length));
  // Empty cells are left as they are (null): the rows go below the table, where nothing stands (checked).
  let formats = false;
  const values = rows.map((row) => {
    const line = new Array<string | number | boolean | null>(width).fill(null);
    row.forEach((c, i) => {
      if (c.value !== "") line[i] = c.value;
      if (c.numberFormat) formats = true;
    });
    return line;
  });
  const target = table
    .getDataBodyRange()
    .getCell(start, 0)
    .getResizedRange(rows.length - 1, width - 1);
  target.values = values as (string | number | boolean)[][];
  if (formats)
    target.numberFormat = rows.map((row) => {
      const line = new Array<string | null>(width).fill(null);
      row.forEach((c, i) => {
        if (c.numberFormat) line[i] = c.numberFormat;
      });
      return line;
    }) as string[][];
}

/** Events as rows of this History table: by its header, in its language, with the definition version. */
export function historyRowsFor(
  process: CompiledProcess,
  tail: Pick<HistoryTail, "columns" | "width">,
  events: readonly ProcessEvent[],
  version: number,
): ExcelCell[][] {
  return events.map((e) =>
    historyRowFor(tail.columns, tail.width, historyCells(process, e, version, tail.columns.lang)),
  );
}

/**
 * Queues the columns an older History table lacks for these rows (TableColumnCollection.add with a name,
 * ExcelApi 1.4, https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1)):
 * appended at its right, so every row it holds stays as it was.
 */
export function queueHistoryUpgrade(table: Excel.Table, upgrade: HistoryUpgrade): void {
  for (const c of upgrade.add) table.columns.add(undefined, undefined, safeText(c.header));
}
