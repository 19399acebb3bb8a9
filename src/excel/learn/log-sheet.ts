import type { Lang } from "../../words/lang";
import "../../words/log-export";
import { say } from "../../words/say";
import type { ProcsheetError, Result } from "../../core/result";
import { resolveText } from "../../core/text";
import { safeSheetName } from "../../core/register/names";
import type { ProcessBinding } from "../../workbook/binding";
import { compiledBinding } from "../../workbook/compiled-binding";
import { toExcelCell } from "../../workbook/excel-cell";
import { logTable } from "../../workbook/export/csv-log";
import { logCases } from "../../workbook/export/log-cases";
import { uniqueName } from "../../workbook/grid/unique-name";
import { runExcel } from "../excel-run";
import { readPastIn } from "./read-past";

/** What the pane says after writing the log as a sheet. */
export interface LogSheetReport {
  readonly sheetName: string;
  readonly rows: number;
}

// Rows per write: each batch stays far below Excel on the web's 5 MB request limit.
const ROWS_PER_WRITE = 2000;

/** `base`, or `base2`, `base3`…: table names take no spaces, and are unique in a workbook, in any case. */
function freeTableName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!lower.has(`${base}${i}`.toLowerCase())) return `${base}${i}`;
}

/**
 * The log as a new sheet "<process> Log" (docs/specification.md §4.11): the CSV export's table — one row
 * per step visit, the register's fields beside it — as an Excel table, times as dates, numbers as numbers,
 * text guarded. A new sheet each time (the name made unique), so an earlier export someone filtered or
 * charted is never overwritten. One Excel.run.
 */
export async function writeLogSheet(
  binding: ProcessBinding,
  lang: Lang,
): Promise<Result<LogSheetReport, ProcsheetError>> {
  const compiled = compiledBinding(binding);
  if (!compiled.ok) return { ok: false, error: compiled.error[0] as ProcsheetError };
  const process = compiled.value;
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const tables = context.workbook.tables.load("items/name");
    const past = await readPastIn(context, binding);
    const table = logTable(
      process,
      logCases(
        past.events,
        past.register.filter((c) => !c.error).map((c) => c.row),
      ),
      lang,
    );
    const title = resolveText(binding.definition.name, lang) || binding.definition.id;
    const name = uniqueName(
      safeSheetName(`${title} ${say("log.sheetSuffix", {}, lang)}`.slice(0, 31)),
      new Set(sheets.items.map((s) => s.name)),
    );
    const tableName = freeTableName(
      `PS_${binding.id.replace(/-/g, "_")}_Log`,
      tables.items.map((t) => t.name),
    );
    const width = table.headers.length;
    const sheet = context.workbook.worksheets.add(name);
    sheet.getRangeByIndexes(0, 0, 1, width).values = [
      table.headers.map((h) => toExcelCell({ kind: "text", value: h }).value),
    ];
    for (let start = 0; start < table.rows.length; start += ROWS_PER_WRITE) {
      const rows = table.rows.slice(start, start + ROWS_PER_WRITE).map((r) => r.map(toExcelCell));
      const range = sheet.getRangeByIndexes(1 + start, 0, rows.length, width);
      range.numberFormat = rows.map((r) => r.map((c) => c.numberFormat ?? "General"));
      range.values = rows.map((r) => r.map((c) => c.value));
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per block keeps each under Excel on the web's 5 MB limit
      if (start + ROWS_PER_WRITE < table.rows.length) await context.sync();
    }
    const body = Math.max(1, table.rows.length);
    const excelTable = sheet.tables.add(sheet.getRangeByIndexes(0, 0, body + 1, width), true);
    excelTable.name = tableName;
    sheet.getRangeByIndexes(0, 0, Math.min(body + 1, 500), width).format.autofitColumns();
    sheet.freezePanes.freezeRows(1);
    sheet.activate();
    await context.sync();
    return { sheetName: name, rows: table.rows.length };
  });
}
