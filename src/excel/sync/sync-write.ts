import type { CompiledProcess } from "../../core/process";
import type { ProcessEvent } from "../../core/sync/events";
import type { CellChange } from "../../workbook/register/cell-changes";
import { planWrites, type RangeWrite } from "../../workbook/register/write-plan";
import { journalFor, type ProcessState } from "../../workbook/state/journal";
import { historyUpgrade } from "../../workbook/history/history-columns";
import { historyRowsFor, queueAppendHistory, queueHistoryUpgrade } from "../history/history-table";
import { queueWriteState, storedStateBytes } from "../store/state-store";
import type { SyncRequest } from "./run-sync";
import type { ReadState } from "./sync-read";

/** Excel on the web refuses requests over 5 MB; batches are packed well below it. */
const MAX_BATCH_BYTES = 3_500_000;
/** History rows per queued append. */
const HISTORY_CHUNK = 5000;

/** What a sync writes, as computed from the read. */
export interface SyncWrites {
  readonly process: CompiledProcess;
  readonly changes: readonly CellChange[];
  readonly events: readonly ProcessEvent[];
  /** What the workbook remembers after this sync (snapshot and memory; the journal is added here). */
  readonly state: Pick<ProcessState, "snapshot" | "memory">;
}

type WriteOp = { readonly bytes: number; readonly queue: (context: Excel.RequestContext) => void };

function registerOps(read: ReadState, ranges: readonly RangeWrite[]): WriteOp[] {
  return ranges.map((w) => ({
    bytes:
      JSON.stringify(w.values).length + (w.numberFormats ? JSON.stringify(w.numberFormats).length : 0) + 200,
    queue: (context) => {
      const body = context.workbook.tables.getItem(read.binding.tableName).getDataBodyRange();
      const target = body
        .getCell(w.row, w.column)
        .getResizedRange(w.values.length - 1, (w.values[0]?.length ?? 1) - 1);
      target.values = w.values as (string | number | boolean)[][];
      if (w.numberFormats) target.numberFormat = w.numberFormats as string[][];
    },
  }));
}

function historyOps(read: ReadState, writes: SyncWrites): WriteOp[] {
  const upgrade = historyUpgrade(read.history.columns, read.history.width, writes.events);
  const rows = historyRowsFor(writes.process, upgrade, writes.events, read.binding.version);
  const ops: WriteOp[] = [];
  if (upgrade.add.length > 0)
    ops.push({
      bytes: 500,
      queue: (context) =>
        queueHistoryUpgrade(context.workbook.tables.getItem(read.binding.historyTableName), upgrade),
    });
  for (let i = 0; i < rows.length; i += HISTORY_CHUNK) {
    const part = rows.slice(i, i + HISTORY_CHUNK);
    const start = read.history.start + i;
    ops.push({
      bytes: JSON.stringify(part).length + 300,
      queue: (context) =>
        queueAppendHistory(context.workbook.tables.getItem(read.binding.historyTableName), start, part),
    });
  }
  return ops;
}

/**
 * Writes in as few batches as the 5 MB request limit allows: the journal first (so a failure part-way
 * is resumable, docs/reliability.md §3.1), then the register's changed cells, then History, then the journal
 * marked done. Returns the number of cells written.
 */
export async function writeEverything(
  context: Excel.RequestContext,
  req: Pick<SyncRequest, "now" | "onProgress">,
  read: ReadState,
  writes: SyncWrites,
): Promise<number> {
  read.history.assertRoomFor(writes.events.length);
  const ranges = planWrites(writes.changes.map((c) => c.write));
  const journal = {
    now: req.now,
    version: read.binding.version,
    cells: writes.changes,
    events: writes.events,
    historyRowsBefore: read.history.start,
  };
  const begin: ProcessState = { ...read.state, journal: journalFor(journal, "writing") };
  const generation = read.generation !== undefined ? { generation: read.generation } : {};
  const end: ProcessState = { ...writes.state, ...generation, journal: journalFor(journal, "done") };
  const stateBytes = storedStateBytes(read.binding, end);
  const ops: WriteOp[] = [
    { bytes: storedStateBytes(read.binding, begin), queue: (c) => queueWriteState(c, read.binding, begin) },
    ...registerOps(read, ranges),
    ...historyOps(read, writes),
    { bytes: stateBytes, queue: (c) => queueWriteState(c, read.binding, end) },
  ];
  let batch = 0;
  let done = 0;
  for (const op of ops) {
    if (batch > 0 && batch + op.bytes > MAX_BATCH_BYTES) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- writes are packed into batches under the 5 MB request limit; one sync per full batch
      await context.sync();
      req.onProgress?.({ phase: "write", done, total: ops.length });
      batch = 0;
    }
    op.queue(context);
    batch += op.bytes;
    done++;
  }
  await context.sync();
  req.onProgress?.({ phase: "write", done, total: ops.length });
  return ranges.reduce(
    (n, r) => n + r.values.reduce((m, line) => m + line.filter((v) => v !== null).length, 0),
    0,
  );
}
