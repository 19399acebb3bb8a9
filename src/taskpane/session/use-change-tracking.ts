import { useEffect, useRef, useState } from "react";
import type { ProcsheetError } from "../../core/result";
import type { ProcessEvent } from "../../core/sync/events";
import type { ProcessBinding } from "../../workbook/binding";
import { unexpectedError } from "../components/errors";
import { useAutomation, useClock, useExcel } from "../excel-context";

export interface Tracking {
  readonly active: boolean;
  /** Automatic routing records people's edits as it routes them: the pane does not track as well. */
  readonly byRouter?: boolean;
  /** Status changes recorded since the process was opened (reconciled + watched). */
  readonly recorded: number;
  readonly error?: ProcsheetError;
}

/**
 * The one thing the pane writes without being asked: when a process is opened, status edits made
 * since the last look are reconciled into History, and new ones are watched for while the pane is open.
 */
export function useChangeTracking(binding: ProcessBinding | undefined, me: string): Tracking {
  const excel = useExcel();
  const clock = useClock();
  const [state, setState] = useState<Tracking>({ active: false, recorded: 0 });
  const latest = useRef(binding);
  latest.current = binding;
  const id = binding?.id;
  const version = binding?.version;

  // Tests render the pane without a runtime's automation: the pane then tracks, as with automatic mode off.
  const automation = useAutomation();
  const automatic = binding?.automatic === true && automation !== undefined;
  useEffect(() => {
    const current = latest.current;
    // In automatic mode the router records people's status changes as it routes them, in whichever
    // co-author's Excel holds the lease: tracking here would record them a second time.
    if (!current || automatic) return undefined;
    let cancelled = false;
    let stop: (() => Promise<void>) | undefined;
    const count = (events: readonly ProcessEvent[]) =>
      setState((s) => ({ ...s, recorded: s.recorded + events.length }));
    setState({ active: false, recorded: 0 });
    (async () => {
      const by = me || undefined;
      const reconciled = await excel.reconcileStatuses(current, clock(), by);
      if (cancelled) return;
      if (!reconciled.ok) setState((s) => ({ ...s, error: reconciled.error }));
      else count(reconciled.value);
      const stopWatching = await excel.watchRegister(
        current,
        clock,
        (events) => !cancelled && count(events),
        by,
      );
      if (cancelled) await stopWatching();
      else {
        stop = stopWatching;
        setState((s) => ({ ...s, active: true }));
      }
    })().catch((e: unknown) => !cancelled && setState((s) => ({ ...s, error: unexpectedError(e) })));
    return () => {
      cancelled = true;
      void stop?.();
    };
  }, [excel, clock, id, version, me, automatic]);

  return automatic ? { active: false, recorded: 0, byRouter: true } : state;
}
