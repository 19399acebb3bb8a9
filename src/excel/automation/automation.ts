import type { ProcsheetError } from "../../core/result";
import type { ProcessBinding } from "../../workbook/binding";
import type { RunOptions } from "../excel-run";
import { excelError } from "../excel-run";
import { inspectWorkbook } from "../processes";
import type { RoutingIdentity, SyncReport } from "../sync/run-sync";
import { startRouter, type Router, type RouterStanding } from "./router";
import type { RemindReport } from "../reminders/remind";

/** What the automatic routers tell whoever listens (the pane's Run view, My work). */
export type AutomationEvent =
  | { readonly kind: "standing"; readonly processId: string; readonly standing: RouterStanding }
  | {
      readonly kind: "routed";
      readonly processId: string;
      readonly report: SyncReport;
      readonly via: "rows" | "whole";
    }
  | { readonly kind: "reminded"; readonly processId: string; readonly report: RemindReport }
  | { readonly kind: "error"; readonly processId: string; readonly error: ProcsheetError };

export interface AutomationOptions {
  /** The time events are stamped with (the pane's clock). */
  readonly clock: () => string;
  /** The person's name other co-authors see while this Excel routes a process's register. */
  readonly name: (processId: string) => string;
  readonly nowMs?: () => number;
  readonly debounceMs?: number;
  readonly settleMs?: number;
  readonly renewMs?: number;
  /**
   * How often the lease holder looks for reminders fallen due (default 15 minutes; router.ts); false: this
   * runtime routes but leaves reminders to Sync now.
   */
  readonly remindEveryMs?: number | false;
  readonly run?: RunOptions;
}

/** Automatic routing for every process of the workbook that has it on, while this runtime lives. */
export interface Automation {
  /** Reads the workbook's processes again and starts or stops their routers (after a process is made, saved, switched). */
  readonly refresh: () => Promise<void>;
  readonly standing: (processId: string) => RouterStanding;
  readonly subscribe: (listener: (event: AutomationEvent) => void) => () => void;
  /** Routes what is pending now (tests; the pane's "Sync now" while automatic). */
  readonly flush: (processId: string) => Promise<void>;
  /** This instance, for an operation that routes in its own batch (the New case form). */
  readonly identity: () => RoutingIdentity;
  /** Renews or takes over every lease now (tests; after a co-author's Excel closed). */
  readonly renew: () => Promise<void>;
  readonly stop: () => Promise<void>;
}

/** A token per add-in instance, for the routing lease: unique among co-authors' instances. */
function instanceToken(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Starts automatic routing (docs/specification.md §3.12, §5.6) in this runtime: the task pane's, or the
 * shared runtime's when Office loads the add-in at document open. One router per process with automatic
 * mode on; each routes only while it holds that register's lease.
 */
export async function startAutomation(options: AutomationOptions): Promise<Automation> {
  const me = instanceToken();
  const routers = new Map<string, { router: Router; version: number }>();
  const listeners = new Set<(event: AutomationEvent) => void>();
  const emit = (event: AutomationEvent): void => {
    for (const l of listeners) l(event);
  };
  let stopped = false;
  let refreshing: Promise<void> = Promise.resolve();

  const start = async (binding: ProcessBinding): Promise<Router> =>
    startRouter({
      binding,
      clock: options.clock,
      me,
      name: options.name(binding.id),
      ...(options.nowMs ? { nowMs: options.nowMs } : {}),
      ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
      ...(options.settleMs !== undefined ? { settleMs: options.settleMs } : {}),
      ...(options.renewMs !== undefined ? { renewMs: options.renewMs } : {}),
      ...(options.run ? { run: options.run } : {}),
      onRouted: (report, via) => emit({ kind: "routed", processId: binding.id, report, via }),
      ...(options.remindEveryMs === false
        ? {}
        : { reminders: options.remindEveryMs !== undefined ? { everyMs: options.remindEveryMs } : {} }),
      onReminded: (report) => emit({ kind: "reminded", processId: binding.id, report }),
      onStanding: (standing) => emit({ kind: "standing", processId: binding.id, standing }),
      onError: (error) => emit({ kind: "error", processId: binding.id, error }),
    });

  const doRefresh = async (): Promise<void> => {
    if (stopped) return;
    const info = await inspectWorkbook().catch((e: unknown) => ({ ok: false as const, error: errorOf(e) }));
    if (!info.ok) return emit({ kind: "error", processId: "", error: info.error });
    const wanted = new Map(info.value.processes.filter((p) => p.automatic === true).map((p) => [p.id, p]));
    for (const [id, entry] of routers)
      if (wanted.get(id)?.version !== entry.version) {
        routers.delete(id);
        await entry.router.stop();
      }
    for (const [id, binding] of wanted)
      if (!routers.has(id)) {
        try {
          routers.set(id, { router: await start(binding), version: binding.version });
        } catch (e) {
          emit({ kind: "error", processId: id, error: errorOf(e) });
        }
      }
  };

  const automation: Automation = {
    refresh: () => (refreshing = refreshing.then(doRefresh, doRefresh)),
    standing: (id) => routers.get(id)?.router.standing() ?? { kind: "stopped" },
    identity: () => ({ me, name: "", nowMs: (options.nowMs ?? Date.now)() }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush: async (id) => {
      await refreshing;
      await routers.get(id)?.router.flush();
    },
    renew: async () => {
      await refreshing;
      for (const { router } of routers.values()) await router.renew();
    },
    stop: async () => {
      stopped = true;
      await refreshing;
      for (const { router } of routers.values()) await router.stop();
      routers.clear();
    },
  };
  await automation.refresh();
  return automation;
}

// A router that cannot start is reported, never thrown: the pane (and the other processes' routers) go on.
function errorOf(e: unknown): ProcsheetError {
  const error = (e as { error?: ProcsheetError }).error;
  if (error && typeof error.code === "string") return error;
  return excelError(e);
}
