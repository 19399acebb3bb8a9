import { procsheetError } from "../../core/error";
import type { RuleRow } from "../../core/definition/types";
import type { ProcsheetError, Result } from "../../core/result";
import type { RuleHost } from "../../core/rules/evaluator";
import type { RowTrace } from "../../core/rules/trace";
import type { ProcessEvent } from "../../core/sync/events";
import type { RowError } from "../../core/sync/sync";
import type { ProcessBinding } from "../../workbook/binding";
import { compiledBinding } from "../../workbook/compiled-binding";
import type { CellChange } from "../../workbook/register/cell-changes";
import { planSync, type SyncPlan } from "../../workbook/sync-plan";
import { ExpectedFailure, runExcel, type RunOptions } from "../excel-run";
import { asOwnWrite } from "../own-writes";
import { defaultRuleHost } from "../rules/default-host";
import { CancelledError } from "../register/read-register";
import { registerMoved } from "./sync-recheck";
import { columnMapFor, readEverything, type ReadState } from "./sync-read";
import { writeEverything } from "./sync-write";
import { inWorkbookFormats } from "../../workbook/register/cell-formats";
import { remindInContext, type RemindReport } from "../reminders/remind";

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
  /**
   * This add-in instance, for the routing lease (docs/specification.md §5.6): its token, the person's name
   * other co-authors see, and the real clock in ms (the lease's expiry does not follow a pinned `now`).
   * The automatic router passes it (and has made the lease sheet); without it no lease is taken and a
   * lease another instance holds stops the sync.
   */
  readonly routing?: RoutingIdentity;
  /**
   * Where rules outside the fast path run (docs/specification.md §3.8): by default this runtime's Web Worker
   * (src/excel/rules), so no rule can freeze Excel; tests pass worker threads.
   */
  readonly rules?: RuleHost;
  /**
   * After the sync, in the same run, produce the reminders due at `now` (docs/specification.md §8;
   * src/excel/reminders/remind.ts): the pane's Sync now asks for them, dry runs never write them.
   */
  readonly reminders?: boolean;
}

export interface RoutingIdentity {
  readonly me: string;
  readonly name: string;
  readonly nowMs: number;
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
  /** Each case that changed, as the rules saw it before and after (for saying what moved, in people's terms). */
  readonly moved: readonly MovedCase[];
  /** What the reminders pass after the sync did, when the request asked for it. */
  readonly reminders?: RemindReport;
}

export interface MovedCase {
  readonly id: string;
  /** Its row in the register's body (0-based). */
  readonly row: number;
  readonly before: RuleRow;
  readonly after: RuleRow;
}

function rowLabel(row: RuleRow, index: number): string {
  return typeof row.id === "string" && row.id !== "" ? row.id : `row ${index + 1}`;
}

/** The sync planned from what was read (src/workbook/sync-plan.ts, the same plan the command line runs). */
async function compute(read: ReadState, req: SyncRequest) {
  const compiled = compiledBinding(read.binding);
  if (!compiled.ok) throw new ExpectedFailure(compiled.error[0] as ProcsheetError);
  const process = compiled.value;
  const map = columnMapFor(read, process);
  req.onProgress?.({ phase: "rules", done: 0, total: read.register.rows.length });
  const trace = req.trace === true || req.dryRun === true;
  const rules = req.rules ?? (await defaultRuleHost());
  const plan: SyncPlan = await planSync({
    process,
    map,
    rows: read.register.rows,
    lang: read.binding.lang,
    state: read.state,
    historyRows: read.history.start,
    sync: {
      now: req.now,
      ...(req.reroute ? { reroute: true } : {}),
      ...(trace ? { trace: true } : {}),
      ...(rules ? { rules } : {}),
      ...(read.people.people ? { people: read.people.people } : {}),
      checkpoint: async (done, total) => {
        if (req.signal?.aborted) throw new CancelledError();
        req.onProgress?.({ phase: "rules", done, total });
        await req.yieldToUi?.();
      },
    },
  });
  const traces = plan.result.traces ? new Map<string, RowTrace>() : undefined;
  plan.result.traces?.forEach((t, i) => t && traces?.set(rowLabel(plan.result.rows[i] as RuleRow, i), t));
  return { process, map, plan, ...(traces ? { traces } : {}) };
}

/**
 * One engine tick on a workbook register (docs/specification.md §5.4): read the table once in blocks,
 * run the core sync, write only the changed cells plus History, all in one `Excel.run`. With `dryRun`
 * nothing is written and the full diff comes back. Rows are re-identified by ID just before writing;
 * if they moved, everything is read again once, and a second move stops the sync with nothing written.
 */
export async function syncProcess(req: SyncRequest): Promise<Result<SyncReport, ProcsheetError>> {
  try {
    return await runExcel(async (context) => {
      const report = await syncInContext(context, req);
      if (!req.reminders || req.dryRun) return report;
      const reminders = await remindInContext(context, {
        binding: report.binding,
        now: req.now,
        ...(req.routing ? { routing: req.routing } : {}),
      });
      return { ...report, reminders };
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

/** syncProcess's work inside a batch the caller runs (the automatic router hands over to it). */
export async function syncInContext(context: Excel.RequestContext, req: SyncRequest): Promise<SyncReport> {
  for (let attempt = 0; ; attempt++) {
    const read = await readEverything(context, req);
    const { process, map, plan, traces } = await compute(read, req);
    const report = (cellsWritten: number, dryRun: boolean): SyncReport => ({
      dryRun,
      rows: read.register.rows.length,
      changes: plan.changes,
      changedRows: plan.result.changes.length,
      events: plan.events,
      resumedEvents: plan.resumed,
      errors: plan.result.errors,
      ...(traces ? { traces } : {}),
      cellsRead: read.register.cellsRead,
      cellsWritten,
      binding: read.binding,
      moved: plan.result.changes.map((c) => ({ id: c.id, row: c.index, before: c.before, after: c.after })),
    });
    if (req.dryRun) return report(0, true);
    // Nothing to write, except a state without memory or out of date (another router's): rewriting it lets
    // the next sync read only the rows people change.
    const stale =
      JSON.stringify(read.state.memory) !== JSON.stringify(plan.state.memory) ||
      (read.generation !== undefined && read.state.generation !== read.generation);
    if (plan.changes.length === 0 && plan.events.length === 0 && !stale) return report(0, false);
    const recheck = await registerMoved(context, read, map, plan.changes);
    if (recheck.moved) {
      if (attempt === 0) continue;
      throw new ExpectedFailure(procsheetError("SHEET_SHAPE", "sheet.moving", {}));
    }
    const written = await asOwnWrite(() =>
      writeEverything(context, req, read, {
        process,
        // Dates and numbers go in in the workbook's own formats; a format a person chose stays.
        changes: inWorkbookFormats(plan.changes, recheck.formats, read.register.formats),
        events: plan.events,
        state: plan.state,
      }),
    );
    return report(written, false);
  }
}
