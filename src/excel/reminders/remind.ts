import type { RuleRow } from "../../core/definition/types";
import type { CellInput } from "../../core/register/cell-value";
import { readRow } from "../../core/register/row-codec";
import { dueReminders, type DueReminders, type ReminderProblem } from "../../core/reminders/due-reminders";
import { procsheetError } from "../../core/error";
import type { ProcsheetError } from "../../core/result";
import type { SyncResult } from "../../core/sync/sync";
import type { ProcessBinding } from "../../workbook/binding";
import { compiledBinding } from "../../workbook/compiled-binding";
import { historyUpgrade } from "../../workbook/history/history-columns";
import { historyEvents } from "../../workbook/history/read-history";
import { outboxRowsFor } from "../../workbook/outbox/outbox-message";
import { cellChanges } from "../../workbook/register/cell-changes";
import { leaseStanding } from "../../workbook/state/lease";
import { ExpectedFailure } from "../excel-run";
import {
  historyRowsFor,
  queueAppendHistory,
  queueHistoryTail,
  queueHistoryUpgrade,
} from "../history/history-table";
import { queueHistoryShape, readHistoryEvents } from "../history/history-source";
import { queueAppendOutbox, queueOutboxPlace } from "../outbox/outbox-sheet";
import { asOwnWrite } from "../own-writes";
import { queuePeople, withPeople, type PeopleMode } from "../people/people-read";
import { DEFAULT_BLOCK_CELLS, queueOpenTable, readRemainingBlocks } from "../register/read-register";
import { queueReadState, queueWriteState } from "../store/state-store";
import type { RoutingIdentity } from "../sync/run-sync";
import { columnMapFor, queueLease } from "../sync/sync-read";

export interface RemindRequest {
  readonly binding: ProcessBinding;
  /** `YYYY-MM-DDTHH:mm:ss`, local: what is due is worked out for this time. */
  readonly now: string;
  /** The lease holder's identity (the automatic router, or Sync now under it). */
  readonly routing?: RoutingIdentity;
}

/** What a reminders pass did (docs/specification.md §8.3). */
export interface RemindReport {
  /** Messages produced and queued in the Outbox by this pass. */
  readonly messages: number;
  /** History events written: a `reminded` per message, an `assigned` per reassignment. */
  readonly events: number;
  readonly reassigned: number;
  readonly problems: readonly ReminderProblem[];
  /** People could not be read (the pass ran without managers, addresses and absences). */
  readonly peopleProblems: readonly ProcsheetError[];
  /** Another co-author's add-in holds the routing lease: it produces the reminders, this one wrote nothing. */
  readonly heldBy?: string;
}

function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: string } | undefined)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

const EMPTY: Omit<RemindReport, "peopleProblems"> = { messages: 0, events: 0, reassigned: 0, problems: [] };

/**
 * The reminders due at `now` (docs/specification.md §8), produced by the add-in: dueReminders over the
 * register, History and People — the contract `procsheet notify` runs — then, in one write, History's
 * `reminded` events, the Outbox's new rows (pending, in each recipient's language) and owners an escalation
 * reassigned. History's events are the memory: what it shows as produced is never produced again, here,
 * on the command line or by a co-author. Only the lease holder writes (or anyone where nobody holds it).
 * Syncs: one to read (and one for a routing lease looked at without the router's identity); where something
 * is due, one for the Outbox's end (where it exists, with the IDs of rows to reassign) and one to write.
 */
