import { missingColumnsError } from "../../workbook/register-errors";
import { procsheetError, type ErrorKey, type ErrorParams } from "../../core/error";
import type { RuleRow } from "../../core/definition/types";
import type { CellInput } from "../../core/register/cell-value";
import { mapColumns, type ColumnMap } from "../../core/register/columns";
import { readRow } from "../../core/register/row-codec";
import { SYSTEM_COLUMNS } from "../../core/register/system-columns";
import type { ProcsheetError, Result } from "../../core/result";
import type { RowTrace } from "../../core/rules/trace";
import type { ProcessEvent } from "../../core/sync/events";
import { syncRows, type RowError } from "../../core/sync/sync";
import { matchKey } from "../../core/text";
import { ExpectedFailure, runExcel, type RunOptions } from "../excel-run";
import { asOwnWrite } from "../own-writes";
import { queueAppendHistory, queueHistoryTail, type HistoryTail } from "../history/history-table";
import { historyRow } from "../../workbook/history/history-columns";
import {
  CancelledError,
  DEFAULT_BLOCK_CELLS,
  queueOpenTable,
  readRemainingBlocks,
  type RegisterContents,
} from "../register/read-register";
import type { ProcessBinding } from "../../workbook/binding";
import { documentStore, queueLoadWorkbook, stateKey } from "../store/process-store";
import { planWrites, type RangeWrite } from "../../workbook/register/write-plan";
import { cellChanges, type CellChange } from "../../workbook/register/cell-changes";
import { compiledBinding } from "../../workbook/compiled-binding";
import {
  isProcessState,
  MAX_JOURNAL_CELLS,
  type ProcessState,
  type RawCell,
  type SyncJournal,
} from "../../workbook/state/journal";
import { owedEvents } from "../../workbook/state/resume";
import { snapshotOf, statusEventsSince } from "../../workbook/state/tracking";

export interface SyncProgress {
  readonly phase: "read" | "rules" | "write";
  readonly done: number;
  readonly total: number;
}

export interface SyncRequest {
  readonly binding: ProcessBinding;
  /** `YYYY-MM-DDTHH:mm:ss` local time. */
  readonly now: string;
  /** Compute and return every change without writing anything. */
  readonly dryRun?: boolean;
  readonly reroute?: boolean;
  /** Keep the "why" of each routing decision (dry runs always do). */
  readonly trace?: boolean;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: SyncProgress) => void;
  /** Lets the rules loop yield to the page now and then, so the pane never freezes. */
  readonly yieldToUi?: () => Promise<void>;
  readonly blockCells?: number;
  readonly run?: RunOptions;
}

export interface SyncReport {
  readonly dryRun: boolean;
  readonly rows: number;
  readonly changes: readonly CellChange[];
  readonly changedRows: number;
  /** Events written (or, in a dry run, that would be): finished from an interrupted sync, tracked status changes, this sync's. */
  readonly events: readonly ProcessEvent[];
  readonly resumedEvents: number;
  readonly errors: readonly RowError[];
  /** By case ID (or `row N` for rows without one). */
  readonly traces?: ReadonlyMap<string, RowTrace>;
  readonly cellsRead: number;
  readonly cellsWritten: number;
  readonly binding: ProcessBinding;
}

/** Excel on the web refuses requests over 5 MB; batches are packed well below it. */
const MAX_BATCH_BYTES = 3_500_000;

function fail(error: ProcsheetError): never {
  throw new ExpectedFailure(error);
}

function sheetError<K extends ErrorKey>(key: K, params: ErrorParams<K>): ProcsheetError {
  return procsheetError("SHEET_SHAPE", key, params);
}

interface ReadState {
  readonly binding: ProcessBinding;
  readonly register: RegisterContents;
  readonly state: ProcessState;
  readonly historyRows: number;
  readonly historyStart: number;
  readonly history: HistoryTail;
}

