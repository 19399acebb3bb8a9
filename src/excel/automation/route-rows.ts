import type { RuleRow } from "../../core/definition/types";
import { procsheetError } from "../../core/error";
import type { CellInput } from "../../core/register/cell-value";
import type { ProcsheetError } from "../../core/result";
import type { RuleHost } from "../../core/rules/evaluator";
import type { ProcessBinding } from "../../workbook/binding";
import { compiledBinding } from "../../workbook/compiled-binding";
import { leaseStanding } from "../../workbook/state/lease";
import { canSyncPartly, loadMemory } from "../../workbook/state/register-state";
import { canPlanPartly, planSync } from "../../workbook/sync-plan";
import { readRow } from "../../core/register/row-codec";
import { ExpectedFailure } from "../excel-run";
import { queueHistoryTail } from "../history/history-table";
import { asOwnWrite } from "../own-writes";
import { defaultRuleHost } from "../rules/default-host";
import { documentStore, queueLoadWorkbook } from "../store/process-store";
import { queueReadState } from "../store/state-store";
import { queueReadLease } from "./lease-sheet";
import { queuePeople, withPeople, type PeopleMode } from "../people/people-read";
import type { RoutingIdentity, SyncReport } from "../sync/run-sync";
import { columnMapFor, type ReadState } from "../sync/sync-read";
import { queueLoadTargets } from "../sync/sync-recheck";
import { writeEverything } from "../sync/sync-write";
import { inWorkbookFormats } from "../../workbook/register/cell-formats";

/** Contiguous runs of body rows: one range read per run. */
function runsOf(positions: readonly number[]): { start: number; count: number }[] {
  const out: { start: number; count: number }[] = [];
  for (const p of positions) {
    const last = out[out.length - 1];
    if (last && p === last.start + last.count) last.count++;
    else out.push({ start: p, count: 1 });
  }
  return out;
}

/** Why a partial sync handed over to a whole one: the caller runs the full sync in the same batch. */
export type Handover = { readonly handover: string };

export interface RouteRowsRequest {
  readonly binding: ProcessBinding;
  readonly now: string;
  /** Body rows (0-based) people changed since the last sync, ascending, without repeats. */
  readonly positions: readonly number[];
  readonly routing: RoutingIdentity;
  /** Where rules outside the fast path run (SyncRequest.rules). */
  readonly rules?: RuleHost;
}

/**
 * Routes only the rows people changed (docs/specification.md §3.12) in three syncs: (1) the stored state,
 * binding and lease, the register's header and size, the changed rows and History's tail; (2) the IDs of
 * those rows and the cells about to change, read again with the lease (a co-author's sort or edit since
 * wins); (3) the writes. The decisions are exactly those of a whole sync, from what the workbook remembers
 * of the other rows; where it cannot be sure (rows came or went, the memory is missing or from another
 * router, an ID was typed), it hands over to a whole sync, and says why.
 */
