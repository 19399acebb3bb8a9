import { missingColumnsError } from "../../workbook/register-errors";
import { procsheetError } from "../../core/error";
import type { CompiledProcess } from "../../core/process";
import { mapColumns, type ColumnMap } from "../../core/register/columns";
import { SYSTEM_COLUMNS } from "../../core/register/system-columns";
import type { ProcsheetError } from "../../core/result";
import { matchKey } from "../../core/text";
import type { ProcessBinding } from "../../workbook/binding";
import type { ProcessState } from "../../workbook/state/journal";
import { leaseStanding } from "../../workbook/state/lease";
import { snapshotFromHistory } from "../../workbook/state/tracking";
import { fieldsFromHistory } from "../../workbook/state/register-state";
import { idPrefixOf } from "../../core/process";
import { LEASE_SHEET, queueReadLease, type LeaseRead } from "../automation/lease-sheet";
import { queueHistoryShape, readHistoryEvents, type HistoryShape } from "../history/history-source";
import { ExpectedFailure } from "../excel-run";
import { queuePeople, withPeople, type PeopleMode, type PeopleRead } from "../people/people-read";
import { queueHistoryTail, type HistoryTail } from "../history/history-table";
import {
  DEFAULT_BLOCK_CELLS,
  queueOpenTable,
  readRemainingBlocks,
  type RegisterContents,
} from "../register/read-register";
import { documentStore, queueLoadWorkbook } from "../store/process-store";
import { queueReadState } from "../store/state-store";
import type { SyncRequest } from "./run-sync";

/** What a sync read from the workbook, in as few syncs as the request size allows. */
export interface ReadState {
  readonly binding: ProcessBinding;
  readonly register: RegisterContents;
  /** The stored state, with its snapshot rebuilt from History where it was out of date (§5.6). */
  readonly state: ProcessState;
  readonly history: HistoryTail;
  /** The routing lease, where the workbook has one; this sync writes its state under `generation`. */
  readonly lease?: LeaseRead;
  readonly generation?: number;
  /** The People table (absences for least-busy, §1.8), where the workbook has one. */
  readonly people: PeopleRead;
}

function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: string }).code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * First sync: the stored binding and state, the register's header, size and first block, History's
 * size and header, People; then the rest of the register in blocks. A first block too large for the host is
 * halved until it fits (Excel on the web's 5 MB limit).
 */
export function readEverything(context: Excel.RequestContext, req: SyncRequest): Promise<ReadState> {
  return withPeople((mode) => readOnce(context, req, mode));
}

async function readOnce(
  context: Excel.RequestContext,
  req: SyncRequest,
  mode: PeopleMode,
): Promise<ReadState> {
  const store = documentStore();
  const columnsHint = SYSTEM_COLUMNS.length + (req.binding.definition.fields?.length ?? 0);
  let blockCells = req.blockCells ?? DEFAULT_BLOCK_CELLS;
  for (;;) {
    const getWorkbook = queueLoadWorkbook(context, store);
    const getState = queueReadState(context, req.binding);
    const opened = queueOpenTable(context, req.binding.tableName, columnsHint, { blockCells });
    const loadHistory = queueHistoryTail(context.workbook.tables.getItem(req.binding.historyTableName));
    const lease = queueLease(context, req);
    const people = queuePeople(context, mode);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per attempt: a first read too large for Excel is tried again with smaller blocks
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

    const binding = stored ?? req.binding;
    const history = await loadHistory(context);
    const leaseRead = await lease(context);
    const peopleRead = await people(context);
    const { state, generation } = await trustedState(context, req, binding, getState(), leaseRead);
    // A co-author may have edited the process since the pane loaded it: the workbook's copy wins.
    return {
      binding,
      register,
      state,
      history,
      people: peopleRead,
      ...(leaseRead ? { lease: leaseRead } : {}),
      ...(generation !== undefined ? { generation } : {}),
    };
  }
}

/** The register's header mapped to the process, with the person's column choices; every system column is needed. */
export function columnMapFor(
  read: Pick<ReadState, "binding" | "register">,
  process: CompiledProcess,
): ColumnMap {
  const overrides = new Map(
    Object.entries(read.binding.columnOverrides ?? {}).map(([h, k]) => [matchKey(h), k]),
  );
  const mapped = mapColumns(process, read.register.headers, overrides);
  if (!mapped.ok) throw new ExpectedFailure(mapped.error[0] as ProcsheetError);
  const missing = mapped.value.missingSystem;
  if (missing.length > 0) throw new ExpectedFailure(missingColumnsError(read.binding, missing));
  return mapped.value;
}

/**
 * Queues what the routing lease needs: with `routing` (the automatic router, which made the lease sheet)
 * the lease row itself; otherwise whether the sheet exists, and the row one sync later when it does.
 */
export function queueLease(
  context: Excel.RequestContext,
  req: Pick<SyncRequest, "binding" | "routing">,
): (context: Excel.RequestContext) => Promise<LeaseRead | undefined> {
  if (req.routing) {
    const get = queueReadLease(context, req.binding.id);
    return async () => get();
  }
  const sheet = context.workbook.worksheets.getItemOrNullObject(LEASE_SHEET).load("name");
  return async (ctx) => {
    if (sheet.isNullObject) return undefined;
    const get = queueReadLease(ctx, req.binding.id);
    await ctx.sync();
    return get();
  };
}

/**
 * The state to plan with, and the generation to write it under. Another co-author's add-in may hold the
 * lease: then this one does not route (a `LEASE` failure naming who does). Where the stored state was
 * written under another generation than the lease's, another add-in routed since: the status snapshot is
 * rebuilt from History (what every co-author shares) and the memory is dropped, so nothing is recorded
 * twice and the next sync reads the register whole (docs/specification.md §5.6).
 */
export async function trustedState(
  context: Excel.RequestContext,
  req: Pick<SyncRequest, "routing" | "dryRun">,
  binding: ProcessBinding,
  state: ProcessState,
  read: LeaseRead | undefined,
): Promise<{ state: ProcessState; generation?: number }> {
  if (!read?.lease) return { state };
  const me = req.routing?.me ?? "";
  // Without a lease of its own, an instance only syncs while nobody holds one.
  const standing = leaseStanding(read.lease, me, req.routing?.nowMs ?? 0);
  if (standing.kind === "held" && !req.dryRun)
    throw new ExpectedFailure(
      procsheetError("LEASE", "routing.heldBy", { name: standing.lease.name || "?" }),
    );
  const generation = read.lease.generation;
  if (state.generation === generation) return { state, generation };
  const events = await readHistoryEvents(context, binding, await queueHistoryShapeNow(context, binding));
  const { memory: stale, ...rest } = state;
  const memory = fieldsFromHistory(stale, idPrefixOf(binding.definition), events);
  return {
    state: { ...rest, snapshot: snapshotFromHistory(events), ...(memory ? { memory } : {}) },
    generation,
  };
}

/** History's header and size, loaded now (one sync): for rebuilding a snapshot, which is rare. */
function queueHistoryShapeNow(context: Excel.RequestContext, binding: ProcessBinding): Promise<HistoryShape> {
  const shape = queueHistoryShape(context, binding);
  return context.sync().then(() => shape);
}
