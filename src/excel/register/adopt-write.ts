import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import { toExcelCell } from "../../workbook/excel-cell";
import type { IdWrite } from "../../workbook/adopt/adopt-plan";
import type { Growth } from "../../workbook/adopt/adopt-problems";
import { queueHistoryTable } from "./history-sheet";
import { applyListValidations } from "./list-validations";
import type { Rect } from "../../workbook/grid/sheet-grid";

/** Everything adoption writes, decided before the first write. */
export interface AdoptWrites {
  readonly process: CompiledProcess;
  readonly lang: Lang;
  readonly sheetName: string;
  /** Header row + data before anything is added. */
  readonly region: Rect;
  readonly growth: Growth;
  readonly tableName: string;
  /** System columns added at the right, in order. */
  readonly added: readonly { readonly key: string; readonly header: string }[];
  /** Per added column: the number format of its body, if it has one. */
  readonly formats: readonly (string | undefined)[];
  /** Sheet column of the ID column (added or the user's). */
  readonly idColumn: number;
  readonly ids: readonly IdWrite[];
  /** Per table column after adoption: its key, or "" for a column left alone. */
  readonly keys: readonly string[];
  readonly history: { readonly sheetName: string; readonly tableName: string };
}

type Op = { readonly bytes: number; readonly queue: () => void };

/** Excel on the web refuses requests over 5 MB; batches are packed well below it, as a sync does. */
const MAX_BATCH_BYTES = 3_500_000;

/** Consecutive rows grouped, so a column of IDs is a few range writes, not one per cell. */
function runs(ids: readonly IdWrite[]): IdWrite[][] {
  const out: IdWrite[][] = [];
  for (const w of ids) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && prev.row + 1 === w.row) last.push(w);
    else out.push([w]);
  }
  return out;
}

/**
 * The writes, in as few batches as the request limit allows. The one statement that can fail on the
 * sheet's shape (creating or growing the table: merged cells, a protected sheet) comes first, so when it
 * fails nothing else has been written: a failed statement stops its batch, and the docs do not promise
 * that earlier statements are undone (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling;
 * the simulation takes the stricter reading, test/excel-sim README choice 1). Header cells of
 * added columns are blank when the table takes them; Excel names them "ColumnN", then they get their
 * headers. Only empty cells are written: the added columns' headers and bodies and the empty ID cells.
 * Returns notes for what this Excel could not do.
 */
export async function writeAdoption(context: Excel.RequestContext, w: AdoptWrites): Promise<string[]> {
  const sheet = context.workbook.worksheets.getItem(w.sheetName);
  const { region } = w;
  const rows = region.bottom - region.top + 1;
  const width = region.right - region.left + 1;
  const n = w.added.length;
  let table: Excel.Table;
  if (w.growth === "create") {
    // A Range object carries its sheet whatever the sheet's name (ExcelApi 1.3+):
    // https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
    table = sheet.tables.add(sheet.getRangeByIndexes(region.top, region.left, rows, width + n), true);
    table.name = w.tableName;
  } else {
    table = context.workbook.tables.getItem(w.tableName);
    // Table.resize (ExcelApi 1.13) takes the empty cells beside the table without moving any:
    // https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)
    if (n > 0) table.resize(sheet.getRangeByIndexes(region.top, region.left, rows, width + n));
  }
  if (n > 0)
    sheet.getRangeByIndexes(region.top, region.right + 1, 1, n).values = [
      w.added.map((a) => toExcelCell({ kind: "text", value: a.header }).value),
    ];

  // A header-only range becomes a table with one empty body row (TableCollection.add docs).
  const bodyRows = Math.max(1, rows - 1);
  const ops: Op[] = [];
  for (const run of runs(w.ids)) {
    const first = run[0] as IdWrite;
    const values = run.map((x) => [toExcelCell({ kind: "text", value: x.id }).value]);
    ops.push({
      bytes: JSON.stringify(values).length + 200,
      queue: () => {
        sheet.getRangeByIndexes(first.row, w.idColumn, run.length, 1).values = values;
      },
    });
  }
  w.formats.forEach((format, i) => {
    if (!format) return;
    const formats = Array.from({ length: bodyRows }, () => [format]);
    ops.push({
      bytes: JSON.stringify(formats).length + 200,
      queue: () => {
        sheet.getRangeByIndexes(region.top + 1, region.right + 1 + i, bodyRows, 1).numberFormat = formats;
      },
    });
  });
  let notes: string[] = [];
  ops.push({
    bytes: 4000,
    queue: () => {
      // Drop-downs only on the status, step and owner columns: a user's own columns keep their rules.
      notes = applyListValidations(
        context,
        w.process,
        table,
        w.keys,
        w.lang,
        new Set(["status", "step", "owner"]),
      );
      if (n > 0) sheet.getRangeByIndexes(region.top, region.right + 1, rows, n).format.autofitColumns();
      const history = queueHistoryTable(context, w.history.sheetName, w.history.tableName, w.lang);
      history.range.format.autofitColumns();
    },
  });

  let batch = 0;
  for (const op of ops) {
    if (batch > 0 && batch + op.bytes > MAX_BATCH_BYTES) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- writes are packed into batches under the 5 MB request limit; one sync per full batch
      await context.sync();
      batch = 0;
    }
    op.queue();
    batch += op.bytes;
  }
  await context.sync();
  return notes;
}
