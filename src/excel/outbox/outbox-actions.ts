import type { ProcsheetError, Result } from "../../core/result";
import type { ProcessBinding } from "../../workbook/binding";
import { encodeOutboxRow, outboxTableName } from "../../workbook/outbox/outbox-table";
import { runExcel } from "../excel-run";
import { readOutboxIn, type OutboxEntry } from "./outbox-sheet";

/** The process's Outbox, every message in table order (empty where the workbook has none yet). */
export async function readOutbox(
  binding: ProcessBinding,
): Promise<Result<readonly OutboxEntry[], ProcsheetError>> {
  return runExcel(async (context) => (await readOutboxIn(context, binding)).entries);
}

/**
 * Marks the Outbox's pending messages with these keys sent (a person mailed them from their own mail
 * app): their Status cells only, in the table's language. Rows are found by key, as read in this run.
 * Returns how many were marked.
 */
export async function markOutboxSent(
  binding: ProcessBinding,
  keys: readonly string[],
): Promise<Result<number, ProcsheetError>> {
  const wanted = new Set(keys);
  return runExcel(async (context) => {
    const { entries, columns } = await readOutboxIn(context, binding);
    const status = columns?.positions.get("status");
    if (!columns || status === undefined) return 0;
    const body = context.workbook.tables.getItem(outboxTableName(binding.id)).getDataBodyRange();
    let marked = 0;
    for (const { row, at } of entries) {
      if (!wanted.has(row.key) || row.status !== "pending") continue;
      const cell = encodeOutboxRow({ ...row, status: "sent" }, columns.lang).status;
      body.getCell(at, status).values = [[cell.value]];
      marked++;
    }
    if (marked > 0) await context.sync();
    return marked;
  });
}
