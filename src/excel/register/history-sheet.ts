import type { Lang } from "../../words/lang";
import { historySheetName } from "../../core/register/names";
import { safeText } from "../../workbook/excel-cell";
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
 * Queues a History sheet with its table (header + Excel's one empty body row), the time format and a
 * frozen header. Returns the sheet and the table's range, for fitting widths once the batch has run.
 */
export function queueHistoryTable(
  context: Excel.RequestContext,
  sheetName: string,
  tableName: string,
  lang: Lang,
): { sheet: Excel.Worksheet; range: Excel.Range } {
  const sheet = context.workbook.worksheets.add(sheetName);
  const width = HISTORY_KEYS.length;
  sheet.getRangeByIndexes(0, 0, 1, width).values = [
    HISTORY_KEYS.map((k) => safeText(HISTORY_HEADERS[k][lang])),
  ];
  const range = sheet.getRangeByIndexes(0, 0, 2, width);
  // A Range object names its sheet, whatever characters the sheet name holds (ExcelApi 1.3+,
  // https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)).
  const table = sheet.tables.add(range, true);
  table.name = tableName;
  table.columns.getItemAt(HISTORY_KEYS.indexOf("at")).getDataBodyRange().numberFormat = [[HISTORY_AT_FORMAT]];
  sheet.freezePanes.freezeRows(1);
  return { sheet, range };
}
