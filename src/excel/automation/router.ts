import type { ProcsheetError } from "../../core/result";
import type { RuleHost } from "../../core/rules/evaluator";
import type { ProcessBinding } from "../../workbook/binding";
import { LEASE_MS, leaseStanding, RENEW_MS, type Lease } from "../../workbook/state/lease";
import { excelError, ExpectedFailure, runExcel, type RunOptions } from "../excel-run";
import { isOwnWriteInProgress } from "../own-writes";
import { syncInContext, type RoutingIdentity, type SyncReport } from "../sync/run-sync";
import { queueReadState, queueWriteState } from "../store/state-store";
import { ensureLeaseSheet, queueReadLease, queueWriteLease } from "./lease-sheet";
import { routeRows } from "./route-rows";
import { remindInContext, type RemindReport } from "../reminders/remind";

/** Where this instance stands in routing a register's edits. */
export type RouterStanding =
  | { readonly kind: "routing" }
  | { readonly kind: "elsewhere"; readonly name: string }
  | { readonly kind: "stopped" };

export interface RouterOptions {
  readonly binding: ProcessBinding;
  /** The time events are stamped with (`YYYY-MM-DDTHH:mm:ss`, the pane's clock). */
  readonly clock: () => string;
  /** Real milliseconds, for the lease's expiry (default Date.now). */
  readonly nowMs?: () => number;
  /** This instance's token and the person's name other co-authors see. */
  readonly me: string;
  readonly name: string;
  /** Quiet time after the last edit before routing (1.5 s). */
  readonly debounceMs?: number;
  /**
   * How long a takeover waits before reading the lease back: longer than coauthoring takes to bring one
   * client's cells to the others, so two instances that took it at once both see who won.
   */
  readonly settleMs?: number;
  readonly renewMs?: number;
  /** Above this many changed rows a whole sync is cheaper than reading them row by row. */
  readonly maxRows?: number;
  readonly run?: RunOptions;
  /** After each routing: what it did, and whether it read only the changed rows or the whole register. */
  readonly onRouted?: (report: SyncReport, via: "rows" | "whole") => void;
  readonly onStanding?: (standing: RouterStanding) => void;
  readonly onError?: (error: ProcsheetError) => void;
  /** Where rules outside the fast path run (SyncRequest.rules; by default this runtime's Web Worker). */
  readonly rules?: RuleHost;
  /**
   * The holder produces the reminders due (docs/specification.md §3.12, §8, src/excel/reminders/remind.ts)
   * every `everyMs` (15 minutes) while it holds the lease and after each whole sync: they fall due with
   * time, not only with edits. Off unless given.
   */
  readonly reminders?: { readonly everyMs?: number };
  readonly onReminded?: (report: RemindReport) => void;
}

/** How often the lease holder looks for reminders fallen due with no edit: every 15 minutes. */
export const REMIND_EVERY_MS = 15 * 60 * 1000;

