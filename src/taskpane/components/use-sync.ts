import { useCallback, useState } from "react";
import type { SyncProgress, SyncReport } from "../../excel/api-types";
import type { ProcessBinding } from "../../workbook/binding";
import { yieldToUi } from "../clock";
import { useAutomation, useClock, useExcel } from "../excel-context";
import { useSession } from "../session/session-context";
import { useAction, type Action } from "./use-action";

export interface SyncAction extends Action<SyncReport> {
  readonly progress?: SyncProgress;
  readonly start: (
    binding: ProcessBinding,
    options?: { readonly dryRun?: boolean; readonly reroute?: boolean },
  ) => void;
}

/**
 * A sync (or dry run) that never freezes the pane: progress as it reads, routes and writes; the rules
 * loop yields to the page; Cancel aborts through the AbortSignal (nothing is written when cancelled).
 */
export function useSync(): SyncAction {
  const excel = useExcel();
  const automation = useAutomation();
  const clock = useClock();
  const { put } = useSession();
  const action = useAction<SyncReport>();
  const [progress, setProgress] = useState<SyncProgress | undefined>();
  const { run } = action;

  const start = useCallback(
    (binding: ProcessBinding, options: { readonly dryRun?: boolean; readonly reroute?: boolean } = {}) => {
      setProgress(undefined);
      // Where this Excel routes the process automatically, Sync now runs under its lease (the same
      // identity as the router); without it, the lease would count as another co-author's.
      const routing = binding.automatic && automation ? automation.identity() : undefined;
      void run(async (signal) => {
        const r = await excel.sync({
          ...(routing ? { routing } : {}),
          binding,
          now: clock(),
          // A real sync also produces the reminders due (docs/specification.md §8), as the router does.
          ...(options.dryRun ? { dryRun: true, trace: true } : { reminders: true }),
          ...(options.reroute ? { reroute: true } : {}),
          signal,
          onProgress: setProgress,
          yieldToUi,
        });
        // A co-author may have saved a newer definition: the sync ran with the workbook's copy.
        if (r.ok && r.value.binding.version !== binding.version) put(r.value.binding);
        return r;
      }).finally(() => setProgress(undefined));
    },
    [excel, automation, clock, put, run],
  );
  return { ...action, ...(progress ? { progress } : {}), start };
}
