import { loadProcess } from "../../core/definition/load";
import type { ProcessDefinition, RuleRow, RuleValue } from "../../core/definition/types";
import type { CompiledProcess } from "../../core/process";
import { headerFor, registerKeys } from "../../core/register/columns";
import { isOpenStatus, type Status } from "../../core/register/status";
import type { ProcsheetError, Result } from "../../core/result";
import type { RowTrace } from "../../core/rules/trace";
import type { ProcessEvent } from "../../core/sync/events";
import { syncRows } from "../../core/sync/sync";
import type { HistoryEvent, ViewKind, WorkItem } from "../../excel/api-types";
import type { ProcessBinding } from "../../workbook/binding";
import type { CellChange } from "../../workbook/register/cell-changes";
import type { JournalCell, RawCell } from "../../workbook/state/journal";
import type { SyncReport, SyncRequest } from "../../excel/api-types";
import type { LastSync } from "../../excel/api-types";
import type { UndoConflict, UndoReport } from "../../excel/api-types";
import { snapshot, statusChanges, type Snapshot } from "./fake-tracking";

// The fake workbook's registers: what a sync, an undo, a view or "my work" does to one, with the real core.

export interface Watcher {
  readonly clock: () => string;
  readonly onEvents: (events: readonly ProcessEvent[]) => void;
  readonly by?: string;
}

/** One process's register, History and sync journal, in memory. */
export interface Register {
  binding: ProcessBinding;
  rows: RuleRow[];
  history: HistoryEvent[];
  journal?: {
    readonly cells: readonly JournalCell[];
    undone: boolean;
    readonly at: string;
    readonly events: number;
    /** A sync that stopped part-way (tests set it); the next one finishes it. */
    interrupted?: boolean;
  };
  snapshot: Snapshot;
  selection: number | undefined;
  formatsApplied: boolean;
  readonly watchers: Set<Watcher>;
  readonly selectionWatchers: Set<(row: RuleRow | undefined) => void>;
}

export function newRegister(binding: ProcessBinding, rows: RuleRow[]): Register {
  return {
    binding,
    rows,
    history: [],
    snapshot: snapshot(rows),
    selection: undefined,
    formatsApplied: false,
    watchers: new Set(),
    selectionWatchers: new Set(),
  };
}

class Cancelled extends Error {}

export const ok = <T>(value: T): Result<T, ProcsheetError> => ({ ok: true, value });
export const fail = <T>(error: ProcsheetError): Result<T, ProcsheetError> => ({ ok: false, error });

function raw(v: RuleValue | undefined): RawCell {
  return v === undefined || v === null ? "" : v;
}

function shown(v: RuleValue | undefined): string {
  const r = raw(v);
  return typeof r === "string" ? r.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):\d{2}$/, "$1 $2") : String(r);
}

export function compile(def: ProcessDefinition): Result<CompiledProcess, ProcsheetError> {
  const r = loadProcess(def);
  return r.ok ? r : fail(r.error[0] as ProcsheetError);
}

export function isOpenRow(r: RuleRow): boolean {
  return !r.closed && isOpenStatus(typeof r.status === "string" ? (r.status as Status) : undefined);
}

/** Appends events to History under the binding's version, and moves the tracking snapshot on. */
export function record(reg: Register, events: readonly ProcessEvent[]): void {
  reg.history.push(...events.map((e) => ({ ...e, version: reg.binding.version })));
  reg.snapshot = snapshot(reg.rows);
}

/** One sync over the in-memory register with the real core's syncRows; nothing is written when dry or cancelled. */
export async function syncRegister(
  reg: Register,
  req: SyncRequest,
  options: { readonly checkpointEvery: number; readonly hold: Promise<void> | undefined },
): Promise<Result<SyncReport, ProcsheetError>> {
  const cancelled = fail<SyncReport>({
    code: "EXCEL_API",
    message: "Sync cancelled; nothing was written.",
    key: "sync.cancelled",
    params: {},
  });
  if (options.hold) {
    const aborted = new Promise<void>((resolve) => req.signal?.addEventListener("abort", () => resolve()));
    await Promise.race([options.hold, aborted]);
  }
  if (req.signal?.aborted) return cancelled;
  req.onProgress?.({ phase: "read", done: reg.rows.length, total: reg.rows.length });
  const compiled = compile(reg.binding.definition);
  if (!compiled.ok) return compiled;
  const process = compiled.value;
  const tracked = statusChanges(reg.snapshot, reg.rows, req.now);
  const trace = req.trace === true || req.dryRun === true;
  let result: Awaited<ReturnType<typeof syncRows>>;
  try {
    result = await syncRows(process, reg.rows, {
      now: req.now,
      ...(req.reroute ? { reroute: true } : {}),
      ...(trace ? { trace: true } : {}),
      checkpointEvery: options.checkpointEvery,
      checkpoint: async (done, total) => {
        if (req.signal?.aborted) throw new Cancelled();
        req.onProgress?.({ phase: "rules", done, total });
        await req.yieldToUi?.();
      },
    });
  } catch (e) {
    if (e instanceof Cancelled) return cancelled;
    throw e;
  }
  if (req.signal?.aborted) return cancelled;
  const keys = registerKeys(process);
  const changes: CellChange[] = result.changes.flatMap((ch) =>
    ch.keys.map((key): CellChange => {
      const column = keys.indexOf(key);
      const after = raw(ch.after[key]);
      return {
        row: ch.index,
        column,
        id: ch.id,
        key,
        header: headerFor(process, key, reg.binding.lang),
        before: raw(ch.before[key]),
        output: { kind: "text", value: String(after) },
        write: { row: ch.index, column, value: after },
        after,
        beforeText: shown(ch.before[key]),
        afterText: shown(ch.after[key]),
      };
    }),
  );
  const traces = new Map<string, RowTrace>();
  result.traces?.forEach((t, i) => {
    const id = result.rows[i]?.id;
    if (t) traces.set(typeof id === "string" && id ? id : `row ${i + 1}`, t);
  });
  const events = [...tracked, ...result.events];
  const write = !req.dryRun && (changes.length > 0 || events.length > 0);
  if (write) {
    reg.rows = [...result.rows];
    record(reg, events);
    reg.snapshot = snapshot(reg.rows);
    reg.journal = {
      cells: changes.map((c) => ({ id: c.id, key: c.key, before: c.before, after: c.after })),
      undone: false,
      at: req.now,
      events: events.length,
    };
    req.onProgress?.({ phase: "write", done: 1, total: 1 });
  }
  return ok({
    dryRun: req.dryRun === true,
    rows: reg.rows.length,
    changes,
    changedRows: result.changes.length,
    events,
    resumedEvents: 0,
    errors: result.errors,
    ...(trace ? { traces } : {}),
    cellsRead: reg.rows.length * keys.length,
    cellsWritten: write ? changes.length : 0,
    binding: reg.binding,
  });
}