async function readEverything(context: Excel.RequestContext, req: SyncRequest): Promise<ReadState> {
  const store = documentStore();
  const columnsHint = SYSTEM_COLUMNS.length + (req.binding.definition.fields?.length ?? 0);
  let blockCells = req.blockCells ?? DEFAULT_BLOCK_CELLS;
  for (;;) {
    // First sync: the stored binding and state, the register's header, size and first block, History's size.
    const getWorkbook = queueLoadWorkbook(context, store);
    const getState = store.queueRead(context, stateKey(req.binding.id));
    const opened = queueOpenTable(context, req.binding.tableName, columnsHint, { blockCells });
    const loadHistory = queueHistoryTail(context.workbook.tables.getItem(req.binding.historyTableName));
    try {
      await context.sync();
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (
        (code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded") &&
        blockCells > 1000
      ) {
        blockCells = Math.floor(blockCells / 2);
        continue;
      }
      throw e;
    }
    const stored = getWorkbook().processes.find((p) => p.id === req.binding.id);
    const first = opened.get();
    const register = await readRemainingBlocks(context, opened.table, first, {
      blockCells,
      ...(req.signal ? { signal: req.signal } : {}),
      onProgress: (done, total) => req.onProgress?.({ phase: "read", done, total }),
    });
    const rawState = getState();
    const history = await loadHistory(context);
    return {
      // A co-author may have edited the process since the pane loaded it: the workbook's copy wins.
      binding: stored ?? req.binding,
      register,
      state: isProcessState(rawState) ? rawState : {},
      historyRows: history.rowCount,
      historyStart: history.start,
      history,
    };
  }
}

function columnMapFor(read: ReadState, process: Parameters<typeof mapColumns>[0]): ColumnMap {
  const overrides = new Map(
    Object.entries(read.binding.columnOverrides ?? {}).map(([h, k]) => [matchKey(h), k]),
  );
  const mapped = mapColumns(process, read.register.headers, overrides);
  if (!mapped.ok) fail(mapped.error[0] as ProcsheetError);
  const missing = mapped.value.missingSystem;
  if (missing.length > 0) fail(missingColumnsError(read.binding, missing));
  return mapped.value;
}

function rowLabel(row: RuleRow, index: number): string {
  return typeof row.id === "string" && row.id !== "" ? row.id : `row ${index + 1}`;
}

interface Computed {
  readonly map: ColumnMap;
  readonly changes: CellChange[];
  readonly events: ProcessEvent[];
  readonly resumed: number;
  readonly errors: readonly RowError[];
  readonly traces?: Map<string, RowTrace>;
  readonly snapshot: Record<string, string>;
  readonly changedRows: number;
}

async function compute(read: ReadState, req: SyncRequest): Promise<Computed> {
  const compiled = compiledBinding(read.binding);
  if (!compiled.ok) fail(compiled.error[0] as ProcsheetError);
  const process = compiled.value;
  const map = columnMapFor(read, process);
  const lang = read.binding.lang;
  const rows = read.register.rows;
  const ruleRows: RuleRow[] = new Array<RuleRow>(rows.length);
  const invalid = new Map<number, ProcsheetError>();
  rows.forEach((cells, i) => {
    const r = readRow(process, map, cells);
    ruleRows[i] = r.row;
    if (r.error) invalid.set(i, r.error);
  });

  const idColumn = (map.byKey.get("id") as { index: number }).index;
  const rowById = new Map<string, readonly CellInput[]>();
  for (const cells of rows) {
    const id = cells[idColumn];
    if (typeof id === "string" && id !== "") rowById.set(id, cells);
  }
  const owed = read.state.journal
    ? owedEvents(read.state.journal, read.historyRows, (id, key) => {
        const col = map.byKey.get(key);
        const v = col ? rowById.get(id)?.[col.index] : undefined;
        return v === null || v === undefined ? undefined : (v as RawCell);
      })
    : [];
  const tracked = statusEventsSince(read.state.snapshot, ruleRows, req.now);

  req.onProgress?.({ phase: "rules", done: 0, total: rows.length });
  const trace = req.trace === true || req.dryRun === true;
  const result = await syncRows(process, ruleRows, {
    now: req.now,
    invalid,
    ...(req.reroute ? { reroute: true } : {}),
    ...(trace ? { trace: true } : {}),
    checkpoint: async (done, total) => {
      if (req.signal?.aborted) throw new CancelledError();
      req.onProgress?.({ phase: "rules", done, total });
      await req.yieldToUi?.();
    },
  });
  const changes = cellChanges(process, map, lang, result, rows);
  const traces = result.traces ? new Map<string, RowTrace>() : undefined;
  result.traces?.forEach((t, i) => t && traces?.set(rowLabel(result.rows[i] as RuleRow, i), t));
  return {
    map,
    changes,
    events: [...owed, ...tracked, ...result.events],
    resumed: owed.length,
    errors: result.errors,
    ...(traces ? { traces } : {}),
    snapshot: snapshotOf(result.rows),
    changedRows: result.changes.length,
  };
}

/** Re-reads the ID column and header just before writing: rows are found by ID, never by position alone. */
async function registerMoved(
  context: Excel.RequestContext,
  read: ReadState,
  computed: Computed,
): Promise<boolean> {
  const table = context.workbook.tables.getItem(read.binding.tableName);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("rowCount");
  const idIndex = (computed.map.byKey.get("id") as { index: number }).index;
  const ids = table.getDataBodyRange().getColumn(idIndex).load("values");
  const targets = queueLoadTargets(table, computed.changes);
  await context.sync();
  if (body.rowCount !== read.register.rows.length) return true;
  const headersNow = (header.values[0] ?? []).map((h) => String(h ?? ""));
  if (headersNow.join("\u0000") !== read.register.headers.join("\u0000")) return true;
  if (ids.values.some((r, i) => String(r[0] ?? "") !== String(read.register.rows[i]?.[idIndex] ?? "")))
    return true;
  return targets().some((now, i) => now !== computed.changes[i]?.before);
}

/**
 * Above this many changed cells the check below is skipped: reading them all back would cost another
 * round of 5 MB blocks, and only a first sync of a large register changes that many.
 */
const MAX_CHECKED_CELLS = 100_000;

/**
 * Queues a read of every cell the sync is about to change, in the ranges it will write, so that a
 * co-author's edit to one of them since the read is seen and wins: the sync reads again rather than
 * overwrite it (reliability.md C2). Gives each change's current value, in the order of `changes`.
 */
function queueLoadTargets(table: Excel.Table, changes: readonly CellChange[]): () => RawCell[] {
  if (changes.length === 0 || changes.length > MAX_CHECKED_CELLS) return () => changes.map((c) => c.before);
  const body = table.getDataBodyRange();
  const ranges = planWrites(changes.map((c) => c.write)).map((w) => ({
    w,
    range: body
      .getCell(w.row, w.column)
      .getResizedRange(w.values.length - 1, (w.values[0]?.length ?? 1) - 1)
      .load("values"),
  }));
  return () => {
    const now = new Map<string, RawCell>();
    for (const { w, range } of ranges)
      // A range Excel found too large to answer (null) goes unchecked, as above the cell cap.
      (range.values as unknown[][] | null)?.forEach((line, r) =>
        line.forEach((v, c) => now.set(`${w.row + r}:${w.column + c}`, v as RawCell)),
      );
    return changes.map((c) => now.get(`${c.write.row}:${c.write.column}`) ?? c.before);
  };
}

function journalOf(
  req: SyncRequest,
  read: ReadState,
  computed: Computed,
  state: SyncJournal["state"],
): SyncJournal {
  const tooBig = computed.changes.length > MAX_JOURNAL_CELLS || computed.events.length > MAX_JOURNAL_CELLS;
  return {
    runId: `${req.now}#${read.binding.version}#${computed.changes.length}`,
    at: req.now,
    state,
    version: read.binding.version,
    cells: tooBig
      ? []
      : computed.changes.map((c) => ({ id: c.id, key: c.key, before: c.before, after: c.after })),
    events: tooBig ? [] : computed.events,
    historyRowsBefore: read.historyStart,
    ...(tooBig ? { truncated: true } : {}),
  };
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

function historyOps(read: ReadState, events: readonly ProcessEvent[]): WriteOp[] {
  const rows = events.map((e) => historyRow(e, read.binding.version));
  const ops: WriteOp[] = [];
  const chunk = 5000;
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const start = read.historyStart + i;
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
 * is resumable), then the register's changed cells, then History, then the journal marked done.
 */
async function writeEverything(
  context: Excel.RequestContext,
  req: SyncRequest,
  read: ReadState,
  computed: Computed,
): Promise<number> {
  const store = documentStore();
  read.history.assertRoomFor(computed.events.length);
  const ranges = planWrites(computed.changes.map((c) => c.write));
  const begin: ProcessState = { ...read.state, journal: journalOf(req, read, computed, "writing") };
  const end: ProcessState = { journal: journalOf(req, read, computed, "done"), snapshot: computed.snapshot };
  const stateBytes = JSON.stringify(end).length;
  const ops: WriteOp[] = [
    { bytes: stateBytes, queue: (c) => store.queueWrite(c, stateKey(read.binding.id), begin) },
    ...registerOps(read, ranges),
    ...historyOps(read, computed.events),
    { bytes: stateBytes, queue: (c) => store.queueWrite(c, stateKey(read.binding.id), end) },
  ];
  let batch = 0;
  let done = 0;
  for (const op of ops) {
    if (batch > 0 && batch + op.bytes > MAX_BATCH_BYTES) {
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

/**
 * One engine tick on a workbook register (process-format.md §3 in Excel): read the table once in blocks,
 * run the core sync, write only the changed cells plus History, all in one `Excel.run`. With `dryRun`
 * nothing is written and the full diff comes back. Rows are re-identified by ID just before writing;
 * if they moved, everything is read again once, and a second move stops the sync with nothing written.
 */
export async function syncProcess(req: SyncRequest): Promise<Result<SyncReport, ProcsheetError>> {
  try {
    return await runExcel(async (context) => {
      for (let attempt = 0; ; attempt++) {
        const read = await readEverything(context, req);
        const computed = await compute(read, req);
        const report = (cellsWritten: number, dryRun: boolean): SyncReport => ({
          dryRun,
          rows: read.register.rows.length,
          changes: computed.changes,
          changedRows: computed.changedRows,
          events: computed.events,
          resumedEvents: computed.resumed,
          errors: computed.errors,
          ...(computed.traces ? { traces: computed.traces } : {}),
          cellsRead: read.register.cellsRead,
          cellsWritten,
          binding: read.binding,
        });
        if (req.dryRun) return report(0, true);
        if (computed.changes.length === 0 && computed.events.length === 0) return report(0, false);
        if (await registerMoved(context, read, computed)) {
          if (attempt === 0) continue;
          fail(sheetError("sheet.moving", {}));
        }
        const written = await asOwnWrite(() => writeEverything(context, req, read, computed));
        return report(written, false);
      }
    }, req.run);
  } catch (e) {
    if (e instanceof CancelledError)
      return {
        ok: false,
        error: procsheetError("EXCEL_API", "sync.cancelled", {}),
      };
    throw e;
  }
}