export async function remindInContext(
  context: Excel.RequestContext,
  req: RemindRequest,
): Promise<RemindReport> {
  const { binding } = req;
  const compiled = compiledBinding(binding);
  if (!compiled.ok) throw new ExpectedFailure(compiled.error[0] as ProcsheetError);
  const process = compiled.value;
  const columnsHint = 8 + (binding.definition.fields?.length ?? 0);
  // History is read whole with the register's first block; a History too large for one response (Excel on
  // the web's 5 MB) is read again in blocks, one sync each (history-source.ts).
  const queueAll = (mode: PeopleMode, inBlocks: boolean) => {
    const history = context.workbook.tables.getItem(binding.historyTableName);
    const blockCells = inBlocks ? DEFAULT_BLOCK_CELLS / 2 : DEFAULT_BLOCK_CELLS;
    return {
      blockCells,
      opened: queueOpenTable(context, binding.tableName, columnsHint, { blockCells }),
      tail: queueHistoryTail(history),
      past: inBlocks ? undefined : history.getDataBodyRange().load("values"),
      shape: inBlocks ? queueHistoryShape(context, binding) : undefined,
      lease: queueLease(context, req),
      people: queuePeople(context, mode),
      outbox: queueOutboxPlace(context, binding),
      state: queueReadState(context, binding),
    };
  };
  const first = (inBlocks: boolean) =>
    withPeople(async (mode) => {
      const queued = queueAll(mode, inBlocks);
      await context.sync();
      return queued;
    });
  let q: Awaited<ReturnType<typeof first>>;
  try {
    q = await first(false);
  } catch (e) {
    if (!isPayloadTooLarge(e)) throw e;
    q = await first(true);
  }
  const people = await q.people(context);
  const lease = await q.lease(context);
  const peopleProblems = people.problems ?? [];
  if (lease?.lease) {
    const standing = leaseStanding(lease.lease, req.routing?.me ?? "", req.routing?.nowMs ?? 0);
    if (standing.kind === "held") return { ...EMPTY, peopleProblems, heldBy: standing.lease.name };
  }
  const register = await readRemainingBlocks(context, q.opened.table, q.opened.get(), {
    blockCells: q.blockCells,
  });
  const map = columnMapFor({ binding, register }, process);
  const rows: RuleRow[] = register.rows.map((cells) => readRow(process, map, cells).row);
  const tail = await q.tail(context);
  const history = q.shape
    ? await readHistoryEvents(context, binding, q.shape)
    : historyEvents(process, tail.columns, (q.past?.values ?? []) as CellInput[][]);
  const due = dueReminders({
    process,
    rows,
    history,
    ...(people.people ? { people: people.people } : {}),
    now: req.now,
  });
  const report: RemindReport = {
    messages: due.messages.length,
    events: due.events.length,
    reassigned: due.changes.length,
    problems: due.problems,
    peopleProblems,
  };
  if (due.events.length === 0) return report;
  const added = outboxRowsFor({
    process,
    messages: due.messages,
    rows,
    ...(people.people ? { people: people.people } : {}),
    lang: binding.lang,
    channel: "email",
    now: req.now,
  });
  // The rows an escalation reassigns are identified by ID again just before writing (a co-author's sort
  // since the read would put the owner on another case): in the Outbox's sync, or one of their own.
  const idColumn = map.byKey.get("id")?.index ?? 0;
  const body = context.workbook.tables.getItem(binding.tableName).getDataBodyRange();
  const ids = due.changes.map((c) => ({ c, cell: body.getCell(c.index, idColumn).load("values") }));
  const place = await q.outbox(context);
  if (ids.length > 0) {
    if (place.kind === "new") await context.sync();
    if (ids.some(({ c, cell }) => String(cell.values[0]?.[0] ?? "") !== c.caseId))
      throw new ExpectedFailure(procsheetError("SHEET_SHAPE", "sheet.moving", {}));
  }
  tail.assertRoomFor(due.events.length);
  await asOwnWrite(async () => {
    // The Outbox before History: a run cut off between them leaves a message without its event (the
    // next pass produces it again under the same key), never an event without its message.
    queueAppendOutbox(context, binding, place, added);
    const upgrade = historyUpgrade(tail.columns, tail.width, due.events);
    const historyTable = context.workbook.tables.getItem(binding.historyTableName);
    if (upgrade.add.length > 0) queueHistoryUpgrade(historyTable, upgrade);
    queueAppendHistory(
      historyTable,
      tail.start,
      historyRowsFor(process, upgrade, due.events, binding.version),
    );
    queueOwners(context, binding, { process, map, rows, cells: register.rows, due });
    // An owner changed here is not in the router's memory of the register: the next routing reads it whole.
    if (due.changes.length > 0) {
      const { memory: _stale, ...state } = q.state();
      queueWriteState(context, binding, state);
    }
    await context.sync();
  });
  return report;
}

/** Queues the owner cells reassignments change, written like a sync's (only those cells). */
function queueOwners(
  context: Excel.RequestContext,
  binding: ProcessBinding,
  input: {
    process: Parameters<typeof cellChanges>[0];
    map: Parameters<typeof cellChanges>[1];
    rows: readonly RuleRow[];
    cells: readonly (readonly CellInput[])[];
    due: DueReminders;
  },
): void {
  const { due, rows } = input;
  if (due.changes.length === 0) return;
  const result: SyncResult = {
    rows,
    events: [],
    errors: [],
    changes: due.changes.map((c) => ({
      index: c.index,
      id: c.caseId,
      before: rows[c.index] as RuleRow,
      after: { ...rows[c.index], owner: c.owner },
      keys: ["owner"],
    })),
  };
  const body = context.workbook.tables.getItem(binding.tableName).getDataBodyRange();
  for (const c of cellChanges(input.process, input.map, binding.lang, result, input.cells)) {
    const cell = body.getCell(c.write.row, c.write.column);
    cell.values = [[c.write.value as string | number | boolean]];
  }
}
