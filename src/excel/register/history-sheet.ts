import type { Lang } from "../../words/lang";
import { historySheetName } from "../../core/register/names";
import { safeText, type ExcelCell } from "../../workbook/excel-cell";
import { HISTORY_AT_FORMAT, HISTORY_HEADERS, HISTORY_KEYS } from "../../workbook/history/history-columns";
import { uniqueName } from "../../workbook/grid/unique-name";

/**
 * The History sheet's name for a process title, unused in the workbook. Excel reserves "History" as a
 * sheet name (test/excel-sim README, open-docs choice 9), so it is never chosen even by chance.
 */
export function historySheetFor(title: string, taken: ReadonlySet<string>, lang: Lang = "en"): string {
  return uniqueName(historySheetName(title, lang), new Set([...taken, "History"]));
}

/**
 * Queues a History sheet with its table (header, then `rows` — a sample's past — or Excel's one empty body
 * row), the time format and a frozen header. Rows are cells in the table's column order (historyRowFor).
 * Returns the sheet and the table's range, for fitting widths once the batch has run.
 */
export function queueHistoryTable(
  context: Excel.RequestContext,
  sheetName: string,
  tableName: string,
  lang: Lang,
  rows: readonly (readonly ExcelCell[])[] = [],
): { sheet: Excel.Worksheet; range: Excel.Range } {
  const sheet = context.workbook.worksheets.add(sheetName);
  const width = HISTORY_KEYS.length;
  sheet.getRangeByIndexes(0, 0, 1, width).values = [
    HISTORY_KEYS.map((k) => safeText(HISTORY_HEADERS[k][lang])),
  ];
  const body = Math.max(1, rows.length);
  if (rows.length > 0) {
    // Formats first: a time written into a General cell would show as a bare number until formatted.
    const cells = sheet.getRangeByIndexes(1, 0, rows.length, width);
    cells.numberFormat = rows.map((r) => r.map((c) => c.numberFormat ?? "General"));
    cells.values = rows.map((r) => r.map((c) => c.value));
  }
  const range = sheet.getRangeByIndexes(0, 0, body + 1, width);
  // A Range object names its sheet, whatever characters the sheet name holds (ExcelApi 1.3+,
  // https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)).
  const table = sheet.tables.add(range, true);
  table.name = tableName;
  table.columns.getItemAt(HISTORY_KEYS.indexOf("at")).getDataBodyRange().numberFormat = Array.from(
    { length: body },
    () => [HISTORY_AT_FORMAT],
  );
  sheet.freezePanes.freezeRows(1);
  return { sheet, range };
}