export interface Router {
  readonly standing: () => RouterStanding;
  /** Routes what is pending now instead of after the quiet time (tests, "Sync now" while automatic). */
  readonly flush: () => Promise<void>;
  /** Produces the reminders due now instead of at the next 15-minute tick (tests). */
  readonly remind: () => Promise<void>;
  /** Renews the lease, or takes it over when it ran out, now instead of at the next heartbeat. */
  readonly renew: () => Promise<void>;
  readonly stop: () => Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Automatic mode (docs/specification.md §3.12, §5.6): while it runs, every edit people make to the register
 * — a status changed, a row typed or pasted, a field edited — is routed about 1.5 s after the last one,
 * with no button pressed: IDs, steps, owners, due dates and History exactly as a whole sync would give,
 * reading and writing only the changed rows. Among co-authors, only the instance holding the routing
 * lease routes; the others show who does, and take over when its lease runs out.
 */
export async function startRouter(options: RouterOptions): Promise<Router> {
  const nowMs = options.nowMs ?? Date.now;
  const identity = (): RoutingIdentity => ({ me: options.me, name: options.name, nowMs: nowMs() });
  const debounceMs = options.debounceMs ?? 1500;
  const settleMs = options.settleMs ?? 3000;
  let standing: RouterStanding = { kind: "stopped" };
  let holding = false;
  let stopped = false;
  let pending = new Set<number>();
  let whole = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const binding = (): ProcessBinding => options.binding;

  const setStanding = (s: RouterStanding): void => {
    if (JSON.stringify(s) === JSON.stringify(standing)) return;
    standing = s;
    options.onStanding?.(s);
  };

  /** Reads the lease and, where it is free, takes it, waits for coauthoring to settle, and looks again. */
  const acquire = async (): Promise<void> => {
    const took = await runExcel(async (context) => {
      await ensureLeaseSheet(context);
      const get = queueReadLease(context, binding().id);
      await context.sync();
      const read = get();
      const s = leaseStanding(read.lease, options.me, nowMs());
      if (s.kind === "held") return { held: s.lease };
      const generation = s.kind === "mine" ? s.lease.generation : s.generation + 1;
      const lease: Lease = {
        holder: options.me,
        name: options.name,
        expires: nowMs() + LEASE_MS,
        generation,
      };
      queueWriteLease(context, binding().id, read.row, lease);
      await context.sync();
      return { wrote: s.kind === "free", previous: generation - 1 };
    }, options.run);
    if (!took.ok) return options.onError?.(took.error);
    if ("held" in took.value) {
      holding = false;
      return setStanding({ kind: "elsewhere", name: took.value.held.name });
    }
    if (took.value.wrote) await sleep(settleMs);
    const previous = "previous" in took.value ? took.value.previous : undefined;
    const check = await runExcel(async (context) => {
      const get = queueReadLease(context, binding().id);
      const getState = queueReadState(context, binding());
      await context.sync();
      const lease = get().lease;
      // A takeover keeps this workbook's state when it was written under the generation just ended (this
      // instance, or nobody, routed last): the next sync can then read only the rows people change.
      // Otherwise the first sync rebuilds it (sync-read.ts trustedState).
      const state = getState();
      if (
        took.value.wrote &&
        leaseStanding(lease, options.me, nowMs()).kind === "mine" &&
        (state.generation ?? 0) === previous &&
        lease
      ) {
        queueWriteState(context, binding(), { ...state, generation: lease.generation });
        await context.sync();
      }
      return lease;
    }, options.run);
    if (!check.ok) return options.onError?.(check.error);
    const s = leaseStanding(check.value, options.me, nowMs());
    holding = s.kind === "mine";
    setStanding(
      s.kind === "mine" ? { kind: "routing" } : { kind: "elsewhere", name: check.value?.name ?? "" },
    );
    // A takeover routes at once whatever was edited while nobody routed (a whole sync: nothing was watched).
    if (holding && took.value.wrote) {
      whole = true;
      schedule(0);
    }
  };

  const route = async (): Promise<void> => {
    if (!holding || (pending.size === 0 && !whole)) return;
    const positions = [...pending].sort((a, b) => a - b);
    const full = whole || positions.length > (options.maxRows ?? 2000);
    pending = new Set();
    whole = false;
    let via: "rows" | "whole" = "whole";
    const r = await runExcel(async (context) => {
      const rules = options.rules ? { rules: options.rules } : {};
      const req = { binding: binding(), now: options.clock(), positions, routing: identity(), ...rules };
      if (!full) {
        const partly = await routeRows(context, req);
        if (!("handover" in partly)) {
          via = "rows";
          return partly;
        }
      }
      return syncInContext(context, { binding: binding(), now: req.now, routing: req.routing, ...rules });
    }, options.run);
    if (r.ok) {
      options.onRouted?.(r.value, via);
      // A routing of some rows stays as cheap as the edit (3 syncs, docs/specification.md §3.12): reminders
      // need the whole register and History, so they come with a whole sync (a takeover or a handover) and
      // on the 15-minute tick, not after every edit.
      if (via === "whole") await remind();
    } else if (r.error.code === "LEASE") {
      holding = false;
      await acquire();
    } else options.onError?.(r.error);
  };

  /** The reminders due now, written under this instance's lease (a pass finds nothing twice). */
  const remind = async (): Promise<void> => {
    if (!options.reminders || !holding || stopped) return;
    const r = await runExcel(
      (context) =>
        remindInContext(context, { binding: binding(), now: options.clock(), routing: identity() }),
      options.run,
    );
    if (r.ok) options.onReminded?.(r.value);
    else options.onError?.(r.error);
  };

  const schedule = (ms: number): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      running = running.then(route, route);
    }, ms);
  };

  // Where the table starts on its sheet, to turn event addresses into body rows; read again when it moves.
  let bodyTop = 0;
  const locate = async (): Promise<void> => {
    const r = await runExcel(async (context) => {
      const range = context.workbook.tables.getItem(binding().tableName).getRange().load("rowIndex");
      await context.sync();
      return range.rowIndex + 1;
    }, options.run);
    if (r.ok) bodyTop = r.value;
  };

  const onChanged = async (args: Excel.TableChangedEventArgs): Promise<void> => {
    if (stopped || (isOwnWriteInProgress() && args.source === Excel.EventSource.local)) return;
    const rows = /(\d+)(?::[A-Z]+(\d+))?$/.exec(args.address ?? "");
    const first = rows ? Number(rows[1]) - 1 : undefined;
    const last = rows ? Number(rows[2] ?? rows[1]) - 1 : undefined;
    const edited = args.changeType === Excel.DataChangeType.rangeEdited;
    const added = args.changeType === Excel.DataChangeType.rowInserted;
    if ((edited || added) && first !== undefined && last !== undefined && last - first < 100_000) {
      for (let r = first; r <= last; r++) if (r >= bodyTop) pending.add(r - bodyTop);
      if (added) await locate();
    } else {
      // Rows or columns removed, columns inserted, cells shifted: read the whole register.
      whole = true;
      await locate();
    }
    if (holding) schedule(debounceMs);
  };

  const registered = await runExcel(async (context) => {
    const table = context.workbook.tables.getItem(binding().tableName);
    const registration = table.onChanged.add(onChanged);
    await context.sync();
    return registration;
  }, options.run);
  if (!registered.ok) throw new ExpectedFailure(registered.error);
  await locate();
  await acquire();
  const renewEvery = options.renewMs ?? RENEW_MS;
  const heartbeat = setInterval(() => {
    if (!stopped) running = running.then(acquire, acquire);
  }, renewEvery);
  const reminding = options.reminders
    ? setInterval(() => {
        if (!stopped && holding) running = running.then(remind, remind);
      }, options.reminders.everyMs ?? REMIND_EVERY_MS)
    : undefined;

  return {
    standing: () => standing,
    flush: async () => {
      if (timer) clearTimeout(timer);
      timer = undefined;
      running = running.then(route, route);
      await running;
    },
    remind: async () => {
      running = running.then(remind, remind);
      await running;
    },
    renew: async () => {
      running = running.then(acquire, acquire);
      await running;
    },
    stop: async () => {
      stopped = true;
      clearInterval(heartbeat);
      if (reminding) clearInterval(reminding);
      if (timer) clearTimeout(timer);
      // Edits waiting for the quiet time are routed before the lease is given up (a pane closing, a runtime
      // ending): the next holder would find them too, but could no longer tell what a field was before.
      if (holding) running = running.then(route, route);
      await running;
      try {
        await Excel.run(registered.value.context, async (context) => {
          registered.value.remove();
          await context.sync();
        });
      } catch (e) {
        options.onError?.(excelError(e));
      }
      if (holding)
        // Let the others take over at once instead of after the lease runs out.
        await runExcel(async (context) => {
          const get = queueReadLease(context, binding().id);
          await context.sync();
          const read = get();
          if (read.lease?.holder === options.me)
            queueWriteLease(context, binding().id, read.row, { ...read.lease, holder: "", expires: 0 });
          await context.sync();
        }, options.run);
      holding = false;
      setStanding({ kind: "stopped" });
    },
  };
}