export async function routeRows(
  context: Excel.RequestContext,
  req: RouteRowsRequest,
): Promise<SyncReport | Handover> {
  const store = documentStore();
  const table = context.workbook.tables.getItem(req.binding.tableName);
  const body = table.getDataBodyRange();
  const queueFirst = (mode: PeopleMode) => ({
    getWorkbook: queueLoadWorkbook(context, store),
    getState: queueReadState(context, req.binding),
    getLease: queueReadLease(context, req.binding.id),
    header: table.getHeaderRowRange().load("values"),
    size: body.load("rowCount"),
    sheet: table.worksheet.load("name"),
    // The columns' own number formats (the first body row's), for the dates and numbers routing writes.
    columnFormats: body.getRow(0).load("numberFormat"),
    runs: runsOf(req.positions).map((r) => ({
      ...r,
      range: body
        .getRow(r.start)
        .getResizedRange(r.count - 1, 0)
        .load("values"),
    })),
    loadHistory: queueHistoryTail(context.workbook.tables.getItem(req.binding.historyTableName)),
    people: queuePeople(context, mode),
  });
  // (1), with People in the same batch (a workbook without People costs one more sync, people-read.ts).
  const first = await withPeople(async (mode) => {
    const queued = queueFirst(mode);
    await context.sync();
    return queued;
  });
  const { getWorkbook, getState, getLease, header, size, sheet, columnFormats, runs, loadHistory } = first;
  const people = await first.people(context);

  const binding = getWorkbook().processes.find((p) => p.id === req.binding.id) ?? req.binding;
  const state = getState();
  const lease = getLease();
  const standing = leaseStanding(lease.lease, req.routing.me, req.routing.nowMs);
  if (standing.kind !== "mine") throw new ExpectedFailure(procsheetError("LEASE", "routing.lost", {}));
  const compiled = compiledBinding(binding);
  if (!compiled.ok) throw new ExpectedFailure(compiled.error[0] as ProcsheetError);
  const process = compiled.value;
  const bodyRows = size.rowCount;
  const memory = loadMemory(process.idPrefix, state.memory);
  if (state.generation !== standing.lease.generation) return { handover: "generation" };
  if (!memory || !canPlanPartly(process, state)) return { handover: "memory" };
  if (req.positions.some((p) => p >= bodyRows)) return { handover: "rowsRemoved" };
  // Rows appended at the end are given; any other change in the count is rows inserted or removed.
  const grown = bodyRows - memory.rows;
  if (grown < 0 || req.positions.filter((p) => p >= memory.rows).length !== grown)
    return { handover: "rowsMoved" };
  const headers = (header.values[0] ?? []).map((h) => String(h ?? ""));
  const read: ReadState = {
    binding,
    register: {
      sheetName: sheet.name,
      headers,
      rows: [],
      formats: (columnFormats.numberFormat[0] ?? []).map((f) => String(f ?? "General")),
      cellsRead: 0,
    },
    state,
    history: await loadHistory(context),
    generation: standing.lease.generation,
    people,
  };
  const map = columnMapFor(read, process);
  const rows: CellInput[][] = runs.flatMap((r) => (r.range.values as CellInput[][]) ?? []);
  const idColumn = (map.byKey.get("id") as { index: number }).index;
  const given: RuleRow[] = rows.map((cells) => readRow(process, map, cells).row);
  // A row given with an ID the memory does not know had its ID typed or pasted: a whole sync checks it.
  const unknownId = given.some((r, i) => {
    const id = typeof r.id === "string" ? r.id : undefined;
    return id !== undefined && (req.positions[i] ?? 0) < memory.rows && state.snapshot?.[id] === undefined;
  });
  if (unknownId || !canSyncPartly(memory, given)) return { handover: "ids" };

  const rules = req.rules ?? (await defaultRuleHost());
  const plan = await planSync({
    process,
    map,
    rows,
    some: { positions: req.positions, bodyRows },
    lang: binding.lang,
    state,
    sync: {
      now: req.now,
      ...(rules ? { rules } : {}),
      ...(people.people ? { people: people.people } : {}),
    },
  });
  const report = (cellsWritten: number): SyncReport => ({
    dryRun: false,
    rows: rows.length,
    changes: plan.changes,
    changedRows: plan.result.changes.length,
    events: plan.events,
    resumedEvents: 0,
    errors: plan.result.errors.map((e) => ({ ...e, index: req.positions[e.index] ?? e.index })),
    cellsRead: (rows.length + 1) * headers.length,
    cellsWritten,
    binding,
    moved: plan.result.changes.map((c) => ({
      id: c.id,
      row: req.positions[c.index] ?? c.index,
      before: c.before,
      after: c.after,
    })),
  });
  if (plan.changes.length === 0 && plan.events.length === 0) return report(0);

  // (2) Nothing moved under us: the rows still hold their IDs, the cells to change are as read, the lease ours.
  const ids = runs.map((r) =>
    body
      .getCell(r.start, idColumn)
      .getResizedRange(r.count - 1, 0)
      .load("values"),
  );
  const headerNow = table.getHeaderRowRange().load("values");
  const sizeNow = body.load("rowCount");
  const targets = queueLoadTargets(table, plan.changes);
  const leaseNow = queueReadLease(context, binding.id);
  await context.sync();
  const now = targets();
  const idsNow = ids.flatMap((r) => r.values.map((v) => String(v[0] ?? "")));
  const moved =
    sizeNow.rowCount !== bodyRows ||
    (headerNow.values[0] ?? []).map((h) => String(h ?? "")).join("\u0000") !== headers.join("\u0000") ||
    idsNow.some((id, i) => id !== String(rows[i]?.[idColumn] ?? "")) ||
    now.values.some((v, i) => v !== plan.changes[i]?.before);
  if (moved) return { handover: "moved" };
  if (leaseStanding(leaseNow().lease, req.routing.me, req.routing.nowMs).kind !== "mine")
    return { handover: "lease" };

  // (3) The writes, in one batch when they fit: journal, cells, History, state.
  const written = await asOwnWrite(() =>
    writeEverything(context, { now: req.now }, read, {
      process,
      // In the workbook's own formats; a format a person chose stays (cell-formats.ts).
      changes: inWorkbookFormats(plan.changes, now.formats, read.register.formats),
      events: plan.events,
      state: plan.state,
    }),
  );
  return report(written);
}
