import { ExpectedFailure } from "../excel-run";
import { cellA1, rectA1 } from "../../workbook/grid/sheet-grid";
import {
  appendStart,
  HISTORY_AT_FORMAT,
  HISTORY_KEYS,
  historyCellsBelowError,
  historyProtectedError,
} from "../../workbook/history/history-columns";

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
 * read, with one more sync, to name them (reliability.md W7).
 */
export function queueHistoryTail(
  table: Excel.Table,
): (context: Excel.RequestContext) => Promise<HistoryTail> {
  const body = table.getDataBodyRange().load("rowCount");
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
    let filled: { row: number; cell: string }[] = [];
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
    return {
      rowCount: body.rowCount,
      start,
      assertRoomFor(count) {
        if (count > 0 && protection.protected)
          throw new ExpectedFailure(historyProtectedError(name.name, sheet.name));
        // Rows filling the empty table's blank body row do not reach below it.
        const reach = start + count - body.rowCount;
        const hit = filled.filter((f) => f.row < reach).map((f) => f.cell);
        if (unchecked && reach > checked) hit.push(unchecked);
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
  rows: readonly (string | number)[][],
): void {
  if (rows.length === 0) return;
  const width = rows[0]?.length ?? HISTORY_KEYS.length;
  const target = table
    .getDataBodyRange()
    .getCell(start, 0)
    .getResizedRange(rows.length - 1, width - 1);
  target.values = rows.map((r) => [...r]);
  const atColumn = HISTORY_KEYS.indexOf("at");
  target.getColumn(atColumn).numberFormat = rows.map(() => [HISTORY_AT_FORMAT]);
}
