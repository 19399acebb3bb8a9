import type { HistoryEvent } from "../api-types";
import type { ProcsheetError } from "../../core/result";
import { compiledBinding } from "../../workbook/compiled-binding";
import { mapHistoryColumns } from "../../workbook/history/history-columns";
import { historyEvents } from "../../workbook/history/read-history";
import { ExpectedFailure } from "../excel-run";
import { DEFAULT_BLOCK_CELLS } from "../register/read-register";
import type { ProcessBinding } from "../../workbook/binding";

export interface HistoryShape {
  readonly header: Excel.Range;
  readonly body: Excel.Range;
}

/** Queues the History table's header and size, so they load with the caller's next sync. */
export function queueHistoryShape(context: Excel.RequestContext, binding: ProcessBinding): HistoryShape {
  const table = context.workbook.tables.getItem(binding.historyTableName);
  return {
    header: table.getHeaderRowRange().load("values"),
    body: table.getDataBodyRange().load("rowCount,columnCount"),
  };
}

/**
 * The History table as events, read in blocks of DEFAULT_BLOCK_CELLS cells inside the caller's batch
 * (one read path for the pane's analysis and the Analysis sheet).
 */
export async function readHistoryEvents(
  context: Excel.RequestContext,
  binding: ProcessBinding,
  shape: HistoryShape,
): Promise<HistoryEvent[]> {
  const table = context.workbook.tables.getItem(binding.historyTableName);
  const { rowCount, columnCount } = shape.body;
  const rows: (string | number | boolean)[][] = [];
  const block = Math.max(1, Math.floor(DEFAULT_BLOCK_CELLS / Math.max(1, columnCount)));
  for (let start = 0; start < rowCount; start += block) {
    const take = Math.min(block, rowCount - start);
    const part = table
      .getDataBodyRange()
      .getCell(start, 0)
      .getResizedRange(take - 1, columnCount - 1)
      .load("values");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- History is read in blocks, each answer under the 5 MB response limit
    await context.sync();
    for (const r of part.values) rows.push(r as (string | number | boolean)[]);
  }
  const compiled = compiledBinding(binding);
  if (!compiled.ok) throw new ExpectedFailure(compiled.error[0] as ProcsheetError);
  return historyEvents(compiled.value, mapHistoryColumns(shape.header.values[0] ?? []), rows);
}
