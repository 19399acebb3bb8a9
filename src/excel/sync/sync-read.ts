import { missingColumnsError } from "../../workbook/register-errors";
import type { CompiledProcess } from "../../core/process";
import { mapColumns, type ColumnMap } from "../../core/register/columns";
import { SYSTEM_COLUMNS } from "../../core/register/system-columns";
import type { ProcsheetError } from "../../core/result";
import { matchKey } from "../../core/text";
import type { ProcessBinding } from "../../workbook/binding";
import { isProcessState, type ProcessState } from "../../workbook/state/journal";
import { ExpectedFailure } from "../excel-run";
import { queueHistoryTail, type HistoryTail } from "../history/history-table";
import {
  DEFAULT_BLOCK_CELLS,
  queueOpenTable,
  readRemainingBlocks,
  type RegisterContents,
} from "../register/read-register";
import { documentStore, queueLoadWorkbook, stateKey } from "../store/process-store";
import type { SyncRequest } from "./run-sync";

/** What a sync read from the workbook, in as few syncs as the request size allows. */
export interface ReadState {
  readonly binding: ProcessBinding;
  readonly register: RegisterContents;
  readonly state: ProcessState;
  readonly history: HistoryTail;
}

function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: string }).code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * First sync: the stored binding and state, the register's header, size and first block, History's
 * size and header; then the rest of the register in blocks. A first block too large for the host is
 * halved until it fits (Excel on the web's 5 MB limit).
 */
export async function readEverything(context: Excel.RequestContext, req: SyncRequest): Promise<ReadState> {
  const store = documentStore();
  const columnsHint = SYSTEM_COLUMNS.length + (req.binding.definition.fields?.length ?? 0);
  let blockCells = req.blockCells ?? DEFAULT_BLOCK_CELLS;
  for (;;) {
    const getWorkbook = queueLoadWorkbook(context, store);
    const getState = store.queueRead(context, stateKey(req.binding.id));
    const opened = queueOpenTable(context, req.binding.tableName, columnsHint, { blockCells });
    const loadHistory = queueHistoryTail(context.workbook.tables.getItem(req.binding.historyTableName));
    try {
      await context.sync();
    } catch (e) {
      if (isPayloadTooLarge(e) && blockCells > 1000) {
        blockCells = Math.floor(blockCells / 2);
        continue;
      }
      throw e;
    }
    const stored = getWorkbook().processes.find((p) => p.id === req.binding.id);
    const register = await readRemainingBlocks(context, opened.table, opened.get(), {
      blockCells,
      ...(req.signal ? { signal: req.signal } : {}),
      onProgress: (done, total) => req.onProgress?.({ phase: "read", done, total }),
    });
    const rawState = getState();
    return {
      // A co-author may have edited the process since the pane loaded it: the workbook's copy wins.
      binding: stored ?? req.binding,
      register,
      state: isProcessState(rawState) ? rawState : {},
      history: await loadHistory(context),
    };
  }
}

/** The register's header mapped to the process, with the person's column choices; every system column is needed. */
export function columnMapFor(read: ReadState, process: CompiledProcess): ColumnMap {
  const overrides = new Map(
    Object.entries(read.binding.columnOverrides ?? {}).map(([h, k]) => [matchKey(h), k]),
  );
  const mapped = mapColumns(process, read.register.headers, overrides);
  if (!mapped.ok) throw new ExpectedFailure(mapped.error[0] as ProcsheetError);
  const missing = mapped.value.missingSystem;
  if (missing.length > 0) throw new ExpectedFailure(missingColumnsError(read.binding, missing));
  return mapped.value;
}