/** Puts back what the last sync wrote, except cells changed since (reported as conflicts), like src/excel/sync/undo.ts. */
export function undoRegister(
  reg: Register,
  now: string,
  me: string | undefined,
): Result<UndoReport, ProcsheetError> {
  const journal = reg.journal;
  if (!journal || journal.undone)
    return fail({
      code: "SHEET_SHAPE",
      message: "There is no sync to undo.",
      key: "undo.nothing",
      params: {},
    });
  const rowOf = new Map<string, number>();
  reg.rows.forEach((r, i) => typeof r.id === "string" && rowOf.set(r.id, i));
  const rows = [...reg.rows];
  const conflicts: UndoConflict[] = [];
  const touched = new Set<number>();
  let restored = 0;
  const compiled = compile(reg.binding.definition);
  const headerOf = (key: string) => (compiled.ok ? headerFor(compiled.value, key, reg.binding.lang) : key);
  for (const c of journal.cells) {
    const i = rowOf.get(c.id);
    const current = i === undefined ? undefined : raw(rows[i]?.[c.key]);
    if (i === undefined || current !== c.after) {
      conflicts.push({
        id: c.id,
        header: headerOf(c.key),
        wrote: String(c.after),
        now: i === undefined ? "(row gone)" : String(current),
      });
      continue;
    }
    const { [c.key]: _was, ...rest } = rows[i] as RuleRow;
    rows[i] = c.before === "" ? rest : { ...rest, [c.key]: c.before };
    touched.add(i);
    restored++;
  }
  reg.rows = rows;
  const events: ProcessEvent[] = [...touched].flatMap((i) => {
    const r = rows[i] as RuleRow;
    const id = typeof r.id === "string" ? r.id : undefined;
    if (!id) return [];
    return [
      {
        caseId: id,
        at: now,
        type: "status" as const,
        step: typeof r.step === "string" ? r.step : "",
        status: (typeof r.status === "string" ? r.status : "todo") as Status,
        ...(typeof r.owner === "string" ? { owner: r.owner } : {}),
        by: me ? `${me} (undo)` : "undo",
      },
    ];
  });
  record(reg, events);
  reg.snapshot = snapshot(reg.rows);
  journal.undone = true;
  return ok({ restored, cases: events.length, conflicts, events });
}

/** My open cases, the longest waiting in their step first. */
export function workItems(reg: Register, me: string): WorkItem[] {
  return reg.rows
    .filter((r) => r.owner === me && isOpenRow(r) && typeof r.id === "string")
    .map((r): WorkItem => ({
      id: String(r.id),
      step: String(r.step ?? ""),
      status: (r.status ?? "todo") as Status,
      ...(typeof r.due === "string" ? { due: r.due } : {}),
      ...(typeof r.stepStarted === "string" ? { stepStarted: r.stepStarted } : {}),
      row: r,
    }))
    .sort((a, b) => (a.stepStarted ?? "\uffff").localeCompare(b.stepStarted ?? "\uffff"));
}

/** Whether a row shows in a filtered view. */
export function visible(r: RuleRow, view: ViewKind): boolean {
  switch (view.kind) {
    case "all":
      return true;
    case "open":
      return isOpenRow(r);
    case "mine":
      return isOpenRow(r) && r.owner === view.me;
    case "overdue":
      return isOpenRow(r) && typeof r.due === "string" && r.due < view.today;
    case "step":
      return r.step === view.step;
    case "owner":
      return r.owner === view.owner;
  }
}

/** The last sync as `lastSync` reports it. */
export function lastSyncOf(reg: Register): LastSync | undefined {
  const j = reg.journal;
  if (!j) return undefined;
  return {
    at: j.at,
    state: j.interrupted ? "writing" : j.undone ? "undone" : "done",
    cellsChanged: j.cells.length,
    events: j.events,
  };
}
